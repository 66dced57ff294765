// Errors on the JSON API as application/problem+json (RFC 9457), each with an `errors` list of
// { field, message } where a field is to blame. 400: the request does not match the schema (types,
// formats, enumerations, unknown fields, unknown or invalid query parameters). 422: it matches the
// schema but breaks a rule of the register (the use case's ValidationError).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { NotFoundError, ValidationError } from '../../app/errors.ts';
import { HttpError } from '../errors.ts';

export interface FieldProblem {
  field: string;
  message: string;
  /** The protocol clause (or decision) behind a lifecycle refusal: R-2.5c. */
  clause?: string;
  /** The address of the page that puts a lifecycle refusal right, when one does. */
  fix?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Where each kind of problem is explained: the API's documentation page. */
export const PROBLEM_TYPES = {
  invalid: '/api/docs#problem-invalid-request',
  rule: '/api/docs#problem-rule-broken',
} as const;

// With type about:blank, RFC 9457 asks for the HTTP status phrase as the title.
const PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  errors?: FieldProblem[];
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[] | undefined;
  readonly headers: Record<string, string>;
  constructor(p: { status: number; type?: string; title?: string; detail?: string; errors?: FieldProblem[]; headers?: Record<string, string> }) {
    super(p.detail ?? p.title ?? PHRASES[p.status] ?? 'Error');
    this.status = p.status;
    this.type = p.type ?? 'about:blank';
    this.title = p.title ?? PHRASES[p.status] ?? 'Error';
    this.detail = p.detail;
    this.errors = p.errors;
    this.headers = p.headers ?? {};
  }
}

/** 400: what was sent does not match the schema; every problem is listed. */
export function invalidRequest(errors: FieldProblem[], detail = 'The request does not match the schema. Each problem is listed in errors.'): ApiProblem {
  return new ApiProblem({ status: 400, type: PROBLEM_TYPES.invalid, title: 'Your request is not valid', detail, errors });
}

/** 422: well-formed, but it breaks a rule of the register. */
export function ruleBroken(errors: FieldProblem[]): ApiProblem {
  return new ApiProblem({
    status: 422,
    type: PROBLEM_TYPES.rule,
    title: 'Your request breaks a rule of the register',
    detail: 'The request is well formed, but the register cannot accept it. Each problem is listed in errors.',
    errors,
  });
}

export function sendApiProblem(reply: FastifyReply, problem: ApiProblem): FastifyReply {
  const body: ProblemBody = {
    type: problem.type,
    title: problem.title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    instance: reply.request.url.split('?')[0]!.slice(0, 2000),
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

const MAX_KEY = 100;
const shortKey = (key: string) => (key.length > MAX_KEY ? `${key.slice(0, MAX_KEY)}…` : key);

function fieldOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => shortKey(String(p))).join('.') || 'body';
}

/** What a program needs beyond the form's words: the values allowed, or the JSON type expected. */
function hint(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && issue.values.length > 0 && issue.values.length <= 20) return ` (one of: ${issue.values.map(String).join(', ')})`;
  if (issue.code === 'invalid_type') return ` (expected ${issue.expected})`;
  return '';
}

/** Every issue of a failed parse, at its field (dotted path: partners.0.role). Unknown fields are named. */
export function zodProblems(error: z.ZodError): FieldProblem[] {
  const out: FieldProblem[] = [];
  const seen = new Set<string>();
  const add = (p: FieldProblem) => {
    const key = `${p.field}\u0000${p.message}`;
    if (seen.has(key) || out.length >= 200) return;
    seen.add(key);
    out.push(p);
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add({ field: fieldOf([...issue.path, key]), message: `Unknown field ${JSON.stringify(shortKey(key))}: it is not part of the schema, so it was refused` });
      continue;
    }
    if (issue.path.length === 0 && issue.code === 'invalid_type') {
      add({ field: 'body', message: 'The request body must be a JSON object' });
      continue;
    }
    add({ field: fieldOf(issue.path), message: `${issue.message}${hint(issue)}` });
  }
  return out;
}

/** A place in a body: its key and the place holding it. The dotted path is built only to report a problem. */
interface Place {
  key: string;
  parent: Place | null;
}

function pathOf(place: Place | null): string[] {
  const out: string[] = [];
  for (let p = place; p; p = p.parent) out.push(p.key);
  return out.reverse();
}

const MAX_ILL_FORMED = 50;
/** Stands, on the walk's stack, for "the key of this place is not well-formed". */
const BAD_KEY = Symbol('ill-formed key');

/**
 * Fields whose text is not well-formed Unicode (a lone surrogate): refused rather than silently
 * turned into U+FFFD by the database driver. Keys are checked as well as values. The walk keeps its
 * own stack (no recursion, whatever the nesting) and each value is visited once.
 */
export function illFormedText(value: unknown): FieldProblem[] {
  const out: FieldProblem[] = [];
  const stack: Array<{ value: unknown; place: Place | null }> = [{ value, place: null }];
  while (stack.length > 0 && out.length < MAX_ILL_FORMED) {
    const { value: v, place } = stack.pop()!;
    if (v === BAD_KEY) {
      out.push({ field: fieldOf(pathOf(place)), message: 'Field names must be well-formed Unicode' });
    } else if (typeof v === 'string') {
      if (!v.isWellFormed()) out.push({ field: fieldOf(pathOf(place)), message: 'Text must be well-formed Unicode (it has a lone surrogate)' });
    } else if (Array.isArray(v)) {
      // Pushed last first, so problems are reported in the body's order.
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], place: { key: String(i), parent: place } });
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        const key = k.isWellFormed() ? k : k.toWellFormed();
        stack.push({ value: child, place: { key, parent: place } });
        if (key !== k) stack.push({ value: BAD_KEY, place: { key, parent: place } });
      }
    }
  }
  return out;
}

/** The API's error handler: every failure becomes problem+json, never a stack trace or a page. */
export function apiErrorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ApiProblem) return sendApiProblem(reply, error);
  if (error instanceof ValidationError) return sendApiProblem(reply, ruleBroken([...error.problems]));
  if (error instanceof NotFoundError) return sendApiProblem(reply, new ApiProblem({ status: 404, detail: 'There is no record with this id.' }));
  const code = (error as FastifyError).code;
  // An undecodable path, or a path parameter far longer than any id: no record lives there.
  if (code === 'FST_ERR_BAD_URL' || code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendApiProblem(reply, new ApiProblem({ status: 404, detail: 'There is no record or endpoint at this address.' }));
  }
  let status = error instanceof HttpError ? error.statusCode : ((error as FastifyError).statusCode ?? 500);
  if (status < 400 || status > 599) status = 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'API request failed');
    return sendApiProblem(reply, new ApiProblem({ status: 500, detail: `Something went wrong on our side. Quote request id ${String(request.id)}.` }));
  }
  request.log.info({ code, status }, error.message);
  const detail =
    code === 'FST_ERR_CTP_BODY_TOO_LARGE'
      ? 'The request body must be 1 MB (1,048,576 bytes) or smaller.'
      : code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? 'Send the body as JSON, with Content-Type: application/json.'
        : code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'The request body is empty: send a JSON object.'
          : status === 400 && typeof code === 'string' && code.startsWith('FST_ERR_CTP')
            ? 'The request body is not valid JSON.'
            : status === 400 && (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError)
              ? 'The request body is not valid JSON.'
              : status === 404
                ? 'There is no record or endpoint at this address.'
                : status === 403
                  ? 'Your role does not allow this. A token acts with its user’s role.'
                  : undefined;
  if (status === 400 && detail) return sendApiProblem(reply, invalidRequest([{ field: 'body', message: detail }], detail));
  return sendApiProblem(reply, new ApiProblem({ status, ...(detail ? { detail } : {}) }));
}
