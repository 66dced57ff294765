import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseEmail } from '../../src/domain/accounts/email.ts';

describe('normaliseEmail: the case-insensitive unique key', () => {
  const cases: Array<[string, string]> = [
    ['ada@example.gov.uk', 'ada@example.gov.uk'],
    ['Ada@Example.GOV.UK', 'ada@example.gov.uk'],
    ['  ada@example.gov.uk  ', 'ada@example.gov.uk'],
    ['\tADA@EXAMPLE.GOV.UK\n', 'ada@example.gov.uk'],
    ['ada.lovelace+accord@example.gov.uk', 'ada.lovelace+accord@example.gov.uk'],
    ['ZOË@example.gov.uk', 'zoë@example.gov.uk'],
    ['', ''],
  ];
  for (const [given, expected] of cases) {
    it(`${JSON.stringify(given)} → ${JSON.stringify(expected)}`, () => assert.equal(normaliseEmail(given), expected));
  }

  it('two spellings of one address share a key; two addresses do not', () => {
    assert.equal(normaliseEmail('Ada@Example.gov.uk'), normaliseEmail(' ada@example.GOV.uk'));
    assert.notEqual(normaliseEmail('ada@example.gov.uk'), normaliseEmail('ada2@example.gov.uk'));
  });

  it('is idempotent', () => {
    for (const e of ['  Ada@Example.gov.uk ', 'X@Y.Z']) assert.equal(normaliseEmail(normaliseEmail(e)), normaliseEmail(e));
  });
});
