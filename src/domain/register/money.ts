// Money is integer pence everywhere; people type pounds.

export type MoneyParse = { ok: true; pence: number } | { ok: false; problem: 'not-a-number' | 'negative' | 'too-many-decimals' | 'too-large' };

/** The largest amount accepted: £10 billion, far above any council's budget, well inside a double. */
export const MAX_PENCE = 1_000_000_000_000;

/** "£1,250,000.50", "1250000", "1.5m"-free: only digits, commas, one point and an optional £. */
export function parsePounds(input: string): MoneyParse {
  const cleaned = input.trim().replace(/^£/, '').replace(/,/g, '').trim();
  if (cleaned.startsWith('-')) return { ok: false, problem: 'negative' };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return { ok: false, problem: 'not-a-number' };
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return { ok: false, problem: 'too-many-decimals' };
  const pounds = match[1]!.replace(/^0+(?=\d)/, '');
  if (pounds.length > 12) return { ok: false, problem: 'too-large' };
  const pence = Number(pounds) * 100 + Number(decimals.padEnd(2, '0') || '0');
  if (pence > MAX_PENCE) return { ok: false, problem: 'too-large' };
  return { ok: true, pence };
}

/** £1,250,000 or £1,250,000.50: pence shown only when there are some. */
export function formatPence(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) return '';
  const pounds = Math.floor(pence / 100);
  const rest = pence % 100;
  const whole = pounds.toLocaleString('en-GB');
  return rest ? `£${whole}.${String(rest).padStart(2, '0')}` : `£${whole}`;
}

/** The value to put back in a form field: 1250000.5 → "1250000.50". */
export function penceToInput(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) return '';
  const rest = pence % 100;
  return rest ? `${Math.floor(pence / 100)}.${String(rest).padStart(2, '0')}` : String(Math.floor(pence / 100));
}
