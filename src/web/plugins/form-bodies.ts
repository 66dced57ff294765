// Pages take HTML form posts only. Fastify would also parse JSON and plain text for any route; pages
// drop those parsers, so such a body is refused (415) before a byte of it is parsed, however it is
// nested (the JSON API, under /api/, adds its own depth-checked JSON parser).
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Call before registering routes: scopes registered afterwards inherit the parsers left here. */
export function setupFormBodies(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  // A post with no body and no Content-Type reaches no parser: it is refused here.
  app.addHook('preValidation', async (request) => {
    if (!UNSAFE.has(request.method) || request.url.startsWith('/api/') || request.is404) return;
    const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    // A page with a file to upload (the documents') declares it, and takes multipart/form-data too.
    const multipart = type === 'multipart/form-data' && request.routeOptions.config.multipart === true;
    if (type !== 'application/x-www-form-urlencoded' && !multipart) throw new HttpError(415, 'Pages take HTML form posts only');
  });
}
