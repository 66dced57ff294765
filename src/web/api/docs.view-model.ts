// The /api/docs page, read from the OpenAPI document: every endpoint, its parameters, its body and
// responses, every schema's fields in plain words, and an example curl for each. Nothing here is
// written by hand about an endpoint, so the page cannot drift from the API.
import type { JsonSchema, OpenApiDocument } from './openapi.ts';

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
  /** The schema's anchor when the type is another schema. */
  link: string | null;
}

const REF = '#/components/schemas/';
const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

export const schemaAnchor = (id: string) => `schema-${id}`;

function refId(schema: JsonSchema): string | null {
  const ref = schema.$ref;
  return typeof ref === 'string' && ref.startsWith(REF) ? ref.slice(REF.length) : null;
}

function nonNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  if (Array.isArray(anyOf)) {
    const others = anyOf.filter((s) => s.type !== 'null');
    if (others.length === 1 && others.length < anyOf.length) return { schema: others[0]!, nullable: true };
  }
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const rest = schema.type.filter((t) => t !== 'null');
    return { schema: { ...schema, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
  }
  return { schema, nullable: false };
}

/** A schema in plain words: "text, up to 200 characters", "one of: a, b", "list of Partner". */
export function typeText(input: JsonSchema): string {
  const { schema, nullable } = nonNull(input);
  const orNull = nullable ? ', or null' : '';
  const ref = refId(schema);
  if (ref) return `${ref}${orNull}`;
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.map(String).join(', ')}${orNull}`;
  const bits: string[] = [];
  switch (schema.type) {
    case 'string':
      if (schema.format === 'binary') bits.push('a file (a part with a filename)');
      else if (schema.format === 'date') bits.push('date, YYYY-MM-DD');
      else if (schema.format === 'date-time') bits.push('date and time, UTC ISO 8601');
      else if (schema.pattern === UUID_PATTERN) bits.push('id (UUID)');
      else if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') bits.push('date, YYYY-MM-DD');
      else {
        bits.push('text');
        if (typeof schema.minLength === 'number' && schema.minLength > 0) bits.push('not blank');
        if (typeof schema.maxLength === 'number') bits.push(`up to ${schema.maxLength} characters`);
        if (typeof schema.pattern === 'string') bits.push(`matching ${schema.pattern}`);
      }
      break;
    case 'integer':
    case 'number':
      bits.push(schema.type === 'integer' ? 'whole number' : 'number');
      if (typeof schema.minimum === 'number') bits.push(`from ${schema.minimum.toLocaleString('en-GB')}`);
      if (typeof schema.maximum === 'number') bits.push(`to ${schema.maximum.toLocaleString('en-GB')}`);
      break;
    case 'boolean':
      bits.push('true or false');
      break;
    case 'array': {
      const items = (schema.items as JsonSchema | undefined) ?? {};
      bits.push(`list of ${items.type === 'object' ? 'objects (fields below)' : typeText(items)}`);
      if (typeof schema.minItems === 'number' && schema.minItems > 0) bits.push(`at least ${schema.minItems}`);
      if (typeof schema.maxItems === 'number') bits.push(`at most ${schema.maxItems}`);
      break;
    }
    case 'object':
      bits.push('object (fields below)');
      break;
    default:
      bits.push(Array.isArray(schema.type) ? schema.type.join(' or ') : 'any JSON value');
  }
  const fallback = 'default' in input ? ` (left out: ${JSON.stringify(input.default)})` : '';
  return `${bits.join(', ')}${orNull}${fallback}`;
}

/** A schema's fields as rows; nested objects (in lists too) add rows named parent[].child. */
export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const rows: FieldRow[] = [];
  for (const [name, property] of Object.entries(properties)) {
    const { schema: inner } = nonNull(property);
    const ref = refId(inner) ?? (inner.type === 'array' ? refId((inner.items as JsonSchema | undefined) ?? {}) : null);
    rows.push({
      name: `${prefix}${name}`,
      type: typeText(property),
      required: required.has(name),
      description: typeof property.description === 'string' ? property.description : '',
      link: ref ? `#${schemaAnchor(ref)}` : null,
    });
    if (inner.type === 'object') rows.push(...fieldRows(inner, `${prefix}${name}.`));
    const items = inner.type === 'array' ? nonNull((inner.items as JsonSchema | undefined) ?? {}).schema : null;
    if (items?.type === 'object') rows.push(...fieldRows(items, `${prefix}${name}[].`));
  }
  return rows;
}

/** Quotes a string for a POSIX shell. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function exampleUrl(origin: string, path: string, parameters: JsonSchema[]): string {
  let url = path;
  const query = new URLSearchParams();
  for (const p of parameters) {
    if (p.example === undefined) continue;
    if (p.in === 'path') url = url.replace(`{${String(p.name)}}`, encodeURIComponent(String(p.example)));
    else for (const v of Array.isArray(p.example) ? p.example : [p.example]) query.append(String(p.name), String(v));
  }
  const text = query.toString();
  return `${origin}${url}${text ? `?${text}` : ''}`;
}

/** A multipart body's example as curl's parts: each field, then each file part (format binary) from a local file. */
function formParts(example: unknown, schema: JsonSchema | undefined): string[] {
  const fields = Object.entries((example ?? {}) as Record<string, unknown>).map(([name, value]) => `  -F ${shellQuote(`${name}=${String(value)}`)} \\`);
  const properties = (schema?.properties as Record<string, JsonSchema> | undefined) ?? {};
  const files = Object.entries(properties)
    .filter(([, p]) => p.format === 'binary')
    .map(([name]) => `  -F ${shellQuote(`${name}=@agreement.pdf`)} \\`);
  return [...fields, ...files];
}

function curl(origin: string, method: string, path: string, parameters: JsonSchema[], body: unknown, form?: string[]): string {
  const lines = [`curl${method === 'GET' ? '' : ` -X ${method}`} \\`, `  -H "Authorization: Bearer $ACCORD_TOKEN" \\`];
  if (form) lines.push(...form);
  else if (body !== undefined) {
    lines.push(`  -H "Content-Type: application/json" \\`);
    lines.push(`  --data ${shellQuote(JSON.stringify(body, null, 2))} \\`);
  }
  lines.push(`  ${shellQuote(exampleUrl(origin, path, parameters))}`);
  return lines.join('\n');
}

const HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/;

export function docsView(doc: OpenApiDocument, requestOrigin: string) {
  // The host a client asked for, when it looks like one; otherwise a placeholder.
  const [scheme, host] = requestOrigin.split('://') as [string, string | undefined];
  const origin = host && HOST.test(host) && (scheme === 'http' || scheme === 'https') ? `${scheme}://${host}` : 'https://accord.example.gov.uk';
  const schemas = doc.components.schemas;

  const tags = doc.tags.map((tag) => {
    const operations = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, raw] of Object.entries(methods)) {
        const op = raw as Record<string, unknown>;
        if (!(op.tags as string[]).includes(tag.name)) continue;
        const parameters = (op.parameters as JsonSchema[] | undefined) ?? [];
        const body = op.requestBody as { description: string; content: Record<string, { schema: JsonSchema; example: unknown }> } | undefined;
        const json = body?.content['application/json'];
        const multipart = body?.content['multipart/form-data'];
        const bodyId = json ? refId(json.schema) : multipart ? refId(multipart.schema) : null;
        const responses = Object.entries(op.responses as Record<string, Record<string, unknown>>).map(([status, r]) => {
          const content = r.content as Record<string, { schema: JsonSchema }> | undefined;
          const [type, media] = content ? Object.entries(content)[0]! : [null, null];
          const id = media ? refId(media.schema) : null;
          return { status, description: String(r.description), type, schema: id, link: id ? `#${schemaAnchor(id)}` : null };
        });
        const [description, who] = String(op.description).split('\n\nWho: ');
        operations.push({
          anchor: String(op.operationId),
          method: method.toUpperCase(),
          path,
          summary: String(op.summary),
          description: description ?? '',
          who: who ?? '',
          parameters: parameters.map((p) => ({
            name: String(p.name),
            in: p.in === 'path' ? 'path' : 'query',
            required: p.required === true,
            type: typeText((p.schema as JsonSchema | undefined) ?? {}) + (p.explode ? ' (repeat the parameter for more than one)' : ''),
            description: String(p.description ?? ''),
          })),
          body: bodyId ? { schema: bodyId, link: `#${schemaAnchor(bodyId)}`, description: body?.description ?? '' } : null,
          responses,
          curl: curl(origin, method.toUpperCase(), path, parameters, json?.example, multipart ? formParts(multipart.example, bodyId ? schemas[bodyId] : undefined) : undefined),
        });
      }
    }
    return { name: tag.name, anchor: `tag-${tag.name.toLowerCase()}`, description: tag.description, operations };
  });

  return {
    intro: doc.info.description.split('\n\n'),
    version: doc.info.version,
    origin,
    tags,
    schemas: Object.entries(schemas).map(([id, schema]) => ({
      id,
      anchor: schemaAnchor(id),
      description: typeof schema.description === 'string' ? schema.description : '',
      fields: fieldRows(schema),
    })),
  };
}
