// Security headers and a strict Content-Security-Policy: scripts and styles only from Accord itself,
// and the one inline script the layout needs carries the per-response nonce. The same headers go on
// answers given before routing (an undecodable address, say), where no hook runs: see secureBeforeRouting.
//
// Helmet's headers are worked out twice, once at start: for pages (its CSP with a stand-in where each
// response's nonces go) and for JSON answers under /api/v1/ (no nonces: nothing in JSON runs).
// Building helmet per request, as @fastify/helmet does, was most of the headers' cost.
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

// Helmet writes the CSP with a stand-in where each response's nonce goes; the stand-in is replaced per response.
const NONCE_STAND_IN = 'accord-nonce-stand-in';
const nonce = (kind: keyof CspNonces) => () => `'nonce-${NONCE_STAND_IN}-${kind}'`;

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

/**
 * Every header helmet sets, and those it removes, for these options: helmet's middleware run once at
 * start against a response that records them. Running helmet on every response gave the same headers
 * each time (but the nonces) and was a twentieth of a page's cost.
 */
function helmetHeaders(options: HelmetOptions): { set: ReadonlyArray<readonly [string, string]>; removed: readonly string[] } {
  const set: Array<readonly [string, string]> = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => void set.push([name, String(value)]),
    removeHeader: (name: string) => void removed.push(name),
  };
  let failure: unknown = null;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error ?? null;
  });
  if (failure) throw failure;
  return { set, removed };
}

const isJson = (request: FastifyRequest) => request.url.startsWith('/api/v1/');

/** Sets every security header on a response; returns its nonces (null for JSON). */
type Secure = (request: FastifyRequest, reply: FastifyReply) => CspNonces | null;

function secureWith(behindTls: boolean): Secure {
  const page = helmetHeaders(helmetOptions(behindTls, true));
  const json = helmetHeaders(helmetOptions(behindTls, false));
  // Each page header as the pieces between stand-ins: [text, kind, text, kind, …, text].
  const pageParts = page.set.map(([name, value]) => [name, value.split(new RegExp(`${NONCE_STAND_IN}-(script|style)`))] as const);
  if (!pageParts.some(([, parts]) => parts.length > 1)) throw new Error('the page CSP carries no nonce');
  return (request, reply) => {
    const raw = reply.raw;
    let made: CspNonces | null = null;
    if (isJson(request)) {
      for (const [name, value] of json.set) raw.setHeader(name, value);
      for (const name of json.removed) raw.removeHeader(name);
    } else {
      // One call for both nonces: 16 random bytes each.
      const bytes = randomBytes(32).toString('hex');
      const nonces: CspNonces = { script: bytes.slice(0, 32), style: bytes.slice(32) };
      made = nonces;
      for (const [name, parts] of pageParts) {
        let value = parts[0]!;
        for (let i = 1; i < parts.length; i += 2) value += nonces[parts[i] as keyof CspNonces] + parts[i + 1]!;
        raw.setHeader(name, value);
      }
      for (const name of page.removed) raw.removeHeader(name);
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
