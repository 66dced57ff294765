// What the partnership workspace's HTTP tests start from: the app over the suite's database, a register
// to draw on (the council, partners, council officers, priorities), an officer and internal audit signed
// in on the pages and holding API tokens, and partnerships of the council and a partner to work on.
import type { PartnershipDetails } from '../../src/domain/register/partnership.ts';
import type { PartnershipView } from '../../src/domain/register/records.ts';
import { SYSTEM, type Clock } from '../../src/app/deps.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import type { Database } from '../../src/db/database.ts';
import { ApiClient, loadContract, seedRegister, userWithToken, type Register } from '../integration/api-helpers.ts';
import { startApp, type Client, type TestApp } from './app.ts';
import { makeUser, partnershipDetails, signedIn } from './factories.ts';

export interface Workspace {
  t: TestApp;
  r: Register;
  /** An officer and internal audit on the pages, */
  officer: Client;
  auditor: Client;
  /** and on the API. */
  api: ApiClient;
  auditorApi: ApiClient;
  /** Registers a partnership named `<name> <n>`, of the council (lead) and the register's first partner (member), both voting. */
  partnership(overrides?: Partial<PartnershipDetails>): Promise<PartnershipView>;
}

/**
 * Call in `before`, and close `t` in `after`. `name` starts each partnership's name, so a failure says
 * whose it is; a `clock` the test moves by hand (TestClock) is the app's and the commands' clock.
 */
export async function openWorkspace(database: Database, name: string, options: { clock?: Clock } = {}): Promise<Workspace> {
  const t = await startApp(database, options);
  const r = await seedRegister(t.deps);
  const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
  const auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
  const contract = await loadContract(t.app);
  const api = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'officer')).token);
  const auditorApi = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'auditor')).token);
  let n = 0;
  const partnership = (overrides: Partial<PartnershipDetails> = {}) =>
    createPartnership(
      t.deps,
      SYSTEM,
      partnershipDetails({
        name: `${name} ${++n}`,
        partners: [
          { organisationId: r.council.id, role: 'lead', memberStatus: 'voting' },
          { organisationId: r.partners[0]!.id, role: 'member', memberStatus: 'voting' },
        ],
        ...overrides,
      }),
    );
  return { t, r, officer, auditor, api, auditorApi, partnership };
}
