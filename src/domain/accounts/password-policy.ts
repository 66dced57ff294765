// Passwords: length over composition rules (NCSC guidance); no maximum a passphrase would hit.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too-short' | 'too-long' | 'same-as-email';

export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return 'same-as-email';
  return null;
}

export const PASSWORD_MESSAGES: Readonly<Record<PasswordProblem, string>> = {
  'too-short': `Password must be ${PASSWORD_MIN_LENGTH} characters or more`,
  'too-long': `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
  'same-as-email': 'Password must not be the same as the email address',
};
