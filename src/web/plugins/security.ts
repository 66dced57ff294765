// Security headers and a strict Content-Security-Policy: scripts and styles only from Accord itself,
// and the one inline script the layout needs carries the per-response nonce.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export async function setupSecurity(app: FastifyInstance, behindTls: boolean): Promise<void> {
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
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
        ...(behindTls ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: behindTls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    // Agrees with frame-ancestors 'none' for browsers that only read the older header.
    frameguard: { action: 'deny' },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    reply.header('x-request-id', String(request.id));
    // Pages carry personal data: never stored by shared caches.
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
