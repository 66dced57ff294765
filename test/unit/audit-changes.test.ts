import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diff, isEmpty, type Changes, type Fields } from '../../src/domain/audit/changes.ts';
import { actionLabel, actorName, describeChanges, entityTypeLabel, type AuditEventView } from '../../src/domain/audit/describe.ts';

describe('R-2.6.10 diff records only the fields that changed, before and after', () => {
  const cases: Array<[string, Fields | null, Fields | null, Changes]> = [
    ['a create keeps every field, with no before', null, { name: 'Ada', role: 'officer' }, { before: null, after: { name: 'Ada', role: 'officer' } }],
    ['a delete keeps every field, with no after', { name: 'Ada', role: 'officer' }, null, { before: { name: 'Ada', role: 'officer' }, after: null }],
    ['nothing before or after', null, null, { before: null, after: null }],
    ['one field changed of three', { name: 'Ada', role: 'officer', active: 1 }, { name: 'Ada', role: 'administrator', active: 1 }, { before: { role: 'officer' }, after: { role: 'administrator' } }],
    ['nothing changed', { name: 'Ada', role: 'officer' }, { name: 'Ada', role: 'officer' }, { before: {}, after: {} }],
    ['a field added: before is null', { name: 'Ada' }, { name: 'Ada', phone: '01234' }, { before: { phone: null }, after: { phone: '01234' } }],
    ['a field removed: after is null', { name: 'Ada', phone: '01234' }, { name: 'Ada' }, { before: { phone: '01234' }, after: { phone: null } }],
    ['a value becomes null', { phone: '01234' }, { phone: null }, { before: { phone: '01234' }, after: { phone: null } }],
    ['types matter: 1 is not "1"', { count: 1 }, { count: '1' }, { before: { count: 1 }, after: { count: '1' } }],
    ['false is not null', { active: false }, { active: null }, { before: { active: false }, after: { active: null } }],
    ['0 is not null', { pence: 0 }, { pence: null }, { before: { pence: 0 }, after: { pence: null } }],
    ['equal nested values are not a change', { tags: ['a', 'b'], x: { y: 1 } }, { tags: ['a', 'b'], x: { y: 1 } }, { before: {}, after: {} }],
    ['nested values that differ are', { tags: ['a', 'b'] }, { tags: ['a', 'c'] }, { before: { tags: ['a', 'b'] }, after: { tags: ['a', 'c'] } }],
    ['case matters', { email: 'ada@example.gov.uk' }, { email: 'Ada@example.gov.uk' }, { before: { email: 'ada@example.gov.uk' }, after: { email: 'Ada@example.gov.uk' } }],
  ];
  for (const [name, before, after, expected] of cases) {
    it(name, () => assert.deepEqual(diff(before, after), expected));
  }
});

describe('isEmpty: an update that changed nothing', () => {
  const cases: Array<[string, Changes, boolean]> = [
    ['no field changed', { before: {}, after: {} }, true],
    ['a field changed', { before: { a: 1 }, after: { a: 2 } }, false],
    ['a create is never empty, even with no fields', { before: null, after: {} }, false],
    ['a delete is never empty, even with no fields', { before: {}, after: null }, false],
    ['neither', { before: null, after: null }, false],
  ];
  for (const [name, changes, expected] of cases) it(`${name} → ${expected}`, () => assert.equal(isEmpty(changes), expected));

  it('follows diff: an unchanged update is empty, a one-field change is not', () => {
    assert.equal(isEmpty(diff({ a: 1, b: 'x' }, { a: 1, b: 'x' })), true);
    assert.equal(isEmpty(diff({ a: 1, b: 'x' }, { a: 1, b: 'y' })), false);
  });
});

const ev = (action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditEventView => ({ action, before, after });

describe('describeChanges: the audit trail in plain words', () => {
  const cases: Array<[string, AuditEventView, string[]]> = [
    ['an update: field from → to', ev('updated', { role: 'officer' }, { role: 'administrator' }), ['Role: officer → administrator']],
    ['a create: field and value', ev('created', null, { name: 'Ada Lovelace', role: 'officer' }), ['Name: Ada Lovelace', 'Role: officer']],
    ['camelCase names become words', ev('updated', { passwordChangedAt: 'x' }, { passwordChangedAt: 'y' }), ['Password changed at: x → y']],
    ['snake_case names become words', ev('updated', { email_normalised: 'a' }, { email_normalised: 'b' }), ['Email normalised: a → b']],
    ['booleans read yes and no', ev('updated', { active: true }, { active: false }), ['Active: yes → no']],
    ['blank values read (blank)', ev('updated', { phone: null }, { phone: '' }), ['Phone: (blank) → (blank)']],
    ['a value appearing from nothing', ev('updated', { phone: null }, { phone: '01234 567890' }), ['Phone: (blank) → 01234 567890']],
    ['numbers as they are, 0 included', ev('updated', { pence: 0 }, { pence: 1250 }), ['Pence: 0 → 1250']],
    ['R-2.6.10 lists in words, never JSON', ev('created', null, { tags: ['a', 'b'] }), ['Tags: a; b']],
    ['R-2.6.10 records in words, never JSON', ev('created', null, { partner: { organisation: 'Kent CC', memberStatus: 'voting' } }), ['Partner: organisation Kent CC, member status voting']],
    ['an empty list reads (none)', ev('updated', { tags: ['a'] }, { tags: [] }), ['Tags: a → (none)']],
    ['a field only in after is shown as set', ev('updated', { name: 'Ada' }, { name: 'Ada L', phone: '1' }), ['Name: Ada → Ada L', 'Phone: 1']],
    ['an event with nothing after says nothing', ev('signed-out', null, {}), []],
    ['R-2.6.10 a delete says what was removed', ev('deleted', { name: 'Ada Lovelace', active: true }, null), ['Name: Ada Lovelace', 'Active: yes']],
    ['an event with neither says nothing', ev('deleted', null, null), []],
    ['one line per field, in order', ev('updated', { a: 1, b: 2, c: 3 }, { a: 9, b: 8, c: 7 }), ['A: 1 → 9', 'B: 2 → 8', 'C: 3 → 7']],
  ];
  for (const [name, event, expected] of cases) it(name, () => assert.deepEqual(describeChanges(event), expected));

  it('uses the labels given, and falls back to the field name for the rest', () => {
    const lines = describeChanges(ev('updated', { role: 'officer', name: 'A' }, { role: 'auditor', name: 'B' }), { labels: { role: 'Role in Accord' } });
    assert.deepEqual(lines, ['Role in Accord: officer → auditor', 'Name: A → B']);
  });

  it('uses the value describer for every value, before and after', () => {
    const seen: Array<[string, unknown]> = [];
    const lines = describeChanges(ev('updated', { role: 'officer' }, { role: 'auditor' }), {
      value: (field, value) => {
        seen.push([field, value]);
        return String(value).toUpperCase();
      },
    });
    assert.deepEqual(lines, ['Role: OFFICER → AUDITOR']);
    assert.deepEqual(seen, [['role', 'officer'], ['role', 'auditor']]);
  });

  it('escaping is left to the page: text is returned as recorded, not marked up', () => {
    assert.deepEqual(describeChanges(ev('created', null, { name: '<b>Ada</b>' })), ['Name: <b>Ada</b>']);
  });
});

describe('actionLabel', () => {
  const cases: Array<[string, string]> = [
    ['created', 'Created'],
    ['updated', 'Updated'],
    ['deactivated', 'Deactivated'],
    ['reactivated', 'Reactivated'],
    ['signed-in', 'Signed in'],
    ['signed-out', 'Signed out'],
    ['sign-in-failed', 'Failed to sign in'],
    ['sign-in-refused', 'Sign-in refused (too many attempts)'],
    ['password-changed', 'Changed their password'],
    ['password-set', 'Password set by an administrator'],
    // Unknown actions still read as words.
    ['role-changed', 'Role changed'],
    ['approved', 'Approved'],
  ];
  for (const [action, expected] of cases) it(`${action} → ${expected}`, () => assert.equal(actionLabel(action), expected));
});

describe('R-2.6.10 actorName: who did it, in words', () => {
  const cases: Array<[string, Parameters<typeof actorName>[0], string]> = [
    ['a user is named as recorded', { actorId: 'u1', actorLabel: 'Ada <ada@example.gov.uk>', entityType: 'user', action: 'created' }, 'Ada <ada@example.gov.uk>'],
    ['the first administrator, created before anyone could sign in', { actorId: null, actorLabel: 'anonymous', entityType: 'user', action: 'created' }, 'first-run set-up'],
    ['a failed sign-in by someone not signed in', { actorId: null, actorLabel: 'anonymous', entityType: 'sign-in', action: 'sign-in-failed' }, 'someone not signed in'],
    ['the command line keeps its own words', { actorId: null, actorLabel: 'command line (demo)', entityType: 'partnership', action: 'created' }, 'command line (demo)'],
    ['a user whose label happens to be "anonymous" is still that user', { actorId: 'u2', actorLabel: 'anonymous', entityType: 'user', action: 'created' }, 'anonymous'],
  ];
  for (const [name, event, expected] of cases) it(name, () => assert.equal(actorName(event), expected));
});

describe('entityTypeLabel', () => {
  const cases: Array<[string, string]> = [
    ['partnership', 'Partnership'],
    ['corporate-priority', 'Corporate priority'],
    ['api-token', 'API token'],
    ['sign-in', 'Sign-in attempt'],
    ['meeting-minute', 'Meeting minute'],
  ];
  for (const [type, expected] of cases) it(`${type} → ${expected}`, () => assert.equal(entityTypeLabel(type), expected));
});
