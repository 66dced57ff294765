// When the business case may be changed (R-APPROVE): held as submitted while it awaits approval, kept as it
// was once withdrawn, open at every other status.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { businessCaseHold } from '../../src/domain/business-case/hold.ts';
import { STATUSES, type Status } from '../../src/domain/register/vocabulary.ts';

const HELD: Partial<Record<Status, { clause: string; release: 'send-back' | null }>> = {
  'awaiting-approval': { clause: 'R-APPROVE', release: 'send-back' },
  withdrawn: { clause: 'decision 24', release: null },
};

for (const status of STATUSES) {
  const expected = HELD[status];
  it(`R-APPROVE: at ${status} the business case ${expected ? `is held (${expected.clause})` : 'may be changed'}`, () => {
    const hold = businessCaseHold(status);
    if (!expected) return assert.equal(hold, null);
    assert.ok(hold);
    assert.equal(hold.clause, expected.clause);
    assert.equal(hold.release, expected.release);
    assert.match(hold.reason, status === 'withdrawn' ? /withdrawn/ : /awaiting approval.*send it back/);
  });
}
