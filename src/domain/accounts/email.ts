/** Emails are unique case-insensitively: compare and store the key trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
