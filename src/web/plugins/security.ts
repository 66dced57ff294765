// Security headers and a strict Content-Security-Policy: scripts and styles only from Accord itself,
// and the one inline script the layout needs carries the per-response nonce. The same headers go on
// answers given before routing (an undecodable address, say), where no hook runs: see secureBeforeRouting.
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { randomBytes } from 'node:crypto';

const DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

function helmetOptions(behindTls: boolean) {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...DIRECTIVES, ...(behindTls ? { upgradeInsecureRequests: [] } : {}) },
    },
    hsts: behindTls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' as const },
    // Agrees with frame-ancestors 'none' for browsers that only read the older header.
    frameguard: { action: 'deny' as const },
  } satisfies HelmetOptions;
}

/** What every answer carries besides helmet's headers (added in onSend, or directly before routing). */
function commonHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  reply.header('x-request-id', String(request.id));
  // Pages carry personal data: never stored by shared caches.
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
}

const optionsOf = new WeakMap<object, ReturnType<typeof helmetOptions>>();

export async function setupSecurity(app: FastifyInstance, behindTls: boolean): Promise<void> {
  const options = helmetOptions(behindTls);
  optionsOf.set(app, options);
  // JSON answers (/api/v1/…) run no script: they skip helmet's per-request nonces and options parsing and
  // get the same headers from one middleware built once (nonces were half the headers' cost under load).
  const jsonHeaders = helmet(options);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1/')) route.config = { ...route.config, helmet: { skipRoute: true } } as typeof route.config;
  });
  await app.register(fastifyHelmet, { enableCSPNonces: true, ...options });
  app.addHook('onRequest', (request, reply, done) => {
    if ((request.routeOptions.config as { helmet?: { skipRoute?: boolean } }).helmet?.skipRoute) jsonHeaders(request.raw, reply.raw, () => {});
    done();
  });
  app.addHook('onSend', async (request, reply) => commonHeaders(request, reply));
}

/**
 * The headers of every other response, for one answered before routing (Fastify's frameworkErrors),
 * where neither helmet's hooks nor onSend run. Returns the script nonce the CSP allows.
 */
export function secureBeforeRouting(request: FastifyRequest, reply: FastifyReply): string {
  const options = optionsOf.get(reply.server);
  if (!options) throw new Error('setupSecurity has not run on this app');
  // An API answer carries no nonces, like every other JSON answer (see setupSecurity).
  if (request.url.startsWith('/api/v1/')) {
    helmet(options)(request.raw, reply.raw, () => {});
    commonHeaders(request, reply);
    return '';
  }
  const [script, style] = [randomBytes(16).toString('hex'), randomBytes(16).toString('hex')];
  const directives = {
    ...options.contentSecurityPolicy.directives,
    scriptSrc: [...DIRECTIVES.scriptSrc, `'nonce-${script}'`],
    styleSrc: [...DIRECTIVES.styleSrc, `'nonce-${style}'`],
  };
  helmet({ ...options, contentSecurityPolicy: { ...options.contentSecurityPolicy, directives } })(request.raw, reply.raw, () => {});
  commonHeaders(request, reply);
  return script;
}
