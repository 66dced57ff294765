// What the API tests share: a client that sends bearer tokens and JSON, and checks EVERY answer
// against the OpenAPI document the app publishes: the status must be documented for the operation,
// the media type must be the documented one, and the body must validate against the documented
// schema. The validator is Ajv (JSON Schema draft 2020-12), independent of the zod code that wrote
// the schemas, so a schema that says one thing while the code sends another fails here.
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { createApiToken } from '../../src/app/api-tokens.service.ts';
import { SYSTEM, type AppDeps } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { createPriority } from '../../src/app/priorities.service.ts';
import { findCouncilOrganisation } from '../../src/db/repositories/organisations.repo.ts';
import type { Role } from '../../src/domain/access/roles.ts';
import type { Organisation, Person } from '../../src/domain/register/records.ts';
import type { AccordApp } from '../../src/web/app.ts';
import { multipart, type Part } from '../helpers/documents.ts';
import { makeUser, organisationDetails, personDetails } from '../helpers/factories.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const DOC_ID = 'https://accord.test/openapi.json';

type Json = any;

interface Operation {
  method: string;
  path: string;
  pattern: RegExp;
  spec: Json;
}

export class Contract {
  readonly doc: Json;
  readonly ajv: Ajv2020;
  readonly operations: Operation[];
  /** "METHOD /path status" of every answer checked: which parts of the contract the tests met. */
  readonly seen = new Set<string>();
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(doc: Json) {
    this.doc = doc;
    this.ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(this.ajv);
    // The document is not itself a schema: only its components are compiled, on demand, strictly.
    this.ajv.addVocabulary(['components']);
    this.ajv.addSchema({ $id: DOC_ID, components: doc.components });
    this.operations = [];
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const [method, spec] of Object.entries(methods)) {
        const pattern = new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`);
        this.operations.push({ method: method.toUpperCase(), path, pattern, spec });
      }
    }
  }

  /** A validator for a $ref into the document (#/components/schemas/X). */
  validator(ref: string): ValidateFunction {
    let v = this.validators.get(ref);
    if (!v) {
      v = this.ajv.compile({ $ref: `${DOC_ID}${ref}` });
      this.validators.set(ref, v);
    }
    return v;
  }

  operation(method: string, url: string): Operation | undefined {
    const path = url.split('?')[0]!;
    return this.operations.find((op) => op.method === method && op.pattern.test(path));
  }

  /** Asserts that an answer is what the document promises for this operation and status. */
  check(method: string, url: string, res: LightMyRequestResponse): void {
    const where = `${method} ${url.slice(0, 200)} answered ${res.statusCode}`;
    const type = String(res.headers['content-type'] ?? '');
    const op = this.operation(method, url);
    if (!op) {
      // Not an operation (an unknown address under /api/v1): still a problem+json.
      assert.ok(res.statusCode >= 400, `${where}: an address with no operation answered success`);
      assert.match(type, /^application\/problem\+json; charset=utf-8$/, where);
      this.assertValid('#/components/schemas/Problem', JSON.parse(res.body), where);
      return;
    }
    const response = op.spec.responses[String(res.statusCode)];
    assert.ok(response, `${where}: status ${res.statusCode} is not documented for ${op.method} ${op.path} (documented: ${Object.keys(op.spec.responses).join(', ')})`);
    this.seen.add(`${op.method} ${op.path} ${res.statusCode}`);
    const content = response.content as Record<string, { schema: { $ref: string } }> | undefined;
    if (!content) {
      assert.equal(res.body, '', `${where}: a body where none is documented`);
      return;
    }
    const [media, { schema }] = Object.entries(content)[0]!;
    for (const name of Object.keys(response.headers ?? {})) {
      assert.ok(res.headers[name.toLowerCase()] !== undefined, `${where}: documented header ${name} is missing`);
    }
    // Bytes (a document's content): one of the documented media types, exactly; nothing to validate as JSON.
    if (!schema.$ref) {
      assert.ok(Object.keys(content).includes(type), `${where}: Content-Type ${type} is not one of ${Object.keys(content).join(', ')}`);
      return;
    }
    assert.equal(type, `${media}; charset=utf-8`, `${where}: Content-Type`);
    let body: unknown;
    try {
      body = JSON.parse(res.body);
    } catch {
      assert.fail(`${where}: the body is not JSON: ${res.body.slice(0, 200)}`);
    }
    this.assertValid(schema.$ref, body, where);
  }

  assertValid(ref: string, value: unknown, where: string): void {
    const validate = this.validator(ref);
    if (!validate(value)) {
      assert.fail(`${where}: the body does not match ${ref}: ${this.ajv.errorsText(validate.errors, { separator: '; ' })}\n${JSON.stringify(value).slice(0, 1000)}`);
    }
  }
}

export async function loadContract(app: AccordApp): Promise<Contract> {
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  assert.equal(res.statusCode, 200);
  return new Contract(JSON.parse(res.body));
}

export interface ApiResponse {
  status: number;
  body: any;
  headers: LightMyRequestResponse['headers'];
  raw: LightMyRequestResponse;
}

/** Sends requests as a program would: a bearer token, JSON bodies. Every answer is checked against the contract. */
export class ApiClient {
  private readonly app: AccordApp;
  private readonly contract: Contract;
  readonly token: string | null;

  constructor(app: AccordApp, contract: Contract, token: string | null) {
    this.app = app;
    this.contract = contract;
    this.token = token;
  }

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    options: { body?: unknown; payload?: string | Buffer; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse> {
    const headers: Record<string, string> = {};
    if (this.token !== null) headers.authorization = `Bearer ${this.token}`;
    let payload: string | Buffer | undefined = options.payload;
    if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    Object.assign(headers, options.headers ?? {});
    const raw = await this.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
    this.contract.check(method, url, raw);
    let body: unknown;
    try {
      body = raw.body ? JSON.parse(raw.body) : undefined;
    } catch {
      body = raw.body;
    }
    return { status: raw.statusCode, body, headers: raw.headers, raw };
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, headers ? { headers } : {});
  }
  post(url: string, body: unknown) {
    return this.request('POST', url, { body });
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, { body });
  }

  put(url: string, body: unknown) {
    return this.request('PUT', url, { body });
  }

  /** A multipart/form-data POST (a document's upload), parts in the order given. */
  upload(url: string, parts: readonly Part[]) {
    const { payload, contentType } = multipart(parts);
    return this.request('POST', url, { payload, headers: { 'content-type': contentType } });
  }
}

/** A user of the role and a working token of theirs. */
export async function userWithToken(deps: AppDeps, role: Role, name?: string) {
  const user = await makeUser(deps, role, name ? { name } : {});
  const { token, id } = await createApiToken(deps, SYSTEM, { userId: user.id, name: `${role} test token` });
  return { user, token, tokenId: id };
}

export interface Register {
  council: Organisation;
  partners: Organisation[];
  officers: Person[];
  priorities: Array<{ id: string; title: string }>;
}

let seeded = 0;

/** The council, partner organisations, council officers and priorities, made through the use cases. */
export async function seedRegister(deps: AppDeps): Promise<Register> {
  seeded += 1;
  const n = seeded;
  // One organisation per database is this council; a second seeding reuses it.
  const existing = await findCouncilOrganisation(deps.database.db);
  const council = existing ?? await createOrganisation(deps, SYSTEM, organisationDetails(`Test Borough Council ${n}`, { isThisCouncil: true }));
  const partner = (name: string, sector: Organisation['sector']) => createOrganisation(deps, SYSTEM, organisationDetails(`${name} ${n}`, { sector }));
  const partners = [await partner('Thameside NHS Trust', 'health'), await partner('Riverside Community Trust', 'vcse'), await partner('Acme Developments', 'private')];
  const officer = (name: string) =>
    createPerson(deps, SYSTEM, personDetails(`${name} ${n}`, council.id, { jobTitle: 'Head of Service', councilRole: 'officer' }));
  const officers = [await officer('Alex Morgan'), await officer('Sam Patel')];
  const priorities = [
    await createPriority(deps, SYSTEM, { title: `A healthier borough ${n}`, description: null, active: true }),
    await createPriority(deps, SYSTEM, { title: `Good homes ${n}`, description: null, active: true }),
  ];
  return { council, partners, officers, priorities: priorities.map((p) => ({ id: p.id, title: p.title })) };
}

/** A valid body for POST /api/v1/partnerships. */
export function partnershipBody(r: Register, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Thameside Health and Wellbeing Partnership',
    purpose: 'Join up health and care for older residents.',
    expectedOutcomes: 'Fewer emergency admissions.',
    rationale: ['coordinated-services'],
    wellbeing: ['social'],
    legalForm: 'joint-committee',
    partners: [
      { organisationId: r.council.id, role: 'lead', memberStatus: 'voting' },
      { organisationId: r.partners[0]!.id, role: 'member', memberStatus: 'voting' },
    ],
    ...overrides,
  };
}
