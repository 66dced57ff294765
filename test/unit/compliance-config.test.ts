// The compliance section of the protocol configuration (docs/protocol-config.md): the defaults follow the
// protocol (what gates operating, what a minor arrangement is spared); a council's file is laid over them
// key by key, a list replacing the default's whole, and every problem is named with its path.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REQUIREMENTS } from '../../src/domain/compliance/requirements.ts';
import { DEFAULT_PROTOCOL_CONFIG } from '../../src/domain/protocol-config/defaults.ts';
import { parseProtocolConfig } from '../../src/domain/protocol-config/parse.ts';
import type { ProtocolConfig } from '../../src/domain/protocol-config/schema.ts';

const compliance = DEFAULT_PROTOCOL_CONFIG.compliance;

function parsed(given: unknown): ProtocolConfig {
  const result = parseProtocolConfig(given);
  assert.equal(result.ok, true, JSON.stringify(result));
  return (result as { ok: true; config: ProtocolConfig }).config;
}

describe('compliance configuration: the defaults', () => {
  it('R-APPROVE: the gate to operating holds the approval, the money (R-2.5c), the officers (R-2.6.1, R-2.16) and the framework (R-2.7, R-2.7doc)', () => {
    for (const id of ['R-APPROVE', 'R-2.5c', 'R-2.6.1', 'R-2.16', 'R-2.7', 'R-2.7doc']) assert.ok(compliance.gateOperating.includes(id), id);
  });
  it('R-APPROVE: nothing the partnership can only do once it runs (a due duty) gates the step to operating', () => {
    const due = REQUIREMENTS.filter((q) => q.kind === 'due').map((q) => q.id);
    assert.ok(due.length > 0);
    for (const id of due) assert.ok(!compliance.gateOperating.includes(id), id);
  });
  it('proportionate governance (2.7): a minor arrangement is spared the communications strategy (R-2.10) and scrutiny’s arrangement (R-2.17); standard and significant are spared nothing', () => {
    assert.ok(compliance.notForTiers.minor.includes('R-2.10'));
    assert.ok(compliance.notForTiers.minor.includes('R-2.17'));
    assert.deepEqual([...compliance.notForTiers.standard], []);
    assert.deepEqual([...compliance.notForTiers.significant], []);
  });
  it('the tiers’ bands are in order: minor ends at or below where significant starts', () => {
    assert.ok(compliance.tiers.minorBelowPence <= compliance.tiers.significantFromPence);
  });
});

describe('compliance configuration: a council’s file', () => {
  it('one threshold changed, the rest of the tiers kept', () => {
    const config = parsed({ compliance: { tiers: { significantFromPence: 10_000_000 } } });
    assert.equal(config.compliance.tiers.significantFromPence, 10_000_000);
    assert.equal(config.compliance.tiers.minorBelowPence, compliance.tiers.minorBelowPence);
    assert.deepEqual(config.compliance.gateOperating, compliance.gateOperating);
    assert.deepEqual(config.governance, DEFAULT_PROTOCOL_CONFIG.governance);
  });
  it('a list replaces the default’s whole: the council gates operating on R-APPROVE alone', () => {
    assert.deepEqual([...parsed({ compliance: { gateOperating: ['R-APPROVE'] } }).compliance.gateOperating], ['R-APPROVE']);
  });
  it('one tier’s list changed, the other tiers’ kept', () => {
    const config = parsed({ compliance: { notForTiers: { standard: ['R-2.6.12'] } } });
    assert.deepEqual([...config.compliance.notForTiers.standard], ['R-2.6.12']);
    assert.deepEqual(config.compliance.notForTiers.minor, compliance.notForTiers.minor);
  });

  const refused: Array<[string, unknown, string[]]> = [
    ['a requirement id requirements.md does not have, with its place in the list', { compliance: { gateOperating: ['R-APPROVE', 'R-9.9'] } }, ['compliance.gateOperating[1]']],
    ['a tier the engine does not know', { compliance: { notForTiers: { tiny: [] } } }, ['compliance.notForTiers']],
    ['an unknown requirement id under a tier', { compliance: { notForTiers: { minor: ['R-2.10', '2.10'] } } }, ['compliance.notForTiers.minor[1]']],
    ['pounds with pence as a fraction', { compliance: { tiers: { minorBelowPence: 10_000.5 } } }, ['compliance.tiers.minorBelowPence']],
    ['a negative threshold', { compliance: { tiers: { significantFromPence: -1 } } }, ['compliance.tiers.significantFromPence']],
    ['a minor band reaching past where significant starts', { compliance: { tiers: { minorBelowPence: 30_000_000 } } }, ['compliance.tiers.minorBelowPence']],
    ['no years at all for significant by duration', { compliance: { tiers: { significantFromYears: 0 } } }, ['compliance.tiers.significantFromYears']],
    ['an unknown legal form among the significant ones', { compliance: { tiers: { significantLegalForms: ['latco', 'charity'] } } }, ['compliance.tiers.significantLegalForms[1]']],
    ['an attestation that never expires', { compliance: { attestationMonths: 0 } }, ['compliance.attestationMonths']],
    ['an unknown key in the compliance section', { compliance: { gates: {} } }, ['compliance']],
    ['a list where the tiers belong', { compliance: { tiers: [] } }, ['compliance.tiers']],
  ];
  for (const [name, given, paths] of refused) {
    it(`refused: ${name}`, () => {
      const result = parseProtocolConfig(given);
      assert.equal(result.ok, false);
      if (!result.ok) assert.deepEqual(result.issues.map((i) => i.path), paths, JSON.stringify(result.issues));
    });
  }
  it('every problem at once, in both sections', () => {
    const result = parseProtocolConfig({ governance: { requiredDocuments: { informal: ['memo'] } }, compliance: { tiers: { minorBelowPence: 30_000_000 } } });
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.issues.map((i) => i.path), ['governance.requiredDocuments.informal[0]', 'compliance.tiers.minorBelowPence']);
  });
  it('refused with the words to put it right', () => {
    const result = parseProtocolConfig({ compliance: { gateOperating: ['R-9.9'] } });
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.issues[0]!.message, /requirement id of requirements\.md/);
  });
});
