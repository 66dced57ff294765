// the organisations and people lists, as filtered, as CSV and XLSX: every matching record,
// read a page at a time in the list's order and streamed.
import type { Readable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import { listOrganisations, type OrganisationListQuery } from '../../db/repositories/organisations.repo.ts';
import { listPeople, type PeopleListQuery } from '../../db/repositories/people.repo.ts';
import { listUsers } from '../../db/repositories/users.repo.ts';
import type { Column } from '../../domain/export/columns.ts';
import { ORGANISATION_EXPORT_COLUMNS, PERSON_EXPORT_COLUMNS, type PersonExportRow } from '../../domain/export/directory-columns.ts';
import type { Organisation } from '../../domain/register/records.ts';
import { csvStream } from './csv.ts';
import { xlsxStream } from './xlsx.ts';

const BATCH = 500;

/** Pages of a list, in its order, until one comes back short. */
async function* pages<T>(read: (limit: number, offset: number) => Promise<T[]>, batch: number): AsyncGenerator<T[]> {
  for (let offset = 0; ; offset += batch) {
    const rows = await read(batch, offset);
    if (rows.length) yield rows;
    if (rows.length < batch) return;
  }
}

export type OrganisationFilter = Omit<OrganisationListQuery, 'limit' | 'offset'>;
export type PeopleFilter = Omit<PeopleListQuery, 'limit' | 'offset'>;

function organisationRows(db: Db, filter: OrganisationFilter, batch: number) {
  return pages<Organisation>(async (limit, offset) => (await listOrganisations(db, { ...filter, limit, offset })).items, batch);
}

async function* peopleRows(db: Db, filter: PeopleFilter, batch: number): AsyncGenerator<PersonExportRow[]> {
  const users = new Map((await listUsers(db)).map((u) => [u.id, u.name]));
  for await (const people of pages(async (limit, offset) => (await listPeople(db, { ...filter, limit, offset })).items, batch)) {
    yield people.map((p) => ({ ...p, userName: p.userId ? (users.get(p.userId) ?? null) : null }));
  }
}

function write<T>(columns: readonly Column<T>[], rows: AsyncGenerator<T[]>, format: 'csv' | 'xlsx', sheetName: string, now: Date): Promise<Readable> {
  return format === 'csv' ? csvStream(columns, rows) : xlsxStream(columns, rows, { sheetName, now });
}

export function organisationsExport(db: Db, filter: OrganisationFilter, format: 'csv' | 'xlsx', now: Date, batch = BATCH): Promise<Readable> {
  return write(ORGANISATION_EXPORT_COLUMNS, organisationRows(db, filter, batch), format, 'Organisations', now);
}

export function peopleExport(db: Db, filter: PeopleFilter, format: 'csv' | 'xlsx', now: Date, batch = BATCH): Promise<Readable> {
  return write(PERSON_EXPORT_COLUMNS, peopleRows(db, filter, batch), format, 'People', now);
}
