// Which partnerships a principal may see (src/domain/access/scope.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ROLES } from '../../src/domain/access/roles.ts';
import { inScope, partnershipScope, type PartnershipScope } from '../../src/domain/access/scope.ts';

const A = '0196a3c2-7b1e-7c41-9a2e-3f5d8c1b2a90';
const B = '0196a3c2-7b1e-7c41-9a2e-3f5d8c1b2a91';

describe('partnership scope', () => {
  it('lets the council’s roles see every partnership, whatever ids they carry', () => {
    for (const role of ['administrator', 'officer', 'auditor'] as const) {
      assert.deepEqual(partnershipScope({ role }), { kind: 'all' }, role);
      assert.deepEqual(partnershipScope({ role, partnershipIds: [A] }), { kind: 'all' }, role);
      assert.ok(inScope(partnershipScope({ role }), A), role);
    }
  });

  it('keeps a partner representative to the partnerships in reach, and to none without any', () => {
    const rep = 'partner-representative' as const;
    assert.deepEqual(partnershipScope({ role: rep, partnershipIds: [A] }), { kind: 'only', partnershipIds: [A] });
    assert.equal(inScope(partnershipScope({ role: rep, partnershipIds: [A] }), B), false);
    assert.deepEqual(partnershipScope({ role: rep }), { kind: 'only', partnershipIds: [] }, 'ids not found: nothing, never everything');
    assert.deepEqual(partnershipScope({ role: rep, partnershipIds: null }), { kind: 'only', partnershipIds: [] });
    assert.ok(ROLES.includes(rep));
  });

  it('keeps a scope of some partnerships to exactly those', () => {
    const only: PartnershipScope = { kind: 'only', partnershipIds: [A] };
    assert.equal(inScope(only, A), true);
    assert.equal(inScope(only, B), false);
    assert.equal(inScope({ kind: 'only', partnershipIds: [] }, A), false);
  });
});
