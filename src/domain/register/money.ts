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

/** £1,250,000 or £1,250,000.50: pence shown only when there are some; a negative amount is -£5. */
export function formatPence(pence: number | null | undefined): string {
  if (pence === null || pence === undefined || !Number.isFinite(pence)) return '';
  const whole = Math.round(Math.abs(pence));
  const pounds = Math.floor(whole / 100).toLocaleString('en-GB');
  const rest = whole % 100;
  const sign = pence < 0 && whole > 0 ? '-' : '';
  return rest ? `${sign}£${pounds}.${String(rest).padStart(2, '0')}` : `${sign}£${pounds}`;
}

/** The value to put back in a form field or a link: 125000050 → "1250000.50" (exact, no floating point). */
export function penceToInput(pence: number | null | undefined): string {
  if (pence === null || pence === undefined || !Number.isFinite(pence)) return '';
  const whole = Math.round(Math.abs(pence));
  const sign = pence < 0 && whole > 0 ? '-' : '';
  const rest = whole % 100;
  const pounds = String(Math.floor(whole / 100));
  return rest ? `${sign}${pounds}.${String(rest).padStart(2, '0')}` : `${sign}${pounds}`;
}
