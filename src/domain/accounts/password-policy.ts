// Passwords: length over composition rules, and no password an attacker tries first (NCSC password
// guidance; NIST SP 800-63B 3.1.1.2: refuse commonly used, repetitive or sequential passwords and ones
// made of the service's or the user's own words). No maximum a passphrase would hit.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem =
  | 'too-short'
  | 'too-long'
  | 'blank'
  | 'repetitive'
  | 'sequence'
  | 'common'
  | 'contains-email'
  | 'contains-name';

export interface PasswordContext {
  /** The account's email address: its local part must not be in the password. */
  email?: string;
  /** The account's name: no word of it (3 letters or more) may be in the password. */
  name?: string;
  /** Is this (lower-cased) word one of the most common passwords? Supplied by the caller. */
  isCommon?: (candidate: string) => boolean;
}

/** Lower case without accents, so "Zoë" and "ZOE" compare alike. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

// Runs people type as "random": digits, the alphabet and keyboard rows, either way, wrapping round.
const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qwertzuiop', 'azertyuiop'];

function isSequence(folded: string): boolean {
  const compact = folded.replace(/\s+/g, '');
  if (compact.length === 0) return false;
  return SEQUENCES.some((run) => {
    const repeated = run.repeat(Math.ceil(compact.length / run.length) + 1);
    const backwards = [...repeated].reverse().join('');
    return repeated.includes(compact) || backwards.includes(compact);
  });
}

/** The shortest unit the text is a repetition of ("abcabc" → "abc"), or the text itself. */
function repeatedUnit(text: string): string {
  for (let size = 1; size <= text.length / 2; size += 1) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) return text.slice(0, size);
  }
  return text;
}

/** The forms of a password worth looking up: as typed, without spaces, without the digits and symbols around it, and the word it repeats. */
function candidates(folded: string): string[] {
  const compact = folded.replace(/\s+/g, '');
  const core = compact.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return [...new Set([folded, compact, core, repeatedUnit(compact), repeatedUnit(core)])].filter((c) => [...c].length >= 3);
}

/** Words of at least three letters (shorter ones, like "Jo", turn up inside too many passwords). */
function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => [...w].length >= 3);
}

export function passwordProblem(password: string, context: PasswordContext = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  if (password.trim() === '') return 'blank';
  const folded = fold(password);
  if (new Set(folded.replace(/\s+/g, '')).size < 4) return 'repetitive';
  if (isSequence(folded)) return 'sequence';
  if (context.isCommon && candidates(folded).some((c) => context.isCommon!(c))) return 'common';
  const compact = folded.replace(/\s+/g, '');
  if (context.email) {
    const local = fold(context.email.trim()).split('@')[0] ?? '';
    const parts = [local, local.replace(/[^\p{L}\p{N}]+/gu, ''), ...words(local)].filter((p) => [...p].length >= 3);
    if (parts.some((p) => folded.includes(p) || compact.includes(p))) return 'contains-email';
  }
  if (context.name) {
    const parts = [...words(context.name), fold(context.name).replace(/[^\p{L}\p{N}]+/gu, '')].filter((p) => [...p].length >= 3);
    if (parts.some((p) => compact.includes(p))) return 'contains-name';
  }
  return null;
}

export const PASSWORD_MESSAGES: Readonly<Record<PasswordProblem, string>> = {
  'too-short': `Password must be ${PASSWORD_MIN_LENGTH} characters or more`,
  'too-long': `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
  blank: 'Password must not be only spaces',
  repetitive: 'Password must not repeat the same few characters: choose three or four random words',
  sequence: 'Password must not be a run of characters like 123456789012 or qwertyuiop',
  common: 'Password is one of the most common passwords: choose three or four random words',
  'contains-email': 'Password must not contain the email address, or part of it',
  'contains-name': 'Password must not contain the user’s name',
};
