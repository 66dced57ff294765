// Security headers and a strict Content-Security-Policy: scripts and styles only from Accord itself,
// and the one inline script the layout needs carries the per-response nonce. The same headers go on
// answers given before routing (an undecodable address, say), where no hook runs: see secureBeforeRouting.
//
// Helmet's middleware is built twice, once at start: for pages (its CSP takes each response's nonces
// through helmet's function directives) and for JSON answers under /api/v1/ (no nonces: nothing in
// JSON runs). Building helmet per request, as @fastify/helmet does, was most of the headers' cost.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface CspNonces {
  script: string;
  style: string;
}

declare module 'fastify' {
  interface FastifyReply {
    /** This response's CSP nonces; null on JSON answers. */
    cspNonce: CspNonces | null;
  }
}

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

// Helmet calls a function directive with the raw response each time; the nonces are kept beside it.
const noncesOf = new WeakMap<ServerResponse, CspNonces>();
const nonce = (kind: keyof CspNonces) => (_request: IncomingMessage, response: ServerResponse) => {
  const made = noncesOf.get(response);
  if (!made) throw new Error('a page response without CSP nonces');
  return `'nonce-${made[kind]}'`;
};

function helmetOptions(behindTls: boolean, withNonces: boolean) {
  const directives = withNonces ? { ...DIRECTIVES, scriptSrc: [...DIRECTIVES.scriptSrc, nonce('script')], styleSrc: [...DIRECTIVES.styleSrc, nonce('style')] } : DIRECTIVES;
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...directives, ...(behindTls ? { upgradeInsecureRequests: [] } : {}) },
    },
    hsts: behindTls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' as const },
    // Agrees with frame-ancestors 'none' for browsers that only read the older header.
    frameguard: { action: 'deny' as const },
  } satisfies HelmetOptions;
}

const isJson = (request: FastifyRequest) => request.url.startsWith('/api/v1/');
const noop = () => {};

/** Sets every security header on a response; returns its nonces (null for JSON). */
type Secure = (request: FastifyRequest, reply: FastifyReply) => CspNonces | null;

function secureWith(behindTls: boolean): Secure {
  const pageHeaders = helmet(helmetOptions(behindTls, true));
  const jsonHeaders = helmet(helmetOptions(behindTls, false));
  return (request, reply) => {
    let made: CspNonces | null = null;
    if (isJson(request)) {
      jsonHeaders(request.raw, reply.raw, noop);
    } else {
      made = { script: randomBytes(16).toString('hex'), style: randomBytes(16).toString('hex') };
      noncesOf.set(reply.raw, made);
      pageHeaders(request.raw, reply.raw, noop);
    }
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    reply.header('x-request-id', String(request.id));
    // Pages carry personal data: never stored by shared caches. A route that may be cached (assets) sets
    // its own cache-control, which replaces this.
    reply.header('cache-control', 'no-store');
    return made;
  };
}

const secureOf = new WeakMap<object, Secure>();

export function setupSecurity(app: FastifyInstance, behindTls: boolean): void {
  const secure = secureWith(behindTls);
  secureOf.set(app, secure);
  app.decorateReply('cspNonce', null);
  // First of the hooks, so an answer given by any later hook (a 401, a redirect) carries the headers too.
  app.addHook('onRequest', (request, reply, done) => {
    reply.cspNonce = secure(request, reply);
    done();
  });
}

/**
 * The headers of every other response, for one answered before routing (Fastify's frameworkErrors),
 * where no hook runs. Returns the script nonce the CSP allows ('' on the API).
 */
export function secureBeforeRouting(request: FastifyRequest, reply: FastifyReply): string {
  const secure = secureOf.get(reply.server);
  if (!secure) throw new Error('setupSecurity has not run on this app');
  return secure(request, reply)?.script ?? '';
}
