// The protocol configuration (R-2.7, R-2.7doc): the defaults follow the protocol; a council's file is laid
// over them and validated whole, every problem with its path; the file is read once at start.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_PROTOCOL_CONFIG } from '../../src/domain/protocol-config/defaults.ts';
import { parseProtocolConfig } from '../../src/domain/protocol-config/parse.ts';
import { FRAMEWORK_ELEMENTS, GOVERNANCE_SECTIONS } from '../../src/domain/governance/catalogue.ts';
import { LEGAL_FORMS } from '../../src/domain/register/vocabulary.ts';
import { ProtocolConfigError, readProtocolConfig } from '../../src/app/protocol-config.ts';

describe('protocol configuration: defaults (R-2.7, R-2.7doc)', () => {
  it('the defaults are valid and name every legal form', () => {
    const parsed = parseProtocolConfig(undefined);
    assert.equal(parsed.ok, true);
    for (const form of LEGAL_FORMS) {
      assert.ok(Array.isArray(DEFAULT_PROTOCOL_CONFIG.governance.requiredSections[form]), form);
      assert.ok(Array.isArray(DEFAULT_PROTOCOL_CONFIG.governance.requiredDocuments[form]), form);
    }
  });
  it('R-2.7: every formal legal form agrees all fifteen elements a–o; an informal arrangement fewer', () => {
    const letters = FRAMEWORK_ELEMENTS.map((e) => e.key);
    assert.equal(letters.length, 15);
    for (const form of LEGAL_FORMS.filter((f) => f !== 'informal')) {
      for (const key of letters) assert.ok(DEFAULT_PROTOCOL_CONFIG.governance.requiredSections[form].includes(key), `${form} ${key}`);
    }
    assert.ok(DEFAULT_PROTOCOL_CONFIG.governance.requiredSections.informal.length < letters.length);
  });
  it('R-2.7doc: a company needs articles of association and a shareholders’ agreement, a joint committee its terms of reference', () => {
    assert.deepEqual([...DEFAULT_PROTOCOL_CONFIG.governance.requiredDocuments['corporate-joint-venture']], ['articles-of-association', 'shareholders-agreement']);
    assert.deepEqual([...DEFAULT_PROTOCOL_CONFIG.governance.requiredDocuments['joint-committee']], ['terms-of-reference']);
  });
  it('section keys are unique', () => {
    assert.equal(new Set(GOVERNANCE_SECTIONS.map((s) => s.key)).size, GOVERNANCE_SECTIONS.length);
  });
});

describe('protocol configuration: a council’s file', () => {
  const cases: Array<[string, unknown, string[] | null]> = [
    ['an empty object is the defaults', {}, null],
    ['one legal form changed, the rest kept', { governance: { requiredDocuments: { informal: ['partnership-agreement'] } } }, null],
    ['an unknown section key, with its path', { governance: { requiredSections: { latco: ['element-a', 'element-z'] } } }, ['governance.requiredSections.latco[1]']],
    ['an unknown document type', { governance: { requiredDocuments: { informal: ['memo'] } } }, ['governance.requiredDocuments.informal[0]']],
    ['an unknown legal form', { governance: { requiredDocuments: { charity: [] } } }, ['governance.requiredDocuments']],
    ['an unknown top-level key', { tier: {} }, ['(the file)']],
    ['not an object', ['governance'], ['(the file)']],
    ['a list where an object belongs', { governance: { requiredSections: [] } }, ['governance.requiredSections']],
  ];
  for (const [name, given, paths] of cases) {
    it(name, () => {
      const parsed = parseProtocolConfig(given);
      if (paths === null) {
        assert.equal(parsed.ok, true, JSON.stringify(parsed));
        return;
      }
      assert.equal(parsed.ok, false);
      if (!parsed.ok) assert.deepEqual(parsed.issues.map((i) => i.path), paths);
    });
  }
  it('a changed legal form replaces its list whole; the others keep the defaults', () => {
    const parsed = parseProtocolConfig({ governance: { requiredDocuments: { informal: ['partnership-agreement'] } } });
    assert.ok(parsed.ok);
    if (!parsed.ok) return;
    assert.deepEqual([...parsed.config.governance.requiredDocuments.informal], ['partnership-agreement']);
    assert.deepEqual(parsed.config.governance.requiredDocuments.latco, DEFAULT_PROTOCOL_CONFIG.governance.requiredDocuments.latco);
  });
});

describe('protocol configuration: reading PROTOCOL_CONFIG', () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-protocol-'));
  it('unset is the defaults', () => {
    assert.equal(readProtocolConfig(undefined), DEFAULT_PROTOCOL_CONFIG);
  });
  it('a missing file, a file that is not JSON and an invalid file each stop with the reason', () => {
    assert.throws(() => readProtocolConfig(join(dir, 'none.json')), (e: unknown) => e instanceof ProtocolConfigError && /cannot read .*ENOENT/.test(e.message));
    writeFileSync(join(dir, 'bad.json'), '{ governance');
    assert.throws(() => readProtocolConfig(join(dir, 'bad.json')), (e: unknown) => e instanceof ProtocolConfigError && /is not JSON/.test(e.message));
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ governance: { requiredDocuments: { informal: ['memo'] } } }));
    assert.throws(() => readProtocolConfig(join(dir, 'wrong.json')), (e: unknown) => e instanceof ProtocolConfigError && /governance\.requiredDocuments\.informal\[0\]: must be a document type/.test(e.message));
  });
  it('a valid file is read', () => {
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ governance: { requiredDocuments: { informal: ['other'] } } }));
    assert.deepEqual([...readProtocolConfig(join(dir, 'good.json')).governance.requiredDocuments.informal], ['other']);
  });
});

describe('docs/protocol-config.md', () => {
  it('its example is a valid configuration, and every top-level section of the schema is documented', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../docs/protocol-config.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(text)?.[1];
    assert.ok(example, 'an example');
    const parsed = parseProtocolConfig(JSON.parse(example));
    assert.ok(parsed.ok, JSON.stringify(parsed));
    for (const key of Object.keys(DEFAULT_PROTOCOL_CONFIG)) assert.match(text, new RegExp(`## \`${key}\``), key);
  });
});
