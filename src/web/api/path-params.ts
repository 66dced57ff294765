// A record id in an API path beyond the partnership's own: documented as a UUID, and anything not shaped
// like one is that record not found (404), as a page's idParam is.
import type { FastifyRequest } from 'fastify';
import type { ParameterDoc } from './openapi.ts';
import { EXAMPLE_ID } from './partnerships.api.ts';
import { ApiProblem } from './problem.ts';
import { UUID } from './schemas/common.ts';

export const uuidPathParameter = (name: string, description: string): ParameterDoc => ({ name, in: 'path', description, schema: { type: 'string', pattern: UUID.source }, example: EXAMPLE_ID });

export const uuidParam = (request: FastifyRequest, name: string, what: string): string => {
  const value = (request.params as Record<string, unknown>)[name];
  if (typeof value !== 'string' || !UUID.test(value)) throw new ApiProblem({ status: 404, detail: `There is no ${what} with this id.` });
  return value;
};
