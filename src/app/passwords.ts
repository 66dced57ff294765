// argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane). The native binding is loaded at
// the first hash or check rather than with the server (docs/decisions.md: start-up).
import type * as Argon2 from '@node-rs/argon2';
import { passwordProblem, type PasswordProblem } from '../domain/accounts/password-policy.ts';

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let argon2: Promise<typeof Argon2> | undefined;
const loadArgon2 = () => (argon2 ??= import('@node-rs/argon2'));

export async function hashPassword(password: string): Promise<string> {
  const { hash } = await loadArgon2();
  return hash(password, OPTIONS);
}

/**
 * Stored for an account with no password yet (invited, issue 10): it is no argon2 hash, so no password
 * matches it; checking against it costs the time a real check does, so it does not show either.
 */
export const NO_PASSWORD = '!';

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (passwordHash === NO_PASSWORD) return spendVerifyTime(password).then(() => false);
  // Outside the try: a binding that cannot load is a broken install, not a wrong password.
  const { verify } = await loadArgon2();
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Checked when no account matches, so a wrong email costs the same time as a wrong password.
let dummy: Promise<string> | undefined;
export async function spendVerifyTime(password: string): Promise<void> {
  dummy ??= hashPassword('accord-timing-equaliser');
  await verifyPassword(await dummy, password);
}

// The most common passwords (about 49,000, ranked from public breach corpora), from zxcvbn-ts's
// maintained common dictionary. Loaded on first use, not at start (about 60 ms and a few MB).
let common: Promise<ReadonlySet<string>> | undefined;
function commonPasswords(): Promise<ReadonlySet<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase())));
  return common;
}

export async function isCommonPassword(candidate: string): Promise<boolean> {
  return (await commonPasswords()).has(candidate.toLowerCase());
}

/** Everything wrong with a password someone is about to be given, judged against the common list. */
export async function newPasswordProblem(password: string, account: { email?: string; name?: string }): Promise<PasswordProblem | null> {
  const list = await commonPasswords();
  return passwordProblem(password, { ...account, isCommon: (candidate) => list.has(candidate) });
}
