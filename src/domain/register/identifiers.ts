// Registration numbers of partner organisations, checked for shape (not looked up).

/**
 * Companies House: 8 characters, either 8 digits or a 2-letter prefix and 6 digits
 * (SC Scotland, NI Northern Ireland, OC LLPs, LP, SL, SO, NC, R0, IP, SP, RS, FC…).
 * Shorter all-digit numbers are padded with leading zeros, as Companies House shows them.
 */
export function normaliseCompanyNumber(input: string): string | null {
  const value = input.trim().toUpperCase().replace(/\s+/g, '');
  if (/^\d{1,8}$/.test(value)) return value.padStart(8, '0');
  if (/^[A-Z]{2}\d{6}$/.test(value)) return value;
  if (/^R0\d{6}$/.test(value)) return value;
  return null;
}

/**
 * Charity numbers: England and Wales 6 or 7 digits (a linked charity adds -1, -2…);
 * Scotland SC + 6 digits; Northern Ireland NIC + 6 digits or 1 + 5 digits.
 */
export function normaliseCharityNumber(input: string): string | null {
  const value = input.trim().toUpperCase().replace(/\s+/g, '');
  if (/^\d{6,7}(-\d{1,2})?$/.test(value)) return value;
  if (/^SC\d{6}$/.test(value)) return value;
  if (/^NIC\d{6}$/.test(value)) return value;
  return null;
}
