// Migrations, listed explicitly in order. Never edit one once landed; add the next.
import type { Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import * as m0001 from './0001-platform.ts';
import * as m0002 from './0002-register.ts';
import * as m0003 from './0003-audit-keyed-hash.ts';
import * as m0004 from './0004-accounts.ts';
import * as m0005 from './0005-partnership-statuses.ts';
import * as m0006 from './0006-audit-trail-indexes.ts';
import * as m0007 from './0007-audit-partnership.ts';
import * as m0008 from './0008-lifecycle.ts';
import * as m0009 from './0009-screening.ts';
import * as m0010 from './0010-business-case.ts';
import * as m0011 from './0011-documents.ts';
import * as m0012 from './0012-governance.ts';
import * as m0013 from './0013-partner-confirmations.ts';
import * as m0014 from './0014-compliance.ts';
import * as m0015 from './0015-partner-representative-role.ts';
import * as m0016 from './0016-password-resets.ts';
import * as m0017 from './0017-invitations.ts';
import * as m0018 from './0018-single-sign-on.ts';
import * as m0019 from './0019-council-roles.ts';
import * as m0020 from './0020-two-factor.ts';
import * as m0021 from './0021-decision-rules.ts';
import * as m0022 from './0022-interests.ts';
import * as m0023 from './0023-meetings.ts';
import * as m0024 from './0024-actions.ts';
import * as m0025 from './0025-decision-notices.ts';
import * as m0026 from './0026-forward-plan.ts';
import * as m0027 from './0027-representatives-authority.ts';
import * as m0028 from './0028-calendar-links.ts';
import * as m0029 from './0029-action-arising-from.ts';
import * as m0030 from './0030-rule-changes.ts';
import * as m0031 from './0031-performance.ts';
import * as m0032 from './0032-overlap-words.ts';
import * as m0033 from './0033-reporting.ts';
import * as m0034 from './0034-action-plans.ts';
import * as m0035 from './0035-risk-register.ts';
import * as m0036 from './0036-risk-controls.ts';
import * as m0037 from './0037-performance-issues.ts';
import * as m0038 from './0038-performance-challenges.ts';
import * as m0039 from './0039-annual-reviews.ts';
import * as m0040 from './0040-digest-sends.ts';
import * as m0041 from './0041-plan-action-risks.ts';
import * as m0042 from './0042-risk-matrix.ts';
import * as m0043 from './0043-funding-proposals.ts';
import * as m0044 from './0044-exit-provisions.ts';
import * as m0045 from './0045-dissolution-checklist.ts';
import * as m0046 from './0046-publications.ts';

export interface MigrationContext {
  dialect: DialectName;
}

export interface MigrationModule {
  up(db: Kysely<any>, context: MigrationContext): Promise<void>;
}

export const MIGRATIONS: ReadonlyArray<readonly [string, MigrationModule]> = [
  ['0001-platform', m0001],
  ['0002-register', m0002],
  ['0003-audit-keyed-hash', m0003],
  ['0004-accounts', m0004],
  ['0005-partnership-statuses', m0005],
  ['0006-audit-trail-indexes', m0006],
  ['0007-audit-partnership', m0007],
  ['0008-lifecycle', m0008],
  ['0009-screening', m0009],
  ['0010-business-case', m0010],
  ['0011-documents', m0011],
  ['0012-governance', m0012],
  ['0013-partner-confirmations', m0013],
  ['0014-compliance', m0014],
  ['0015-partner-representative-role', m0015],
  ['0016-password-resets', m0016],
  ['0017-invitations', m0017],
  ['0018-single-sign-on', m0018],
  ['0019-council-roles', m0019],
  ['0020-two-factor', m0020],
  ['0021-decision-rules', m0021],
  ['0022-interests', m0022],
  ['0023-meetings', m0023],
  ['0024-actions', m0024],
  ['0025-decision-notices', m0025],
  ['0026-forward-plan', m0026],
  ['0027-representatives-authority', m0027],
  ['0028-calendar-links', m0028],
  ['0029-action-arising-from', m0029],
  ['0030-rule-changes', m0030],
  ['0031-performance', m0031],
  ['0032-overlap-words', m0032],
  ['0033-reporting', m0033],
  ['0034-action-plans', m0034],
  ['0035-risk-register', m0035],
  ['0036-risk-controls', m0036],
  ['0037-performance-issues', m0037],
  ['0038-performance-challenges', m0038],
  ['0039-annual-reviews', m0039],
  ['0040-digest-sends', m0040],
  ['0041-plan-action-risks', m0041],
  ['0042-risk-matrix', m0042],
  ['0043-funding-proposals', m0043],
  ['0044-exit-provisions', m0044],
  ['0045-dissolution-checklist', m0045],
  ['0046-publications', m0046],
];

export const MIGRATION_NAMES = MIGRATIONS.map(([name]) => name);
