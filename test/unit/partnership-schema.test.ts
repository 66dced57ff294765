// The partnership schema reports every problem in one parse: zod skips an array's own checks when one of
// its items is invalid, so the "each once" checks are told to run whenever there is a list to look at.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { partnershipSchema } from '../../src/web/schemas/partnership.schema.ts';

const issues = (value: unknown) =>
  (partnershipSchema.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const CASES: ReadonlyArray<[string, Record<string, unknown>, string[]]> = [
  ['a reason twice beside one that does not exist', { rationale: ['nonsense', 'maximise-funds', 'maximise-funds'] }, ['rationale.0: Select a reason from the list', 'rationale: Select each reason once']],
  ['a kind of well-being twice beside one that does not exist', { wellbeing: ['social', 'social', 'cultural'] }, ['wellbeing.2: Select economic, social or environmental', 'wellbeing: Select each kind of well-being once']],
  ['not a list at all: one message, no crash', { rationale: 'maximise-funds' }, ['rationale: Select why the council is entering the partnership']],
];

for (const [name, body, expected] of CASES) {
  it(name, () => {
    const found = issues({ rationale: ['maximise-funds'], wellbeing: ['social'], ...body }).filter((i) => /^(rationale|wellbeing)/.test(i));
    assert.deepEqual(found, expected);
  });
}
