// JSON bodies on the API, read with a bound on nesting. JSON.parse copes with deep nesting but spends
// time on it (about 1 s for a 1 MB body of brackets), and anything that walks the value afterwards
// pays per level: so the depth is measured on the raw text first, stopping at the first bracket past
// the limit, and only then parsed (with Fastify's own parser, which refuses __proto__ and constructor
// keys).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalidRequest } from './problem.ts';

/** No body the API takes nests deeper than 3 levels (partners → a partner → a field); 16 leaves room. */
export const MAX_JSON_DEPTH = 16;

export const DEPTH_MESSAGE = `The request body is nested more than ${MAX_JSON_DEPTH} levels deep (objects and arrays within each other): no request needs that many.`;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

/**
 * True when the text, read as JSON, opens more than `limit` arrays or objects within each other.
 * Brackets inside strings do not count. For text that is not JSON the answer does not matter:
 * JSON.parse refuses it next.
 */
export function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (OPENERS.has(c)) {
      if (++depth > limit) return true;
    } else if (CLOSERS.has(c)) {
      depth--;
    }
  }
  return false;
}

/** Replaces the JSON parser of an encapsulated scope (the API's) with the depth-checked one. */
export function setupJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  if (app.hasContentTypeParser('application/json')) app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request: FastifyRequest, body: string | Buffer, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (nestedDeeperThan(text, MAX_JSON_DEPTH)) {
      done(invalidRequest([{ field: 'body', message: DEPTH_MESSAGE }], DEPTH_MESSAGE), undefined);
      return;
    }
    parse(request, text, done);
  });
}
