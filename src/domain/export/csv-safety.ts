// exported spreadsheets must never run what someone typed into the register. Following
// OWASP's CSV injection guidance, a cell that begins with a character a spreadsheet reads as the
// start of a formula (=, +, -, @) or with a tab or carriage return is prefixed with a single quote,
// so Excel, LibreOffice and Google Sheets show it as text.

const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet opening this cell could treat it as a formula. */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/** The cell's text, made safe to open in a spreadsheet. */
export function neutraliseFormula(value: string): string {
  return looksLikeFormula(value) ? `'${value}` : value;
}
