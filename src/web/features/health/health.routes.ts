// Liveness (no dependencies) and readiness (database reachable, no pending migration), for load balancers.
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../db/database.ts';
import { pendingMigrations } from '../../../db/migrate.ts';

export function healthRoutes(database: Database) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/health/live', { config: { access: 'public' } }, async () => ({ status: 'ok' }));

    app.get('/health/ready', { config: { access: 'public' } }, async (_request, reply) => {
      try {
        await database.ping();
        const pending = await pendingMigrations(database);
        if (pending.length > 0) {
          return reply.code(503).send({ status: 'unavailable', database: 'ok', pendingMigrations: pending });
        }
        return { status: 'ok', database: 'ok', dialect: database.dialect };
      } catch (error) {
        _request.log.warn({ err: error }, 'readiness check failed');
        return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
      }
    });
  };
}
