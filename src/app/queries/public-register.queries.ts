// the public register's reads, for anyone, signed in or not: the partnerships the council has
// published, each as the domain's publicPartnership makes it (so every page and download leaves out the
// same things), and the open data of the same as CSV and JSON.
import type { Readable } from 'node:stream';
import { publishedSources } from '../../db/repositories/publications.repo.ts';
import { OPEN_DATA_COLUMNS, OPEN_DATA_LICENCE, OPEN_DATA_SCHEMA_VERSION } from '../../domain/export/open-data-columns.ts';
import { publicPartnership, type PublicPartnership } from '../../domain/public/public-register.ts';
import type { AppDeps } from '../deps.ts';
import { csvStream } from '../exports/csv.ts';
import { oneBatch } from '../exports/one-batch.ts';
import { xlsxStream } from '../exports/xlsx.ts';
import { londonToday } from '../lifecycle.service.ts';

/** Every published partnership, by name. */
export async function publicRegister(deps: AppDeps): Promise<PublicPartnership[]> {
  const today = londonToday(deps.clock.now());
  return (await publishedSources(deps.database.db, today)).map((s) => publicPartnership(s, today));
}

/** The published partnership with this reference; undefined for any other (unpublished, withdrawn or none). */
export async function publicPartnershipOf(deps: AppDeps, reference: string): Promise<PublicPartnership | undefined> {
  const today = londonToday(deps.clock.now());
  const [source] = await publishedSources(deps.database.db, today, reference);
  return source && publicPartnership(source, today);
}

/** the open data as CSV or an Excel workbook, one row a partnership (domain/export/open-data-columns.ts). */
export async function openDataTable(deps: AppDeps, format: 'csv' | 'xlsx'): Promise<Readable> {
  const rows = await publicRegister(deps);
  return format === 'csv' ? csvStream(OPEN_DATA_COLUMNS, oneBatch(rows)) : xlsxStream(OPEN_DATA_COLUMNS, oneBatch(rows), { sheetName: 'Partnerships', now: deps.clock.now() });
}

/** The open data as JSON: who publishes it, under what licence, the schema's version, and the partnerships. */
export async function openDataJson(deps: AppDeps, councilName: string, documentation: string) {
  return {
    publisher: councilName,
    licence: OPEN_DATA_LICENCE,
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    documentation,
    generatedAt: deps.clock.now().toISOString(),
    partnerships: await publicRegister(deps),
  };
}
