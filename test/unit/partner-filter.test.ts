// The register's typed partner filter decides what a typed name means, from the candidates the
// repository found (those whose folded names contain it, in name order).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PARTNER_SUGGESTIONS, resolvePartnerFilter, type PartnerCandidate } from '../../src/domain/register/partner-filter.ts';

const org = (name: string): PartnerCandidate => ({ id: `id-${name}`, name });
const many = (n: number) => Array.from({ length: n }, (_, i) => org(`Trust ${String(i).padStart(2, '0')}`));

describe('resolvePartnerFilter', () => {
  const cases: Array<[string, string, PartnerCandidate[], string, string | RegExp]> = [
    ['one match, part of its name', 'beta', [org('Beta Trust')], 'chosen', 'Beta Trust'],
    ['the whole name, though a longer one contains it', 'acme services', [org('Acme Services'), org('Acme Services North')], 'chosen', 'Acme Services'],
    ['the whole name in other case and accents', '  SOCIETE generale ', [org('Société Générale'), org('Société Générale Trust')], 'chosen', 'Société Générale'],
    ['two organisations of the same name are not guessed between', 'acme', [org('Acme'), org('ACME')], 'several-match', '2 partner organisations match “acme”: choose one below, or type more of the name'],
    ['several', 'trust', [org('Beta Trust'), org('Youth Trust')], 'several-match', '2 partner organisations match “trust”: choose one below, or type more of the name'],
    ['none', ' nobody ', [], 'none-match', 'No partner organisation matches “nobody”: check the spelling, or type less of the name'],
    ['more than can be shown', 'trust', many(PARTNER_SUGGESTIONS + 1), 'several-match', `More than ${PARTNER_SUGGESTIONS} partner organisations match “trust”: choose one below, or type more of the name`],
  ];
  for (const [name, typed, candidates, kind, expected] of cases) {
    it(name, () => {
      const result = resolvePartnerFilter(typed, candidates);
      assert.equal(result.kind, kind);
      if (result.kind === 'chosen') assert.equal(result.organisation.name, expected);
      else assert.equal(result.message, expected);
    });
  }

  it('offers at most PARTNER_SUGGESTIONS, saying there are more', () => {
    const result = resolvePartnerFilter('trust', many(PARTNER_SUGGESTIONS + 1));
    assert.ok(result.kind === 'several-match');
    assert.equal(result.candidates.length, PARTNER_SUGGESTIONS);
    assert.equal(result.more, true);
    const exactly = resolvePartnerFilter('trust', many(PARTNER_SUGGESTIONS));
    assert.ok(exactly.kind === 'several-match');
    assert.equal(exactly.more, false);
  });
});
