// R-2.6.11: export files are named for what they hold and the UK day they were made:
// partnership-register-2026-04-01.csv.
const LONDON_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

export function exportFilename(stem: string, now: Date, extension: 'csv' | 'xlsx'): string {
  const parts = Object.fromEntries(LONDON_DAY.formatToParts(now).map((p) => [p.type, p.value]));
  return `${stem}-${parts.year}-${parts.month}-${parts.day}.${extension}`;
}

/** The Content-Disposition of a download. */
export function attachment(filename: string): string {
  return `attachment; filename="${filename}"`;
}
