// Representatives' authority by worked cases (R-2.8e): a member's limit for a type before their limit for
// any; a carried decision beyond every present member's authority for a partner marked for that partner's
// ratification, with the reason; a partner with one member able to commit it, or no one there, not asked;
// a lost motion asks no one; and a limit's own rules, and a ratification's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allows, authorityOf, authorityProblems, ratificationProblems, ratificationsNeeded, type AuthorityInput } from '../../src/domain/decisions/authority.ts';
import type { Attendance, Seat } from '../../src/domain/decisions/rules.ts';

const seat = (id: string, partnerId: string, partnerName: string): Seat => ({ id, name: `Member ${id}`, partnerId, partnerName, status: 'voting', weight: 1, substituteName: null });
const seats = [seat('w1', 'w', 'Westshire Council'), seat('n1', 'n', 'Northvale NHS Trust'), seat('n2', 'n', 'Northvale NHS Trust'), seat('c1', 'c', 'Brackenford CVS')];
const present = (ids: string[], excluded: string[] = []) => ({ attendance: new Map<string, Attendance>(seats.map((s) => [s.id, ids.includes(s.id) ? 'present' : 'apologies'])), excluded: new Set(excluded) });
const limit = (personId: string, over: Partial<AuthorityInput> = {}): AuthorityInput => ({ personId, decisionType: 'any', scope: 'up-to', limitPence: 1_000_000, ratifier: 'Northvale NHS Trust Board', ...over });

describe('R-2.8e: whose authority, for which decision', () => {
  it('R-2.8e: a limit for the type counts before one for any type', () => {
    const records = [limit('n1'), limit('n1', { decisionType: 'budget', scope: 'none' })];
    assert.equal(authorityOf(records, 'n1', 'budget')!.scope, 'none');
    assert.equal(authorityOf(records, 'n1', 'ordinary')!.scope, 'up-to');
    assert.equal(authorityOf(records, 'w1', 'ordinary'), undefined);
  });
  // [limit, amount, allowed]
  const cases: Array<[AuthorityInput | undefined, number | null, boolean]> = [
    [undefined, 5_000_000, true],
    [limit('n1', { scope: 'full' }), 5_000_000, true],
    [limit('n1'), 1_000_000, true],
    [limit('n1'), 1_000_001, false],
    [limit('n1'), null, true],
    [limit('n1', { scope: 'none' }), null, false],
  ];
  for (const [a, amount, allowed] of cases) {
    it(`R-2.8e: ${a ? a.scope : 'no limit recorded'} ${a?.limitPence ?? ''}, committing ${amount ?? 'no sum'}: ${allowed ? 'within' : 'beyond'} authority`, () => {
      assert.equal(allows(a, amount), allowed);
    });
  }
});

describe('R-2.8e: a carried decision beyond the authority of a partner’s members present', () => {
  const grant = { decisionType: 'ordinary' as const, amountPence: 2_500_000, outcome: 'carried' as const };

  it('R-2.8e: both Northvale members limited to £10,000: Northvale ratifies a £25,000 grant, and says why', () => {
    const needed = ratificationsNeeded(seats, present(['w1', 'n1', 'n2', 'c1']), [limit('n1'), limit('n2')], grant);
    assert.equal(needed.length, 1);
    assert.equal(needed[0]!.organisationId, 'n');
    assert.equal(
      needed[0]!.explanation,
      'Subject to ratification by Northvale NHS Trust Board: Member n1 may decide any decision for Northvale NHS Trust up to £10,000; Member n2 may decide any decision for Northvale NHS Trust up to £10,000, and this decision commits £25,000 (R-2.8e).',
    );
  });

  it('R-2.8e: one Northvale member present who may commit it is enough', () => {
    assert.deepEqual(ratificationsNeeded(seats, present(['w1', 'n1', 'n2']), [limit('n1'), limit('n2', { limitPence: 5_000_000 })], grant), []);
  });

  it('R-2.8e: the able member away, or out of the item by an interest, leaves the limited one to decide', () => {
    const records = [limit('n1'), limit('n2', { scope: 'full' })];
    assert.equal(ratificationsNeeded(seats, present(['w1', 'n1']), records, grant).length, 1);
    assert.equal(ratificationsNeeded(seats, present(['w1', 'n1', 'n2'], ['n2']), records, grant).length, 1);
  });

  it('R-2.8e: a partner with no one there is not asked here; a lost motion asks no one', () => {
    assert.deepEqual(ratificationsNeeded(seats, present(['w1', 'c1']), [limit('n1'), limit('n2')], grant), []);
    assert.deepEqual(ratificationsNeeded(seats, present(['w1', 'n1', 'n2']), [limit('n1'), limit('n2')], { ...grant, outcome: 'lost' }), []);
  });

  it('R-2.8e: "may not decide it" asks ratification of any sum, or none', () => {
    const none = [limit('c1', { scope: 'none', ratifier: 'Brackenford CVS trustees', decisionType: 'appointment' })];
    const needed = ratificationsNeeded(seats, present(['w1', 'c1']), none, { decisionType: 'appointment', amountPence: null, outcome: 'carried-on-casting-vote' });
    assert.equal(needed[0]!.explanation, 'Subject to ratification by Brackenford CVS trustees: Member c1 may not decide appointment decisions for Brackenford CVS (R-2.8e).');
  });
});

describe('R-2.8e: a limit’s rules, and a ratification’s', () => {
  it('R-2.8e: an amount exactly where it is "up to"; who ratifies unless full', () => {
    assert.deepEqual(authorityProblems({ scope: 'up-to', limitPence: null, ratifier: 'Board' }).map((p) => p.field), ['limitPence']);
    assert.deepEqual(authorityProblems({ scope: 'full', limitPence: 100, ratifier: null }).map((p) => p.field), ['limitPence']);
    assert.deepEqual(authorityProblems({ scope: 'none', limitPence: null, ratifier: null }).map((p) => p.field), ['ratifier']);
    assert.deepEqual(authorityProblems({ scope: 'full', limitPence: null, ratifier: null }), []);
  });
  it('R-2.8e: ratified by a partner asked, once, on or after the meeting', () => {
    const pending = [{ organisationId: 'n', partnerName: 'Northvale NHS Trust', ratifier: 'Board', explanation: '', ratifiedOn: null, note: null }];
    assert.deepEqual(ratificationProblems(pending, { organisationId: 'n', ratifiedOn: '2027-03-18' }, '2027-03-18'), []);
    assert.deepEqual(ratificationProblems(pending, { organisationId: 'x', ratifiedOn: '2027-03-17' }, '2027-03-18').map((p) => p.field), ['organisationId', 'ratifiedOn']);
    assert.match(ratificationProblems([{ ...pending[0]!, ratifiedOn: '2027-03-20' }], { organisationId: 'n' }, '2027-03-18')[0]!.message, /already ratified/);
  });
});
