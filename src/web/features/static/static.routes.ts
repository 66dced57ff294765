// Fingerprinted assets (cached for a year) and the accessibility statement.
import type { FastifyInstance } from 'fastify';
import type { Assets } from '../../assets.ts';
import { PageNotFoundError } from '../../errors.ts';

export function staticRoutes(assets: Assets) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Params: { name: string } }>('/static/:name', { config: { access: 'public' } }, async (request, reply) => {
      const asset = assets.files.get(request.params.name);
      if (!asset) throw new PageNotFoundError();
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .type(asset.contentType)
        .send(asset.body);
    });

    app.get('/accessibility', { config: { access: 'public' } }, async (_request, reply) =>
      reply.view('static/accessibility', { title: 'Accessibility statement' }),
    );
  };
}
