// One description per kind of partnership record: its fields once (label, hint, clause, how History and
// its page word a value, its API description), the zod schema the form and the API both parse with, the
// rules that need the register, and its repository functions. The generic use cases (record-commands.ts),
// pages and API operations (src/web/records/) are built from it, so a simple kind is one file here, its
// rules in domain, its repository, and a line in index.ts.
import type { z } from 'zod';
import type { Db, Trx } from '../../db/database.ts';
import type { AddedBy, Change } from '../../domain/records/change.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import type { PartnershipHeader } from '../queries/partnership.queries.ts';
import type { Principal } from '../principal.ts';
import type { Permission } from '../../domain/access/roles.ts';
import type { RiskMatrix } from '../../domain/risk/matrix.ts';

export type { AddedBy, Change };

/** One choice of a radio or select. */
export interface Choice {
  value: string;
  text: string;
  hint?: string;
}

/** How a field is asked on the form. */
export type FieldInput =
  | { kind: 'text'; multiline?: boolean; width?: 10 | 20 | 30 }
  | { kind: 'radios' | 'select'; options: readonly Choice[] }
  /**
   * A calendar date, kept and sent on the API as yyyy-mm-dd (its schema: optionalIsoDate); asked on the
   * form as a GOV.UK date input, day, month and year, each part typed kept when the form is refused.
   */
  | {
      kind: 'date';
      /** How its messages name it: "The date the link was confirmed must include a month". */
      called: string;
    }
  /**
   * An amount of money, kept and sent on the API as whole pence (its schema: optionalPence); asked on the
   * form in pounds, "£25,000.50", and read into pence before the schema sees it.
   */
  | { kind: 'money'; called: string }
  /** A declaration confirmed with one checkbox (sent as "yes" when ticked), kept as true or false. */
  | { kind: 'confirm'; text: string }
  /** A record of the register, chosen from a select (a type-to-search box with JavaScript). */
  | { kind: 'record'; of: 'organisation' | 'person'; choices(db: Db): Promise<readonly Choice[]> }
  /**
   * One of the partnership's own records of another kind (an item's planned decision on the forward plan),
   * chosen from a select whose first choice is none.
   */
  | { kind: 'sibling'; none: string; choices(db: Db, partnershipId: string): Promise<readonly Choice[]> }
  /**
   * A level of one of the scales of the council's risk matrix, kept as its number from 1: asked
   * as radios of the matrix in force, which an administrator may change (decision 87).
   */
  | { kind: 'scale'; of: 'likelihood' | 'impact' };

/** What the council configures that a field's words depend on, read once for the page that shows them. */
export interface Vocabulary {
  riskMatrix: RiskMatrix;
}

export interface FieldDescription {
  label: string;
  hint?: string;
  /** The protocol clause, shown after the hint. */
  clause?: string;
  input: FieldInput;
  /** Chosen when the record is added and fixed afterwards: the record's key (organisationId). */
  key?: true;
  /** A column of the list page. */
  list?: true;
  /**
   * Asked once the record exists, on its change form, not when it is added: what is answered later in the
   * partnership's life (a partner's confirmation, R-2.6.5). The API's POST may still send it.
   */
  later?: true;
  /**
   * Where the audit trail (and so History and the record's page) keeps the value, when not under the
   * field's own name: a record's name in place of its id (organisation for organisationId).
   */
  audit?: string;
  /** The kept value in words, as History and the record's page show it (default: the value as it is). */
  words?: (value: unknown) => string;
  /** What the field means, in the OpenAPI document. */
  api: string;
  /** A value it could be sent with, for the OpenAPI document's examples (by default one its input offers). */
  example?: unknown;
  /**
   * Confidential where the record says so (a sensitive interest, R-2.13): withheld, for whoever may not
   * read it, from every page, download, API answer and audit event (src/domain/records/confidential.ts).
   */
  confidential?: true;
}


export interface RecordKind<R, I extends object> {
  /** The audit trail's entity type: partnership-partner. */
  type: string;
  /** Its place under a partnership: /partnerships/:id/<segment>, /api/v1/partnerships/{id}/<segment>. */
  segment: string;
  /**
   * The field that is its key, and its path parameter: …/partners/:organisationId. None for a kind whose
   * records have an id of their own, made when one is added (a meeting): then `idParam` names the parameter.
   */
  keyField?: keyof I & string;
  /** The path parameter of a kind keyed by an id of its own: meetingId. */
  idParam?: string;
  /**
   * A key that is not a record's id (the default) but one of a vocabulary (a decision type): the shape a
   * path parameter must have, and how the API describes it. Anything else names no record (404).
   */
  keyShape?: { pattern: RegExp; description: string; example: string };
  /**
   * The area of the partnership's sub-navigation its pages sit under, where it is one of several kinds
   * an area's page brings together (the decision rules); otherwise it is an area of its own.
   */
  area?: 'decision-making' | 'performance' | 'exit';
  /** The OpenAPI components: Partner, PartnerInput, PartnerPatch, PartnerList. */
  component: string;
  /** In words: partner, partners, Add a partner, Partners. */
  names: { one: string; many: string; add: string; heading: string };
  /** The clause the kind of record answers: R-2.7a. */
  clause: string;
  /** Every field of its input, in the form's order. */
  fields: { readonly [K in keyof I & string]: FieldDescription };
  /** Strict. The form and POST parse with it whole; PATCH with its key left out, and partial. */
  schema: z.ZodObject<{ [K in keyof I & string]: z.ZodType<I[K]> }>;
  keyOf(r: R): string;
  /** What names it in headings, banners and History: Brackenford CVS. */
  title(r: R): string;
  /** Its current answers, as the form starts with them and a PATCH is merged onto. */
  inputOf(r: R): I;
  /** What the audit trail keeps: the names beside the ids, under each field's `audit` name. */
  audited(r: R): Record<string, unknown>;
  /** The API's resource. */
  resource: z.ZodObject;
  toResource(r: R): unknown;
  /**
   * The rules that need the register (its siblings, the council, whether a chosen record exists), each
   * problem at a field of the schema. Run inside the command's transaction and, for a refused form or
   * body, on the fields that did parse (decision 29), so one answer has every problem.
   */
  problems(db: Db | Trx, partnership: PartnershipHeader, change: Change<I>): Promise<Problem[]>;
  repo: {
    list(db: Db | Trx, partnershipId: string): Promise<R[]>;
    find(db: Db | Trx, partnershipId: string, key: string): Promise<R | undefined>;
    /** Returns the new record's key. `by` is who adds it, and when, for a kind that keeps it (a measurement). */
    insert(trx: Trx, partnershipId: string, value: I, by: AddedBy): Promise<string>;
    update(trx: Trx, partnershipId: string, key: string, value: I): Promise<void>;
    remove(trx: Trx, partnershipId: string, key: string): Promise<void>;
  };
  /** The add form's first answers, where the kind offers some (a meeting: the notice its last was called with). */
  startsWith?(db: Db, partnershipId: string): Promise<Record<string, string>>;
  /** Something to do once a record of the kind has been written, in the same transaction (the search index). */
  afterWrite?(trx: Trx, partnershipId: string): Promise<void>;
  /**
   * What the record's page shows beside it: from the council's directories (a partner's people, each to
   * invite to Accord), or the partnership's records that refer to it (a funding proposal's risks).
   */
  related?(db: Db, principal: Principal, record: R): Promise<RelatedRecords>;
  /** Who sees `related`: readers of the directories (the default), or, for the partnership's own records, its readers. */
  relatedNeeds?: Permission;
  /** Who besides the partnership's keepers may add a record of this kind, judged against the record. */
  contributor?: RecordContributor<I>;
}

/**
 * A contributor adds records of a kind without keeping the partnership's records (R-2.9: a partner's
 * representative submits the measurements of the indicators their organisation supplies). Their grant of
 * `permission` must reach the partnership, and the record itself must be one they may add: the permission
 * is checked against the resource. They add; changing and removing stay with the keepers.
 */
export interface RecordContributor<I> {
  permission: Permission;
  /** Why this principal may not add this value, at its field; null when they may. */
  refusal(db: Db | Trx, principal: Principal, partnershipId: string, value: Partial<I>): Promise<Problem | null>;
  /** Of a field's choices, those a record this principal may add could take (the indicators they supply). */
  offers(db: Db, principal: Principal, partnershipId: string, field: string, choices: readonly Choice[]): Promise<readonly Choice[]>;
}

/**
 * What a record's form and its words need of its description: its fields, schema, key and answers. Every
 * kind is one; a record kept elsewhere than under a partnership (a person's interests) describes just this.
 */
export type RecordDescription = Pick<RecordKind<any, any>, 'fields' | 'schema' | 'keyField' | 'inputOf' | 'audited'>;

/** The directory's records beside one record, each linked, with what may be done with it. */
export interface RelatedRecords {
  heading: string;
  hint: string;
  items: Array<{ text: string; href: string; note: string | null; action: { text: string; href: string } | null }>;
}

/** Any kind, for the registry and the generic pages (each kind is typed where it is written). */
export type AnyRecordKind = RecordKind<any, any>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The path parameter naming one record of the kind: its key field, or its own id's parameter. */
export function keyParamOf(kind: Pick<AnyRecordKind, 'keyField' | 'idParam'>): string {
  const name = kind.keyField ?? kind.idParam;
  if (!name) throw new Error('A record kind needs a keyField or an idParam');
  return name;
}

/** Whether a path parameter could be a key of the kind: an id, or the kind's own shape. */
export function keyShaped(kind: AnyRecordKind, value: unknown): value is string {
  return typeof value === 'string' && (kind.keyShape?.pattern ?? UUID).test(value);
}
