import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MESSAGES,
  PASSWORD_MIN_LENGTH,
  passwordProblem,
  type PasswordProblem,
} from '../../src/domain/accounts/password-policy.ts';

const EMAIL = 'ada.lovelace@example.gov.uk';
// Characters outside the Basic Multilingual Plane take two UTF-16 code units each: '😀'.length === 2.
const EMOJI = '😀';
const ACCENT = 'é';

describe('passwordProblem', () => {
  const cases: Array<[string, string, string | undefined, PasswordProblem | null]> = [
    ['empty', '', undefined, 'too-short'],
    ['11 characters', 'a'.repeat(11), undefined, 'too-short'],
    ['12 characters', 'a'.repeat(12), undefined, null],
    ['256 characters', 'a'.repeat(256), undefined, null],
    ['257 characters', 'a'.repeat(257), undefined, 'too-long'],
    ['a long passphrase with spaces', 'correct horse battery staple', EMAIL, null],
    ['12 emoji are 12 characters (24 code units)', EMOJI.repeat(12), undefined, null],
    ['11 emoji are 11 characters, too short (22 code units would pass a .length check)', EMOJI.repeat(11), undefined, 'too-short'],
    ['256 emoji are 256 characters (512 code units): not too long', EMOJI.repeat(256), undefined, null],
    ['257 emoji are too long', EMOJI.repeat(257), undefined, 'too-long'],
    ['12 accented letters', ACCENT.repeat(12), undefined, null],
    ['11 accented letters', ACCENT.repeat(11), undefined, 'too-short'],
    ['spaces count as characters', ' '.repeat(6) + 'abcdef', undefined, null],
    ['the same as the email', EMAIL, EMAIL, 'same-as-email'],
    ['the email in other case', 'Ada.Lovelace@EXAMPLE.gov.uk', EMAIL, 'same-as-email'],
    ['the email with surrounding spaces', `  ${EMAIL} `, EMAIL, 'same-as-email'],
    ['the email, compared with a stored email in other case', EMAIL, 'ADA.LOVELACE@example.GOV.UK', 'same-as-email'],
    ['containing the email but longer is allowed', `${EMAIL}!`, EMAIL, null],
    ['no email given: only length matters', EMAIL, undefined, null],
    ['too short wins over same-as-email', 'a@b.uk', 'a@b.uk', 'too-short'],
  ];
  for (const [name, password, email, expected] of cases) {
    it(`${name} → ${expected ?? 'acceptable'}`, () => {
      assert.equal(passwordProblem(password, email), expected);
    });
  }

  it('the limits are 12 and 256 characters (NCSC: length, not composition)', () => {
    assert.equal(PASSWORD_MIN_LENGTH, 12);
    assert.equal(PASSWORD_MAX_LENGTH, 256);
  });

  it('a password with no letters, digits or symbols of any particular kind is fine if long enough', () => {
    for (const p of ['aaaaaaaaaaaa', '111111111111', 'ALLCAPSPASSWORD', 'only lower case words']) assert.equal(passwordProblem(p), null, p);
  });
});

describe('PASSWORD_MESSAGES', () => {
  it('says the limits in words, in GOV.UK style', () => {
    assert.equal(PASSWORD_MESSAGES['too-short'], 'Password must be 12 characters or more');
    assert.equal(PASSWORD_MESSAGES['too-long'], 'Password must be 256 characters or fewer');
    assert.equal(PASSWORD_MESSAGES['same-as-email'], 'Password must not be the same as the email address');
  });
});
