// The API's body checks, pure: the bracket-depth scan that runs before JSON.parse, and the walk that
// finds text that is not well-formed Unicode. Both must be exact on valid JSON and never recurse.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { nestedDeeperThan } from '../../src/web/api/json-body.ts';
import { illFormedText } from '../../src/web/api/problem.ts';

/** The true nesting depth of a parsed value, for checking the scan against. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

const CASES: ReadonlyArray<{ text: string; depth: number }> = [
  { text: '1', depth: 0 },
  { text: '"[[[[{{{{"', depth: 0 },
  { text: '{}', depth: 1 },
  { text: '[[]]', depth: 2 },
  { text: '{"a":[{"b":[]}]}', depth: 4 },
  { text: '{"a":"]]]]"}', depth: 1 },
  { text: '{"a\\"[[[":"\\\\"}', depth: 1 },
  { text: '["\\"", ["\\\\\\"[["]]', depth: 2 },
  { text: '[[],[],[[]]]', depth: 3 },
  { text: '{"x":"\\u005b\\u005b"}', depth: 1 },
];

for (const { text, depth } of CASES) {
  it(`measures ${text} as ${depth} deep`, () => {
    assert.equal(depthOf(JSON.parse(text)), depth, 'the case itself');
    assert.equal(nestedDeeperThan(text, depth), false);
    if (depth > 0) assert.equal(nestedDeeperThan(text, depth - 1), true);
  });
}

it('stops at the first bracket past the limit: a million levels cost no more than the limit', () => {
  const text = '['.repeat(1_000_000);
  const started = performance.now();
  assert.equal(nestedDeeperThan(text, 16), true);
  assert.ok(performance.now() - started < 50);
});

it('finds every ill-formed string and key, in the body’s order, with dotted paths', () => {
  const body = { a: 'ok', b: ['\ud800', 'fine', { c: 'x\udfff' }], ['k\ud800']: 'v', d: { e: ['\ud800'] } };
  assert.deepEqual(illFormedText(body), [
    { field: 'b.0', message: 'Text must be well-formed Unicode (it has a lone surrogate)' },
    { field: 'b.2.c', message: 'Text must be well-formed Unicode (it has a lone surrogate)' },
    { field: 'k\ufffd', message: 'Field names must be well-formed Unicode' },
    { field: 'd.e.0', message: 'Text must be well-formed Unicode (it has a lone surrogate)' },
  ]);
});

it('walks 100,000 levels without recursion, and reports at most 50 problems', () => {
  let deep: unknown = '\ud800';
  for (let i = 0; i < 100_000; i++) deep = [deep];
  const [problem] = illFormedText({ name: deep });
  assert.equal(problem?.field.split('.').length, 100_001);
  assert.equal(illFormedText(Array.from({ length: 500 }, () => '\ud800')).length, 50);
});
