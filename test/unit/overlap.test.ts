// R-2.4b's overlap warning, table-driven: shared partners (not the council), shared corporate priorities
// and similar words each make an overlap with its reason in words; the ranking, the limit, withdrawn ones
// never shown and ended ones ranked lower with why; and the text measure on its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findOverlaps, MIN_SHARED_WORDS, OVERLAP_LIMIT, type OverlapCandidate, type OverlapOther } from '../../src/domain/overlap/overlaps.ts';
import { textSimilarity, textWords } from '../../src/domain/overlap/similar-text.ts';

const CANDIDATE: OverlapCandidate = {
  id: 'c',
  name: 'Mental health for young people',
  purpose: 'Mental health support for young people leaving care.',
  expectedOutcomes: 'Fewer crisis admissions.',
  partners: [
    { id: 'council', name: 'Brackenford Council', isThisCouncil: true },
    { id: 'nhs', name: 'Thameside NHS Trust', isThisCouncil: false },
    { id: 'college', name: 'Riverside College', isThisCouncil: false },
  ],
  priorities: [
    { id: 'health', title: 'Healthier lives' },
    { id: 'homes', title: 'Good homes' },
  ],
};

let n = 0;
const other = (over: Partial<OverlapOther>): OverlapOther => ({
  id: `o${++n}`,
  reference: `PTN-2026-${String(n).padStart(4, '0')}`,
  name: 'Road resurfacing programme',
  purpose: 'Resurface roads and pavements.',
  expectedOutcomes: 'Smoother journeys.',
  status: 'operating',
  partnerIds: ['council'],
  priorityIds: [],
  ...over,
});
const reasonsOf = (o: OverlapOther) => findOverlaps(CANDIDATE, [o])[0]?.reasons ?? null;

describe('findOverlaps: each reason an overlap is shown for (R-2.4b)', () => {
  const cases: Array<[string, Partial<OverlapOther>, string[] | null]> = [
    ['R-2.4b: nothing shared: not an overlap', {}, null],
    ['R-2.4b: sharing only the council is not an overlap (every partnership has it)', { partnerIds: ['council'] }, null],
    ['R-2.4b: one shared partner, named', { partnerIds: ['council', 'nhs'] }, ['Shares a partner: Thameside NHS Trust']],
    ['R-2.4b: two shared partners, counted and named in the candidate’s order', { partnerIds: ['college', 'nhs', 'x'] }, ['Shares 2 partners: Thameside NHS Trust, Riverside College']],
    ['R-2.4b: one shared corporate priority', { priorityIds: ['health'] }, ['Serves the same corporate priority: Healthier lives']],
    ['R-2.4b: two shared corporate priorities', { priorityIds: ['homes', 'health'] }, ['Serves the same 2 corporate priorities: Healthier lives, Good homes']],
    [
      'R-2.4b: similar purpose, shared phrases named (case and accents folded, common words left out)',
      { name: 'Young People’s MENTAL HEALTH hub', purpose: 'A drop-in for young people.', expectedOutcomes: 'Earlier help.' },
      ['Similar purpose: ‘mental health’, ‘young people’'],
    ],
    ['R-2.4b: one shared word is not a similar purpose', { name: 'Care leavers’ football', purpose: 'Football.', expectedOutcomes: 'Fitness.' }, null],
    ['R-2.4b: shared only stop words and the council’s own words is not similar', { purpose: 'Support for the residents of the borough through the council.', expectedOutcomes: 'Better services.' }, null],
    [
      'R-2.4b: every reason at once, partners first',
      { partnerIds: ['nhs'], priorityIds: ['health'], name: 'Mental health crisis care', purpose: 'Crisis care.', expectedOutcomes: 'Fewer admissions.' },
      ['Shares a partner: Thameside NHS Trust', 'Serves the same corporate priority: Healthier lives', 'Similar purpose: ‘mental health’, ‘care’, ‘fewer’, ‘crisis’, ‘admissions’'],
    ],
    ['R-2.4b: a dissolved one is shown, saying it is ranked lower and why', { partnerIds: ['nhs'], status: 'dissolved' }, ['Shares a partner: Thameside NHS Trust', 'Dissolved: ranked lower, as it has ended']],
    ['R-2.4b: a rejected one too', { partnerIds: ['nhs'], status: 'rejected' }, ['Shares a partner: Thameside NHS Trust', 'Rejected: ranked lower, as it was not approved']],
    ['R-2.4b: one screened out too', { partnerIds: ['nhs'], status: 'not-applicable' }, ['Shares a partner: Thameside NHS Trust', 'Screened out: ranked lower, as the protocol does not apply to it']],
    ['R-2.4b: a withdrawn one (entered by mistake) is never shown', { partnerIds: ['nhs', 'college'], priorityIds: ['health'], status: 'withdrawn' }, null],
    ['R-2.4b: a proposal is shown like any other', { partnerIds: ['nhs'], status: 'proposed' }, ['Shares a partner: Thameside NHS Trust']],
  ];
  for (const [name, over, expected] of cases) it(name, () => assert.deepEqual(reasonsOf(other(over)), expected));

  const words = (name: string, purpose: string): OverlapCandidate => ({ ...CANDIDATE, name, purpose, expectedOutcomes: '' });
  const wordCases: Array<[string, OverlapCandidate, Partial<OverlapOther>, string[] | null]> = [
    ['R-2.4b: the words of the council’s own name are not counted', words('Brackenford kite club', 'Kites in Brackenford.'), { name: 'Brackenford lido', purpose: 'Swimming in Brackenford for kites fans.' }, null],
    ['R-2.4b: another place’s name is', words('Wealdshire kite club', 'Kites in Wealdshire.'), { name: 'Wealdshire lido', purpose: 'Swimming in Wealdshire for kites fans.' }, ['Similar purpose: ‘wealdshire’, ‘kites’']],
    ['R-2.4b: nor are counts, periods and a company’s suffix', words('Three year housing plan', 'One plan per year.'), { name: 'Three year plan Ltd', purpose: 'Under two weeks.' }, null],
  ];
  for (const [name, candidate, over, expected] of wordCases) {
    it(name, () => assert.deepEqual(findOverlaps({ ...candidate, partners: [{ id: 'council', name: 'Brackenford Council', isThisCouncil: true }] }, [other(over)])[0]?.reasons ?? null, expected));
  }

  it('R-2.4b: the partnership itself is not its own overlap', () => {
    assert.deepEqual(findOverlaps(CANDIDATE, [other({ id: 'c', partnerIds: ['nhs'] })]), []);
  });
});

describe('findOverlaps: the ranking (R-2.4b)', () => {
  const priority = other({ priorityIds: ['health'] });
  const onePartner = other({ partnerIds: ['nhs'] });
  const twoPartners = other({ partnerIds: ['nhs', 'college'] });
  const endedTwoPartners = other({ partnerIds: ['nhs', 'college'], status: 'dissolved' });
  const sameWords = other({ name: CANDIDATE.name, purpose: CANDIDATE.purpose, expectedOutcomes: CANDIDATE.expectedOutcomes });

  it('R-2.4b: strongest first: two partners, the same words, one partner, an ended one, a priority', () => {
    const ranked = findOverlaps(CANDIDATE, [priority, endedTwoPartners, onePartner, sameWords, twoPartners]);
    assert.deepEqual(ranked.map((o) => o.id), [sameWords.id, twoPartners.id, onePartner.id, endedTwoPartners.id, priority.id]);
    assert.deepEqual(ranked.map((o) => o.score), [9, 6, 3, 3, 1]);
  });

  it('R-2.4b: an ended one is ranked below the same overlap still going', () => {
    const ranked = findOverlaps(CANDIDATE, [endedTwoPartners, twoPartners]);
    assert.deepEqual(ranked.map((o) => o.id), [twoPartners.id, endedTwoPartners.id]);
  });

  it(`R-2.4b: at most ${OVERLAP_LIMIT}, the strongest; equal scores by reference`, () => {
    const many = Array.from({ length: OVERLAP_LIMIT + 3 }, () => other({ priorityIds: ['health'] }));
    const ranked = findOverlaps(CANDIDATE, [...many].reverse().concat(twoPartners));
    assert.equal(ranked.length, OVERLAP_LIMIT);
    assert.equal(ranked[0]!.id, twoPartners.id);
    assert.deepEqual(ranked.slice(1).map((o) => o.id), many.slice(0, OVERLAP_LIMIT - 1).map((o) => o.id));
  });

  it('R-2.4b: nothing in the register: nothing shown', () => assert.deepEqual(findOverlaps(CANDIDATE, []), []));
});

describe('textSimilarity: shared words over the shorter text’s (R-2.4b)', () => {
  const cases: Array<[string, string, string, number, string[]]> = [
    ['the same text: 1, its phrases', 'mental health hub', 'Mental health hub', 1, ['mental health', 'health hub']],
    ['nothing shared: 0', 'mental health', 'road resurfacing', 0, []],
    ['only common words: nothing to compare', 'the council and its partners', 'the council and its partners', 0, []],
    ['every word of the shorter shared, no phrase in both: words in the first text’s order', 'housing for older people', 'people in older housing stock today', 1, ['housing', 'older', 'people']],
    ['a phrase in both is named once, not its words again', 'young people and young carers', 'young people', 1, ['young people']],
    ['a short text inside a long one: 1 (the overlap coefficient, not Jaccard)', 'river walk bench signs', 'river walk', 1, ['river walk']],
    ['two of four shared', 'river walk bench signs', 'river bench market stalls', 0.5, ['river', 'bench']],
    ['a phrase does not run across a full stop or a line', 'Leaving care. Fewer admissions', 'care fewer', 1, ['care', 'fewer']],
    ['accents and case folded', 'Café culture', 'cafe CULTURE', 1, ['cafe culture']],
    ['numbers and short words are not content', '2026 a to be ok plan', '2026 ok plan', 1, ['plan']],
    ['number words are not content either', 'three year plan', 'plan for three years', 1, ['plan']],
  ];
  for (const [name, a, b, similarity, terms] of cases) {
    it(`R-2.4b: ${name}`, () => {
      const result = textSimilarity(textWords(a), textWords(b), 5);
      assert.equal(result.similarity, similarity);
      assert.deepEqual(result.terms, terms);
    });
  }

  it('R-2.4b: at most the terms asked for', () => {
    assert.equal(textSimilarity(textWords('alpha bravo charlie delta echo foxtrot'), textWords('foxtrot echo delta charlie bravo alpha'), 3).terms.length, 3);
    assert.ok(MIN_SHARED_WORDS >= 2);
  });
});
