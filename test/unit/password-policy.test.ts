import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCommonPassword, newPasswordProblem } from '../../src/app/passwords.ts';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MESSAGES,
  PASSWORD_MIN_LENGTH,
  passwordProblem,
  type PasswordContext,
  type PasswordProblem,
} from '../../src/domain/accounts/password-policy.ts';

const EMAIL = 'ada.lovelace@example.gov.uk';
const ADA = { email: EMAIL, name: 'Ada Lovelace' };
// Characters outside the Basic Multilingual Plane take two UTF-16 code units each: '😀'.length === 2.
const EMOJI = '😀';
const ACCENT = 'é';
// A stand-in for the list of common passwords, so these cases say exactly which word is "common".
const COMMON = new Set(['password', 'dragon', 'monkey', 'letmein', 'password1234']);
const isCommon = (c: string) => COMMON.has(c);

describe('passwordProblem', () => {
  const cases: Array<[string, string, PasswordContext, PasswordProblem | null]> = [
    ['empty', '', {}, 'too-short'],
    ['11 characters', 'abcdefgh-jk', {}, 'too-short'],
    ['12 characters', 'a1b2c3d4e5f6', {}, null],
    ['256 characters', 'a1b2c3d4e5f6g7h8'.repeat(16), {}, null],
    ['257 characters', 'a1b2c3d4'.repeat(32) + 'x', {}, 'too-long'],
    ['a long passphrase with spaces', 'correct horse battery staple', { ...ADA, isCommon }, null],
    ['12 emoji are 12 characters (24 code units), but one repeated', EMOJI.repeat(12), {}, 'repetitive'],
    ['11 emoji are 11 characters, too short (22 code units would pass a .length check)', EMOJI.repeat(11), {}, 'too-short'],
    ['257 emoji are too long', EMOJI.repeat(257), {}, 'too-long'],
    ['12 different emoji', '😀😁😂🤣😃😄😅😆😉😊😋😎', {}, null],
    ['11 accented letters', ACCENT.repeat(11), {}, 'too-short'],
    ['spaces count as characters', ' '.repeat(6) + 'kqzvtx', {}, null],
    // Blank, repetitive and sequential (NIST SP 800-63B: "repetitive or sequential characters").
    ['twelve spaces', ' '.repeat(12), {}, 'blank'],
    ['tabs and spaces only', ' \t \t \t \t \t \t', {}, 'blank'],
    ['one letter twelve times', 'aaaaaaaaaaaa', {}, 'repetitive'],
    ['one digit twelve times', '111111111111', {}, 'repetitive'],
    ['two characters alternating', '121212121212', {}, 'repetitive'],
    ['three letters repeated', 'abcabcabcabc', {}, 'repetitive'],
    ['digits in order, wrapping round', '123456789012', {}, 'sequence'],
    ['digits backwards', '987654321098', {}, 'sequence'],
    ['the alphabet', 'abcdefghijkl', {}, 'sequence'],
    ['a keyboard row', 'qwertyuiopqw', {}, 'sequence'],
    ['a keyboard row backwards, in capitals', 'POIUYTREWQPO', {}, 'sequence'],
    ['a sequence with spaces between', '1 2 3 4 5 6 7 8 9 0 1 2', {}, 'sequence'],
    // Common passwords, and the usual ways of stretching one to twelve characters.
    ['a common password as typed', 'password1234', { isCommon }, 'common'],
    ['a common word with digits after', 'Password2024', { isCommon }, 'common'],
    ['a common word between symbols and digits', '!!Dragon!!99', { isCommon }, 'common'],
    ['a common word twice', 'monkeymonkey', { isCommon }, 'common'],
    ['a common word with spaces inside', 'let me in 123', { isCommon }, 'common'],
    ['a common word inside a longer phrase is fine', 'my dragon sleeps at noon', { isCommon }, null],
    ['no list given: not judged common', 'password1234', {}, null],
    // The user's own email and name.
    ['the email itself', EMAIL, ADA, 'contains-email'],
    ['the email in other case', 'Ada.Lovelace@EXAMPLE.gov.uk', ADA, 'contains-email'],
    ['the email with something added', `${EMAIL}!`, ADA, 'contains-email'],
    ['the local part with digits', 'ada.lovelace99', ADA, 'contains-email'],
    ['the local part without its dot', 'adalovelace!!', ADA, 'contains-email'],
    ['part of the local part', 'Lovelace-is-best', { email: EMAIL }, 'contains-email'],
    ['the name', 'Ada Lovelace 1815', { name: 'Ada Lovelace' }, 'contains-name'],
    ['a word of the name, accents aside', 'brontesisters!', { name: 'Charlotte Brontë' }, 'contains-name'],
    ['the name run together', 'zoesmithzz1!', { name: 'Zoë Smith' }, 'contains-name'],
    ['a two-letter name is too short to look for', 'jocular mountain', { name: 'Jo Li' }, null],
    ['too short wins over everything', 'a@b.uk', { email: 'a@b.uk' }, 'too-short'],
  ];
  for (const [name, password, context, expected] of cases) {
    it(`${name} → ${expected ?? 'acceptable'}`, () => {
      assert.equal(passwordProblem(password, context), expected);
    });
  }

  it('the limits are 12 and 256 characters (NCSC: length, not composition)', () => {
    assert.equal(PASSWORD_MIN_LENGTH, 12);
    assert.equal(PASSWORD_MAX_LENGTH, 256);
  });

  it('no composition rules: capitals only or lower case words only are fine', () => {
    for (const p of ['ALLCAPSPHRASE', 'only lower case words']) assert.equal(passwordProblem(p, { isCommon }), null, p);
  });
});

describe('the list of common passwords (@zxcvbn-ts/language-common, about 49,000)', () => {
  it('knows the common passwords the issue found accepted', async () => {
    for (const p of ['password1234', '123456789012', 'qwertyuiop12', 'iloveyou']) assert.equal(await isCommonPassword(p), true, p);
    assert.equal(await isCommonPassword('correct horse battery staple'), false);
  });

  const refused: Array<[string, PasswordProblem]> = [
    ['password1234', 'common'],
    ['123456789012', 'sequence'],
    [' '.repeat(12), 'blank'],
    ['Welcome2025!', 'common'],
    ['trustno1trustno1', 'common'],
    ['iloveyou1234', 'common'],
  ];
  for (const [password, problem] of refused) {
    it(`refuses ${JSON.stringify(password)} (${problem})`, async () => assert.equal(await newPasswordProblem(password, {}), problem));
  }
  it('accepts a passphrase of random words', async () => assert.equal(await newPasswordProblem('walnut tractor gleam oxide', ADA), null));
});

describe('PASSWORD_MESSAGES', () => {
  it('says each problem in words, in GOV.UK style', () => {
    assert.equal(PASSWORD_MESSAGES['too-short'], 'Password must be 12 characters or more');
    assert.equal(PASSWORD_MESSAGES['too-long'], 'Password must be 256 characters or fewer');
    for (const [problem, message] of Object.entries(PASSWORD_MESSAGES)) assert.match(message, /^Password (must|is) /, problem);
  });
});
