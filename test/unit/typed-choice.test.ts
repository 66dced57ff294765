// The register's typed filters (partner, sponsoring officer) decide what a typed name means, from the
// candidates the repository found (those whose folded names contain it, in name order).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PARTNER, resolveTypedChoice, SPONSOR, SUGGESTIONS, type Candidate } from '../../src/domain/register/typed-choice.ts';

const org = (name: string): Candidate => ({ id: `id-${name}`, name });
const many = (n: number) => Array.from({ length: n }, (_, i) => org(`Trust ${String(i).padStart(2, '0')}`));

describe('resolveTypedChoice', () => {
  const cases: Array<[string, string, Candidate[], string, string | RegExp]> = [
    ['one match, part of its name', 'beta', [org('Beta Trust')], 'chosen', 'Beta Trust'],
    ['the whole name, though a longer one contains it', 'acme services', [org('Acme Services'), org('Acme Services North')], 'chosen', 'Acme Services'],
    ['the whole name in other case and accents', '  SOCIETE generale ', [org('Société Générale'), org('Société Générale Trust')], 'chosen', 'Société Générale'],
    ['two organisations of the same name are not guessed between', 'acme', [org('Acme'), org('ACME')], 'several-match', '2 partner organisations match “acme”: choose one below, or type more of the name'],
    ['several', 'trust', [org('Beta Trust'), org('Youth Trust')], 'several-match', '2 partner organisations match “trust”: choose one below, or type more of the name'],
    ['none', ' nobody ', [], 'none-match', 'No partner organisation matches “nobody”: check the spelling, or type less of the name'],
    ['more than can be shown', 'trust', many(SUGGESTIONS + 1), 'several-match', `More than ${SUGGESTIONS} partner organisations match “trust”: choose one below, or type more of the name`],
  ];
  for (const [name, typed, candidates, kind, expected] of cases) {
    it(name, () => {
      const result = resolveTypedChoice(PARTNER, typed, candidates);
      assert.equal(result.kind, kind);
      if (result.kind === 'chosen') assert.equal(result.chosen.name, expected);
      else assert.equal(result.message, expected);
    });
  }

  it('offers at most SUGGESTIONS, saying there are more', () => {
    const result = resolveTypedChoice(PARTNER, 'trust', many(SUGGESTIONS + 1));
    assert.ok(result.kind === 'several-match');
    assert.equal(result.candidates.length, SUGGESTIONS);
    assert.equal(result.more, true);
    const exactly = resolveTypedChoice(PARTNER, 'trust', many(SUGGESTIONS));
    assert.ok(exactly.kind === 'several-match');
    assert.equal(exactly.more, false);
  });

  it('says what is being chosen in its own words', () => {
    const none = resolveTypedChoice(SPONSOR, 'nobody', []);
    assert.ok(none.kind === 'none-match');
    assert.equal(none.message, 'No sponsoring officer matches “nobody”: check the spelling, or type less of the name');
    const several = resolveTypedChoice(SPONSOR, 'lee', [org('Ann Lee'), org('Lee Shaw')]);
    assert.ok(several.kind === 'several-match');
    assert.equal(several.message, '2 sponsoring officers match “lee”: choose one below, or type more of the name');
  });
});
