// App 1.7: the dissolution checklist, worked cases. What is open before a partnership may be
// dissolved, in words; and when an entry may be recorded (only while exiting, kept once dissolved, an
// exception with its reason).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checklistEntryProblems, DISSOLUTION_ITEMS, dissolutionReadiness, readinessInWords, type ChecklistEntry } from '../../src/domain/exit/dissolution.ts';
import type { Status } from '../../src/domain/register/vocabulary.ts';

const done = (item: ChecklistEntry['item']) => ({ item, outcome: 'done' as const });
const exception = (item: ChecklistEntry['item']) => ({ item, outcome: 'exception' as const });

describe('R-2.14 dissolutionReadiness: the checklist is complete once every item is done or excepted', () => {
  const cases: Array<[string, Array<Pick<ChecklistEntry, 'item' | 'outcome'>>, { open: string[]; complete: boolean; words: string }]> = [
    ['nothing closed yet', [], { open: [...DISSOLUTION_ITEMS], complete: false, words: '0 of 8 items closed; open: notice given under the termination provisions; surpluses shared as agreed; assets transferred or disposed of; continuing financial liabilities settled or assigned; staff provided for; disputes resolved, through mediation where needed; final report made; funders, stakeholders and service users informed' }],
    ['two closed, one an exception', [done('notice'), exception('staff')], { open: ['surpluses', 'assets', 'liabilities', 'disputes', 'final-report', 'informing'], complete: false, words: '2 of 8 items closed (1 done, 1 exception); open: surpluses shared as agreed; assets transferred or disposed of; continuing financial liabilities settled or assigned; disputes resolved, through mediation where needed; final report made; funders, stakeholders and service users informed' }],
    ['all but the final report', DISSOLUTION_ITEMS.filter((i) => i !== 'final-report').map(done), { open: ['final-report'], complete: false, words: '7 of 8 items closed (7 done, 0 exceptions); open: final report made' }],
    ['every item done', DISSOLUTION_ITEMS.map(done), { open: [], complete: true, words: 'The dissolution checklist is complete: 8 done, 0 exceptions' }],
    ['every item closed, two by exception, in any order', [...DISSOLUTION_ITEMS].reverse().map((i) => (i === 'staff' || i === 'disputes' ? exception(i) : done(i))), { open: [], complete: true, words: 'The dissolution checklist is complete: 6 done, 2 exceptions' }],
  ];
  for (const [name, entries, expected] of cases) {
    it(`R-2.14 ${name}`, () => {
      const r = dissolutionReadiness(entries);
      assert.deepEqual(r.open, expected.open);
      assert.equal(r.complete, expected.complete);
      assert.equal(r.clause, 'R-2.14');
      assert.equal(readinessInWords(r), expected.words);
    });
  }
});

describe('R-2.14 checklistEntryProblems: when an entry may be recorded', () => {
  const entry: ChecklistEntry = { item: 'final-report', outcome: 'done', completedOn: '2027-03-31', note: null };
  const cases: Array<[string, Status, Partial<ChecklistEntry> | null, Array<[string, RegExp]>]> = [
    ['while exiting, done with no note', 'exiting', entry, []],
    ['while exiting, an exception with its reason', 'exiting', { ...entry, outcome: 'exception', note: 'No final report: the funder waived it.' }, []],
    ['while exiting, an exception with no reason', 'exiting', { ...entry, outcome: 'exception', note: null }, [['note', /^Enter why it is an exception.*\(R-2\.14\)$/]]],
    ['while exiting, removed', 'exiting', null, []],
    ['while operating: not before the exit has started', 'operating', entry, [['item', /once the exit has started: use ‘Start exit’ on the Lifecycle page first \(R-2\.14\)$/]]],
    ['while operating, removed', 'operating', null, [['item', /once the exit has started/]]],
    ['once dissolved: kept as it was', 'dissolved', entry, [['item', /^The partnership is dissolved: its dissolution checklist is kept as it was completed \(R-2\.14\)$/]]],
    ['once dissolved, removed', 'dissolved', null, [['item', /kept as it was completed/]]],
  ];
  for (const [name, status, value, expected] of cases) {
    it(`R-2.14 ${name}`, () => {
      const found = checklistEntryProblems(status, value);
      assert.equal(found.length, expected.length, JSON.stringify(found));
      expected.forEach(([field, message], i) => {
        assert.equal(found[i]!.field, field);
        assert.match(found[i]!.message, message);
      });
    });
  }
});
