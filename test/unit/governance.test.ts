// The governance framework's completeness, table-driven (R-2.7, R-2.7doc, R-A1.4, R-A1.5, R-A1.6, R-2.6.9,
// what is required follows the legal form under the council's
// configuration; a required section not agreed and a required document not held are missing, each with its
// clause and fix; a section not required is optional, shown and never missing. And one section's own rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FRAMEWORK_ELEMENTS, GOVERNANCE_SECTIONS, RUNNING_ARRANGEMENTS } from '../../src/domain/governance/catalogue.ts';
import { completenessInWords, governanceCompleteness, legalFormInWords, type GovernanceDocument } from '../../src/domain/governance/completeness.ts';
import { normaliseSection, sectionProblems, type SectionRecord } from '../../src/domain/governance/section.ts';
import { DEFAULT_PROTOCOL_CONFIG } from '../../src/domain/protocol-config/defaults.ts';
import { parseProtocolConfig } from '../../src/domain/protocol-config/parse.ts';
import { LEGAL_FORMS, type LegalForm } from '../../src/domain/register/vocabulary.ts';

const config = DEFAULT_PROTOCOL_CONFIG.governance;
const agreed: SectionRecord = { status: 'agreed', summary: 'Agreed by the partners.', agreedOn: '2026-03-01' };
const draft: SectionRecord = { status: 'draft', summary: 'Being written.', agreedOn: null };
const allAgreed = (form: LegalForm) => new Map(config.requiredSections[form].map((k) => [k, agreed]));
const doc = (type: GovernanceDocument['type'], section: string | null = null): GovernanceDocument => ({ documentId: `d-${type}`, title: `The ${type}`, type, section });
const allDocs = (form: LegalForm) => config.requiredDocuments[form].map((t) => doc(t));
const missingOf = (c: ReturnType<typeof governanceCompleteness>) => c.missing.map((m) => (m.kind === 'section' ? `${m.key} ${m.clause} ${m.status}` : `${m.type} ${m.clause}`));

describe('governanceCompleteness: each legal form under the protocol’s defaults (R-2.7, R-2.7doc)', () => {
  const elements = FRAMEWORK_ELEMENTS.length;
  const running = RUNNING_ARRANGEMENTS.filter((s) => s.group !== 'finance').length;
  const finance = RUNNING_ARRANGEMENTS.filter((s) => s.group === 'finance').length;
  const cases: Array<[LegalForm, number, number, string[]]> = [
    ['informal', 6, 2, []],
    ['contractual', elements, running, ['contract']],
    ['delegation-of-functions', elements, running, ['partnership-agreement']],
    ['corporate-joint-venture', elements, running + finance, ['articles-of-association', 'shareholders-agreement']],
    ['joint-committee', elements, running + finance, ['terms-of-reference']],
    ['latco', elements, running + finance, ['articles-of-association', 'shareholders-agreement']],
    ['community-interest-company', elements, running + finance, ['articles-of-association']],
  ];
  for (const [form, elementsRequired, arrangementsRequired, documents] of cases) {
    it(`${form}: ${elementsRequired} elements, ${arrangementsRequired} running arrangements, documents ${documents.join(', ') || 'none'}`, () => {
      const none = governanceCompleteness(form, new Map(), [], config);
      assert.equal(none.complete, false);
      assert.equal(none.counts.elementsRequired, elementsRequired);
      assert.equal(none.counts.arrangementsRequired, arrangementsRequired);
      assert.deepEqual(none.requiredDocuments.map((d) => d.type), documents);
      assert.equal(none.missing.length, elementsRequired + arrangementsRequired + documents.length, 'every required section not started, and every document, is missing');
      assert.equal(none.sections.length, GOVERNANCE_SECTIONS.length, 'every section shown, required or not');
      const done = governanceCompleteness(form, allAgreed(form), allDocs(form), config);
      assert.equal(done.complete, true);
      assert.deepEqual(done.missing, []);
      assert.equal(done.counts.elementsAgreed, elementsRequired);
      assert.equal(done.counts.documentsHeld, documents.length);
    });
  }
  it('LEGAL_FORMS are all in the table', () => assert.deepEqual(cases.map((c) => c[0]).sort(), [...LEGAL_FORMS].sort()));
});

describe('governanceCompleteness: a section’s status, a missing document, optional sections', () => {
  it('R-2.7: a draft or not started required section is missing, with its clause, status and edit page; agreed is not', () => {
    const sections = allAgreed('joint-committee');
    sections.set('element-i', draft);
    sections.delete('element-o');
    sections.set('scrutiny', { ...draft, status: 'not-started' });
    const c = governanceCompleteness('joint-committee', sections, allDocs('joint-committee'), config);
    assert.deepEqual(missingOf(c), ['element-i R-2.7(i) draft', 'element-o R-2.7(o) not-started', 'scrutiny R-2.17 not-started']);
    const first = c.missing[0]!;
    assert.equal(first.kind === 'section' && first.title, '(i) Meetings');
    assert.deepEqual(first.fix, { page: 'governance-section', section: 'element-i' });
    assert.match(first.message, /\(i\) Meetings is draft: the partners must agree it \(R-2\.7\(i\)\)/);
    assert.equal(c.counts.elementsAgreed, 13);
    assert.equal(c.counts.elementsRequired, 15);
  });

  it('R-2.7doc: a joint committee with no terms of reference is missing it, fixed on the documents upload page for its type', () => {
    const c = governanceCompleteness('joint-committee', allAgreed('joint-committee'), [doc('other')], config);
    assert.deepEqual(missingOf(c), ['terms-of-reference R-2.7doc']);
    assert.deepEqual(c.missing[0]!.fix, { page: 'documents-new', type: 'terms-of-reference' });
    assert.equal(c.missing[0]!.message, 'Add the terms of reference: a joint committee needs one (R-2.7doc)');
    assert.equal(c.requiredDocuments[0]!.held, false);
    assert.equal(completenessInWords(c), '15 of 15 required elements agreed; 26 of 26 required running arrangements agreed; 1 required document missing');
  });

  it('R-2.7doc: a company needs its articles of association and shareholders’ agreement; held when a current document of that type is', () => {
    const c = governanceCompleteness('latco', allAgreed('latco'), [doc('articles-of-association', 'element-e')], config);
    assert.deepEqual(missingOf(c), ['shareholders-agreement R-2.7doc']);
    assert.deepEqual(c.requiredDocuments.map((d) => [d.type, d.held]), [['articles-of-association', true], ['shareholders-agreement', false]]);
    assert.deepEqual(c.sections.find((s) => s.key === 'element-e')!.documents.map((d) => d.documentId), ['d-articles-of-association'], 'a document linked to its section');
  });

  it('a section this legal form does not require is optional: shown with its status, never missing', () => {
    const sections = allAgreed('informal');
    sections.set('finance-banking', draft);
    const c = governanceCompleteness('informal', sections, [], config);
    assert.equal(c.complete, true);
    const banking = c.sections.find((s) => s.key === 'finance-banking')!;
    assert.equal(banking.required, false);
    assert.equal(banking.status, 'draft');
    assert.equal(banking.optionalText, 'Optional for an informal arrangement');
    assert.equal(c.sections.find((s) => s.key === 'element-a')!.optionalText, null);
    assert.equal(completenessInWords(c), '6 of 6 required elements agreed; 2 of 2 required running arrangements agreed; no document required');
  });

  it('a council’s configuration changes what is required, not the code', () => {
    const parsed = parseProtocolConfig({ governance: { requiredSections: { informal: ['element-a', 'scrutiny'] }, requiredDocuments: { informal: ['terms-of-reference'] } } });
    assert.ok(parsed.ok);
    const c = governanceCompleteness('informal', new Map([['element-a', agreed]]), [], parsed.config.governance);
    assert.deepEqual(missingOf(c), ['scrutiny R-2.17 not-started', 'terms-of-reference R-2.7doc']);
    assert.equal(c.sections.find((s) => s.key === 'element-b')!.required, false, 'the defaults’ element b is no longer required');
    assert.equal(governanceCompleteness('joint-committee', new Map(), [], parsed.config.governance).counts.elementsRequired, 15, 'other forms keep the defaults');
  });

  it('the legal form in words', () => {
    assert.equal(legalFormInWords('joint-committee'), 'a joint committee');
    assert.equal(legalFormInWords('informal'), 'an informal arrangement');
    assert.equal(legalFormInWords('latco'), 'a local authority trading company (LATCo)');
  });
});

describe('a section’s own rules (R-2.7)', () => {
  const today = '2026-06-01';
  const cases: Array<[string, SectionRecord, string[]]> = [
    ['agreed with a date and a summary', agreed, []],
    ['agreed today', { ...agreed, agreedOn: today }, []],
    ['agreed with no date', { ...agreed, agreedOn: null }, ['agreedOn']],
    ['agreed tomorrow', { ...agreed, agreedOn: '2026-06-02' }, ['agreedOn']],
    ['agreed with nothing summarised', { ...agreed, summary: null }, ['summary']],
    ['a draft with a date of agreement', { ...draft, agreedOn: '2026-03-01' }, ['agreedOn']],
    ['a draft with no summary', { ...draft, summary: null }, []],
    ['not started', { status: 'not-started', summary: null, agreedOn: null }, []],
  ];
  for (const [name, s, fields] of cases) it(name, () => assert.deepEqual(sectionProblems(s, 'R-2.7(a)', today).map((p) => p.field), fields));
  it('the clause is in the message', () => assert.match(sectionProblems({ ...agreed, agreedOn: null }, 'R-2.17', today)[0]!.message, /\(R-2\.17\)/));
  it('normalised: summary trimmed, blank null', () => {
    assert.deepEqual(normaliseSection({ status: 'draft', summary: '  x  ' }), { status: 'draft', summary: 'x', agreedOn: null });
    assert.deepEqual(normaliseSection({ status: 'draft', summary: '   ' }), { status: 'draft', summary: null, agreedOn: null });
  });
});
