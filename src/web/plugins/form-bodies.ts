// Pages take HTML form posts only. Fastify would also parse JSON for any route; refusing it for
// pages keeps one way in for form input (the JSON API lives under /api/).
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function setupFormBodies(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (!UNSAFE.has(request.method) || request.url.startsWith('/api/') || request.is404) return;
    const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') throw new HttpError(415, 'Pages take HTML form posts only');
  });
}
