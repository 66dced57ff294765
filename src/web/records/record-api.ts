// The API operations of a kind of partnership record, built from its description, through the same use
// cases as its pages: list, add (201 with Location), read, change (PATCH: any field but the key) and
// remove (204), under /api/v1/partnerships/{id}/<segment>. Bodies are parsed with the kind's own schema;
// a body it refuses is answered with the kind's rules on the fields that did parse beside the schema's
// problems (400, decision 29); a rule broken by a valid body is 422.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { NotFoundError } from '../../app/errors.ts';
import { PARTNERSHIP_RECORD_KINDS } from '../../app/records/index.ts';
import { addRecord, changeRecord, removeRecord, type Change } from '../../app/records/record-commands.ts';
import { keyParamOf, keyShaped, type AnyRecordKind, type FieldDescription } from '../../app/records/record-kind.ts';
import { findRecord, listRecords, recordProblems } from '../../app/records/record-queries.ts';
import { principalOf } from '../context.ts';
import { besideSchemaErrors, fieldsThatParse } from '../forms/every-error.ts';
import { apiRequestContext } from '../api/bearer.ts';
import type { ApiOperation, ParameterDoc } from '../api/openapi.ts';
import { EXAMPLE_ID, ID_PARAMETER, idOf, write } from '../api/partnerships.api.ts';
import { invalidRequest, zodProblems } from '../api/problem.ts';
import { requestComponent, responseComponent } from '../api/schemas/common.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The schema with each field's description (FieldDescription.api), for the OpenAPI document. */
function described<S extends z.ZodObject>(kind: AnyRecordKind, schema: S): S {
  const fields = kind.fields as Record<string, FieldDescription>;
  const shape = schema.shape as Record<string, z.ZodType>;
  return schema.extend(Object.fromEntries(Object.entries(shape).flatMap(([name, s]) => (fields[name] ? [[name, s.meta({ description: fields[name].api })]] : [])))) as S;
}

interface Components {
  input: z.ZodObject;
  patch: z.ZodObject;
}

// Each kind's components are published once, however many apps are built (a registry takes an id once).
const published = new Map<AnyRecordKind, Components>();

function componentsOf(kind: AnyRecordKind): Components {
  const done = published.get(kind);
  if (done) return done;
  const { one, many } = kind.names;
  const input = requestComponent(described(kind, kind.schema), {
    id: `${kind.component}Input`,
    description: `A ${one} to add to a partnership. Unknown fields are refused (400).`,
  });
  const keyed = kind.keyField ? described(kind, kind.schema).omit({ [kind.keyField]: true } as Record<string, true>) : described(kind, kind.schema);
  const patch = requestComponent(keyed.partial(), {
    id: `${kind.component}Patch`,
    description: `Changes to a ${one}: send only the fields to change.${kind.keyField ? ` ${kind.fields[kind.keyField]!.label} is its key and cannot change.` : ''} Unknown fields are refused (400).`,
  });
  const resource = responseComponent(described(kind, kind.resource), { id: kind.component, description: `A ${one} of a partnership (${kind.clause}).` });
  responseComponent(z.strictObject({ items: z.array(resource).meta({ description: `Every ${one} of the partnership, in the order they were added.` }) }), {
    id: `${kind.component}List`,
    description: `A partnership’s ${many}.`,
  });
  const components = { input, patch };
  published.set(kind, components);
  return components;
}

/** A value each field could be sent with, for the document's examples. */
function example(kind: AnyRecordKind, withKey: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(kind.fields as Record<string, FieldDescription>)) {
    if (f.key && !withKey) continue;
    if (f.example !== undefined) out[name] = f.example;
    else if (f.input.kind === 'record' || f.input.kind === 'sibling') out[name] = EXAMPLE_ID;
    else if (f.input.kind === 'text') out[name] = f.label;
    else if (f.input.kind === 'date') out[name] = '2026-03-12';
    else if (f.input.kind === 'money') out[name] = 2_500_000;
    else if (f.input.kind === 'confirm') out[name] = true;
    else if (f.input.kind === 'scale') out[name] = 1;
    else out[name] = f.input.options.at(-1)!.value;
  }
  return out;
}

function operationsOf(deps: AppDeps, kind: AnyRecordKind): ApiOperation[] {
  const { input, patch } = componentsOf(kind);
  const { one, many, heading } = kind.names;
  const path = `/api/v1/partnerships/{id}/${kind.segment}`;
  const param = keyParamOf(kind);
  const onePath = `${path}/{${param}}`;
  const keyLabel = kind.keyField ? kind.fields[kind.keyField]!.label.toLowerCase() : one;
  const keyParameter: ParameterDoc = {
    name: param,
    in: 'path',
    description: kind.keyShape?.description ?? (kind.keyField ? `The ${one}’s key: the ${keyLabel}’s id.` : `The ${one}’s id.`),
    schema: { type: 'string', pattern: (kind.keyShape?.pattern ?? UUID).source },
    example: kind.keyShape?.example ?? EXAMPLE_ID,
  };
  const keyOf = (request: FastifyRequest): string => {
    const value = (request.params as Record<string, unknown>)[param];
    // A key of any other shape names no record.
    if (!keyShaped(kind, value)) throw new NotFoundError(`No such ${one}`);
    return value;
  };
  const tag = 'Partnership records';
  const withdrawn = 'or the partnership has been withdrawn (at status: its records are kept as they were, decision 24)';

  /** 400: the schema's problems, and beside them the kind's rules on what did parse. */
  const refused = async (request: FastifyRequest, error: z.ZodError, change: Change<Record<string, unknown>>) => {
    const rules = await recordProblems(deps, principalOf(request), kind, idOf(request), change);
    return invalidRequest(besideSchemaErrors(zodProblems(error), rules.map((p) => ({ field: p.field, message: p.message }))));
  };

  return [
    {
      method: 'GET',
      path,
      operationId: `list${kind.component}s`,
      tag,
      summary: `List a partnership’s ${many}`,
      description: `${heading} of the partnership (${kind.clause}), in the order they were added.`,
      access: 'register.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: `The partnership’s ${many}.`, component: `${kind.component}List` } },
      handler: async (request) => ({ items: (await listRecords(deps, principalOf(request), kind, idOf(request))).map((r) => kind.toResource(r)) }),
    },
    {
      method: 'POST',
      path,
      operationId: `add${kind.component}`,
      tag,
      summary: `Add a ${one}`,
      description: `Adds one ${one} to the partnership, checked by the register’s rules (${kind.clause}). Recorded in the audit trail and the partnership’s History.${kind.contributor ? ` Besides the partnership’s keepers, whoever holds ${kind.contributor.permission} on the partnership may add one they are entitled to (checked against the ${one}).` : ''}`,
      access: kind.contributor?.permission ?? 'register.manage',
      parameters: [ID_PARAMETER],
      requestBody: { component: `${kind.component}Input`, description: `The ${one}.`, example: example(kind, true) },
      refusal: `A rule of the register refuses the ${one} (errors lists every problem, at its field), ${withdrawn}.`,
      responses: {
        '201': {
          description: `Added: the ${one} as now recorded.`,
          component: kind.component,
          headers: { Location: { description: `The new ${one}’s address on the API.`, schema: { type: 'string' } } },
        },
      },
      handler: async (request, reply) => {
        const id = idOf(request);
        const parsed = input.safeParse(request.body);
        if (!parsed.success) throw await refused(request, parsed.error, { kind: 'add', value: fieldsThatParse(kind.schema, request.body) });
        const added = await write(() => addRecord(deps, apiRequestContext(request), principalOf(request), kind, id, parsed.data));
        reply.code(201).header('location', `/api/v1/partnerships/${id}/${kind.segment}/${kind.keyOf(added)}`);
        return kind.toResource(added);
      },
    },
    {
      method: 'GET',
      path: onePath,
      operationId: `get${kind.component}`,
      tag,
      summary: `Read a ${one}`,
      description: `One ${one} of the partnership.`,
      access: 'register.view',
      parameters: [ID_PARAMETER, keyParameter],
      responses: { '200': { description: `The ${one}.`, component: kind.component } },
      handler: async (request) => kind.toResource(await findRecord(deps, principalOf(request), kind, idOf(request), keyOf(request))),
    },
    {
      method: 'PATCH',
      path: onePath,
      operationId: `update${kind.component}`,
      tag,
      summary: `Change a ${one}`,
      description: `Send only the fields to change${kind.keyField ? `; the ${keyLabel} is its key and stays` : ''}. The result is checked by the same rules as adding (${kind.clause}).`,
      access: 'register.manage',
      parameters: [ID_PARAMETER, keyParameter],
      requestBody: { component: `${kind.component}Patch`, description: 'The fields to change.', example: example(kind, false) },
      refusal: `A rule of the register refuses the change (errors lists every problem, at its field), ${withdrawn}.`,
      responses: { '200': { description: `Changed: the ${one} as now recorded.`, component: kind.component } },
      handler: async (request) => {
        const id = idOf(request);
        const key = keyOf(request);
        const parsed = patch.safeParse(request.body);
        if (!parsed.success) {
          const current = kind.inputOf(await findRecord(deps, principalOf(request), kind, id, key)) as Record<string, unknown>;
          throw await refused(request, parsed.error, { kind: 'change', key, value: { ...current, ...fieldsThatParse(patch, request.body) } });
        }
        return kind.toResource(await write(() => changeRecord(deps, apiRequestContext(request), principalOf(request), kind, id, key, parsed.data)));
      },
    },
    {
      method: 'DELETE',
      path: onePath,
      operationId: `remove${kind.component}`,
      tag,
      summary: `Remove a ${one}`,
      description: `Removes the ${one} from the partnership${kind.keyField ? ` (the ${keyLabel} stays in the register)` : ''}. Recorded in the audit trail and the partnership’s History.`,
      access: 'register.manage',
      parameters: [ID_PARAMETER, keyParameter],
      refusal: `A rule of the register keeps the ${one} (errors says why, at ${param}), ${withdrawn}.`,
      responses: { '204': { description: 'Removed.' } },
      handler: async (request, reply) => {
        await write(() => removeRecord(deps, apiRequestContext(request), principalOf(request), kind, idOf(request), keyOf(request)));
        return reply.code(204).send();
      },
    },
  ];
}

/** Every kind's operations. */
export function recordOperations(deps: AppDeps, kinds: readonly AnyRecordKind[] = PARTNERSHIP_RECORD_KINDS): ApiOperation[] {
  return kinds.flatMap((kind) => operationsOf(deps, kind));
}
