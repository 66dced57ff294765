// The OpenAPI 3.1 document, generated: the operations the API registers (one list, so a route cannot
// exist undocumented) and the component schemas converted from the zod schemas that validate
// requests and type responses (z.toJSONSchema, draft 2020-12, the dialect OpenAPI 3.1 uses).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { can, ROLES, type Permission } from '../../domain/access/roles.ts';
import { MAX_JSON_DEPTH } from './json-body.ts';
import { requestComponents, responseComponents } from './schemas/common.ts';
import { DESCRIPTIONS_FROM, FIELD_DESCRIPTIONS } from './schemas/descriptions.ts';

export type JsonSchema = Record<string, unknown>;

export interface ParameterDoc {
  name: string;
  in: 'query' | 'path';
  description: string;
  required?: boolean;
  schema: JsonSchema;
  /** For a list parameter: status=a&status=b (and status=a,b is accepted too). */
  explode?: boolean;
  example?: unknown;
}

export interface ResponseDoc {
  description: string;
  /** A component schema's id, for a JSON body. */
  component?: string;
  /** For a body of bytes (a document's download): the media types it may have. */
  binary?: readonly string[];
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}

/** A body sent as multipart/form-data (a document's file, decision 45): its parts' media types, by part. */
export const MULTIPART = 'multipart/form-data';

export interface ApiOperation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI style: /api/v1/partnerships/{id} */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  access: Permission;
  parameters?: ParameterDoc[];
  requestBody?: { component: string; description: string; example: unknown; media?: typeof MULTIPART; encoding?: Record<string, { contentType: string }> };
  /** For an operation that can be refused by a rule of the register: what its 422 means. */
  refusal?: string;
  /** For an operation that names a record in its body rather than its path: what its 404 means. */
  notFound?: string;
  /** For an operation refused when the record does not take it (a requirement that takes no attestation): what its 409 means. */
  conflict?: string;
  /** Successful answers: status → response. Errors are added from what the operation can meet. */
  responses: Record<string, ResponseDoc>;
  handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

export const API_TAGS = [
  { name: 'Partnerships', description: 'The partnership register: the same search, filters, sort and paging as the register page.' },
  { name: 'Lifecycle', description: 'A partnership’s lifecycle (R-APPROVE): its timeline, and the named steps that are the only way its status changes.' },
  { name: 'Screening', description: 'Whether the protocol applies to an arrangement (R-1.1, R-1.2, R-2.2): its screenings, each with its answers, outcome and reasons; recording one takes the lifecycle step it leads to.' },
  { name: 'Business case', description: 'A partnership’s entering assessment and business case (R-2.5a, R-2.5b, R-A1.1, R-A1.2, R-2.6.3), and what it still lacks before it may be submitted for approval (R-APPROVE).' },
  { name: 'Governance', description: 'A partnership’s governance framework (R-2.7: elements a–o) and running arrangements (R-A1.4–R-A1.6, R-2.6.9, R-2.6.13, R-2.10–R-2.12, R-2.17), which its legal form requires under the council’s configuration, and the governance documents it must hold (R-2.7doc).' },
  { name: 'Documents', description: 'A partnership’s documents (R-2.7doc, R-2.6.3) and their versions, each in effect from its date (R-2.7(n)): uploaded as multipart/form-data, judged by their contents, downloaded as attachments.' },
  { name: 'Performance', description: 'Strategic objectives, their outcome indicators and measurements (R-A1.3, R-2.9), each rated against its target with the reason; across the council, the performance view.' },
  { name: 'Compliance', description: 'How partnerships measure up to the Partnership Protocol (R-2.9): each requirement of requirements.md with its clause, result, reason, evidence and the fix for a gap; across the council, with the dashboard’s filters.' },
  { name: 'History', description: 'A partnership’s History (R-2.6.10): everything that happened to it and to its records, newest first, in the words of its History page.' },
  {
    name: 'Partnership records',
    description: 'The records a partnership holds, each added, changed and removed on its own and audited: its partners (R-1.1, R-2.7a), the council’s representatives (R-2.16), and its meetings (R-2.8g), and its decision rules: member seats, voting rules and quorum conditions (R-2.8a, R-2.8b).',
  },
  { name: 'Decision making', description: 'How a partnership decides (R-2.8a, R-2.8b): its member seats, voting rules and quorum are partnership records; here, whether an item would be quorate and a motion carry under them, computed and explained.' },
  { name: 'Meetings', description: 'A partnership’s meetings (R-2.8g) are partnership records; here, who attended each seat, the agenda’s items, the interests declared at each (R-2.13) and the vote on each motion, with its quorum and outcome computed and explained (R-2.8a, R-2.8b).' },
  { name: 'Decisions', description: 'The decisions register (R-2.8a): every decision taken at a partnership’s meetings, its outcome computed and explained, one partnership’s or every one in the caller’s scope, with filters; confidential items are marked.' },
  { name: 'Organisations', description: 'Partner organisations, and the council itself.' },
  { name: 'People', description: 'The council’s officers and councillors, and partners’ representatives.' },
] as const;

const PROBLEM = '#/components/schemas/Problem';

export const ACCESS_TEXT: Readonly<Partial<Record<Permission, string>>> = {
  'register.view': 'Any token: every role reads the register; a partner representative’s token only the partnerships their organisation is a partner in (any other is 404).',
  'register.manage': 'A token of an officer or an administrator; under a partnership, also its sponsoring officer’s (R-2.16: a sponsoring officer’s token is refused, 403, for a partnership they are not part of, and for registering one). Other roles’ tokens are refused (403).',
  'register.delete': 'A token of an administrator. Officers’ and internal audit’s tokens are refused (403): an officer withdraws instead.',
};

function problem(description: string, headers?: ResponseDoc['headers']): Record<string, unknown> {
  return {
    description,
    ...(headers ? { headers } : {}),
    content: { 'application/problem+json': { schema: { $ref: PROBLEM } } },
  };
}

/** The errors an operation can answer with, from what it takes. */
function errorResponses(op: ApiOperation): Record<string, unknown> {
  const out: Record<string, unknown> = {
    '401': problem('No token, or a token that is unknown, revoked, or whose user is deactivated.', {
      'WWW-Authenticate': { description: 'Bearer realm="accord" (with error="invalid_token" when a token was sent)', schema: { type: 'string' } },
    }),
  };
  // 403 only where some role lacks the permission (today every role reads the register).
  if (!ROLES.every((role) => can(role, op.access))) out['403'] = problem('The token’s user may not do this (a token acts with its user’s current role).');
  if (op.requestBody?.media === MULTIPART) {
    out['400'] = problem(
      'The form does not match the schema: every problem is listed in errors, at its field (a file refused by its contents, empty or too large, at file, with why). Unknown fields, a field sent twice and a body that cannot be read as multipart are refused.',
    );
  } else if (op.parameters?.some((p) => p.in === 'query') || op.requestBody) {
    out['400'] = problem(
      `The request does not match the schema: every problem is listed in errors, at its field (or query parameter). Unknown fields and parameters are refused${op.requestBody ? `, and so is a body that is not JSON or is nested more than ${MAX_JSON_DEPTH} levels deep. errors also lists the rules of the register that the valid fields break (a name already in the register, an id that names no record, R-2.16's council people), so one answer shows every problem` : ''}.`,
    );
  }
  if (op.path.includes('{id}')) out['404'] = problem('There is no record with this id.');
  else if (op.notFound) out['404'] = problem(op.notFound);
  if (op.requestBody?.media === MULTIPART) {
    out['413'] = problem('The body has more parts than the form takes (one file, a few fields).');
    out['415'] = problem('The body is not sent as multipart/form-data.');
  } else if (op.requestBody) {
    out['413'] = problem('The body is larger than 1 MB.');
    out['415'] = problem('The body is not sent as application/json.');
  }
  if (op.requestBody || op.refusal) {
    out['422'] = problem(
      op.refusal ??
        'The request matches the schema but breaks a rule of the register (for example, no partner other than the council, or the same partner, representative or corporate priority twice): every problem is listed in errors, at its field (partners.2.organisationId).',
    );
  }
  if (op.conflict) out['409'] = problem(op.conflict);
  return out;
}

function jsonResponse(r: ResponseDoc): Record<string, unknown> {
  return {
    description: r.description,
    ...(r.headers ? { headers: r.headers } : {}),
    ...(r.component ? { content: { 'application/json': { schema: { $ref: `#/components/schemas/${r.component}` } } } } : {}),
    ...(r.binary ? { content: Object.fromEntries(r.binary.map((media) => [media, { schema: { type: 'string', format: 'binary' } }])) } : {}),
  };
}

function requestContent(body: NonNullable<ApiOperation['requestBody']>): Record<string, unknown> {
  const schema = { $ref: `#/components/schemas/${body.component}` };
  if (body.media === MULTIPART) return { [MULTIPART]: { schema, ...(body.encoding ? { encoding: body.encoding } : {}), example: body.example } };
  return { 'application/json': { schema, example: body.example } };
}

/** Adds the descriptions of descriptions.ts to a component's properties. */
function describe(id: string, schema: JsonSchema): JsonSchema {
  const own = FIELD_DESCRIPTIONS[DESCRIPTIONS_FROM[id] ?? id] ?? {};
  const shared = FIELD_DESCRIPTIONS['*'] ?? {};
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return schema;
  const described: Record<string, JsonSchema> = {};
  for (const [name, property] of Object.entries(properties)) {
    const text = own[name] ?? shared[name];
    described[name] = text && !property.description ? { description: text, ...property } : property;
  }
  return { ...schema, properties: described };
}

function components(registry: typeof requestComponents, io: 'input' | 'output'): Record<string, JsonSchema> {
  const converted = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    // The refs point into the OpenAPI document itself.
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(converted.schemas)) {
    // The document's jsonSchemaDialect says which draft; an $id with a fragment is not allowed in 2020-12.
    const { $schema: _schema, $id: _id, ...rest } = schema;
    out[id] = describe(id, rest);
  }
  return out;
}

export function toFastifyPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

export interface OpenApiDocument {
  openapi: string;
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string; description: string }>;
  tags: Array<{ name: string; description: string }>;
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> };
}

export function buildOpenApi(operations: readonly ApiOperation[], councilName: string): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const op of operations) {
    const parameters = (op.parameters ?? []).map((p) => ({
      name: p.name,
      in: p.in,
      description: p.description,
      required: p.in === 'path' ? true : (p.required ?? false),
      schema: p.schema,
      ...(p.explode !== undefined ? { style: 'form', explode: p.explode } : {}),
      ...(p.example !== undefined ? { example: p.example } : {}),
    }));
    paths[op.path] ??= {};
    paths[op.path]![op.method.toLowerCase()] = {
      operationId: op.operationId,
      tags: [op.tag],
      summary: op.summary,
      description: `${op.description}\n\nWho: ${ACCESS_TEXT[op.access] ?? op.access}`,
      'x-accord-permission': op.access,
      security: [{ bearerToken: [] }],
      ...(parameters.length ? { parameters } : {}),
      ...(op.requestBody
        ? {
            requestBody: {
              required: true,
              description: op.requestBody.description,
              content: requestContent(op.requestBody),
            },
          }
        : {}),
      responses: {
        ...Object.fromEntries(Object.entries(op.responses).map(([status, r]) => [status, jsonResponse(r)])),
        ...errorResponses(op),
      },
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: `Accord API: the partnership register of ${councilName}`,
      version: '1',
      description: [
        'Read and keep the partnership register from other systems (Power BI, council systems, scripts).',
        'Authenticate with a bearer token (Authorization: Bearer accord_…), made under Your account → API tokens, or with `npx accord token create --email E --name N`. A token acts with its user’s current role; a revoked token, or a deactivated user’s, is refused (401). Cookies are ignored.',
        `Bodies are JSON (application/json; charset=utf-8, at most 1 MB, and never nested more than ${MAX_JSON_DEPTH} levels deep: a deeper body is refused with 400), except a document’s upload, which is multipart/form-data (its fields as text parts, its file as the part named file). Money is integer pence, in fields whose names end in Pence. Dates are YYYY-MM-DD; times are UTC ISO 8601.`,
        'Errors are application/problem+json (RFC 9457) with an errors list of { field, message }: 400 when the request does not match the schema (types, formats, enumerations, unknown fields or query parameters), 422 when it matches but breaks a rule of the register.',
        'Every change through the API is recorded in the audit trail (R-2.6.10), with the token’s user as the one who made it.',
      ].join('\n\n'),
    },
    servers: [{ url: '/', description: 'This Accord' }],
    tags: API_TAGS.map((t) => ({ ...t })),
    paths,
    components: {
      schemas: { ...components(requestComponents, 'input'), ...components(responseComponents, 'output') },
      securitySchemes: {
        bearerToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'An Accord API token: accord_ followed by 43 characters. Shown once when made; stored only as its SHA-256.',
        },
      },
    },
  };
}

/** The query parameters of a list, from the strict zod schema that reads them. */
export function queryParameters(schema: z.ZodType): ParameterDoc[] {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: 'query' as const, description: typeof description === 'string' ? description : '', required: json.required?.includes(name) ?? false, schema: rest };
  });
}
