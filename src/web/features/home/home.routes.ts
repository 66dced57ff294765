// The home page: the register at a glance, and the areas of Accord this user may use.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { can, partnershipReach, ROLE_DESCRIPTIONS } from '../../../domain/access/roles.ts';
import { anyUsers } from '../../../app/queries/directory.queries.ts';
import { registerSummary } from '../../../app/queries/register.queries.ts';
import { overdueActionsFor } from '../../../app/queries/actions.queries.ts';
import { actionInWords } from '../../../domain/actions/action.ts';
import { principalOf } from '../../context.ts';
import { dashboardView } from './dashboard.view-model.ts';
import { keepsRegister } from '../../shared/keeper.ts';

// What the roadmap brings next, named in the protocol's words so officers recognise it.
const COMING = [
  { title: 'Screening and approval', text: 'Whether an arrangement is a partnership under the protocol, and the gates to approval.' },
  { title: 'Governance and compliance', text: 'Each partnership’s governance framework, checked clause by clause.' },
  { title: 'Performance and risk', text: 'Outcome indicators, shared risk registers and annual reviews.' },
  { title: 'Exit and scrutiny', text: 'Exit strategies, dissolution and Overview & Scrutiny.' },
];

export function homeRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/', { config: { access: 'public' } }, async (request, reply) => {
      // Signed-out visitors sign in; on an empty database the first visit sets Accord up.
      if (!request.user) {
        return reply.redirect((await anyUsers(deps)) ? '/sign-in' : '/setup', 303);
      }
      const user = request.user;
      const summary = can(user.role, 'register.view') ? await registerSummary(deps, principalOf(request)) : null;
      // R-2.8d: the actions arising from decisions that this user owns and are overdue.
      const overdue = can(user.role, 'register.view') ? await overdueActionsFor(deps, principalOf(request)) : [];
      const areas = [
        { title: 'What’s due', href: '/due', text: 'What falls to you: reports, measurements, risk reviews, plan refreshes, annual reviews and actions, overdue first.' },
        can(user.role, 'council-due.view') && { title: 'What’s due across the partnerships', href: '/due/council', text: 'Everything the partnerships owe in the coming weeks and everything overdue, whoever it falls to.' },
        can(user.role, 'register.view') && { title: 'Partnership register', href: '/partnerships', text: partnershipReach(user.role) === 'any' ? 'Every partnership, its partners, people, purpose and money.' : 'The partnerships your organisation is a partner in: their partners, people, purpose and money.' },
        keepsRegister(user.role) && { title: 'Register a partnership', href: '/partnerships/new', text: 'Record a partnership the council is entering or considering.' },
        can(user.role, 'register.view') && { title: 'Compliance', href: '/compliance', text: 'How every partnership measures up to the protocol, and the gaps by clause (R-2.9).' },
        can(user.role, 'register.view') && { title: 'Performance', href: '/performance', text: 'Every partnership’s outcome indicators, rated against their targets (R-2.9).' },
        can(user.role, 'register.view') && { title: 'Risks', href: '/risks', text: 'Every partnership’s open risks by band, on one heat map, overdue reviews first (R-2.6.8).' },
        can(user.role, 'register.view') && { title: 'Decisions register', href: '/decisions', text: 'Every decision of the partnerships’ meetings, with its outcome and why (R-2.8a).' },
        can(user.role, 'directory.view') && { title: 'Organisations', href: '/organisations', text: 'The council’s partners, by sector.' },
        can(user.role, 'directory.view') && { title: 'People', href: '/people', text: 'Officers, councillors and partners’ representatives.' },
        can(user.role, 'users.view') && { title: 'Users', href: '/users', text: 'Who can use Accord and in which role.' },
        can(user.role, 'audit.view') && { title: 'Audit trail', href: '/audit', text: 'Every change, who made it and when.' },
        can(user.role, 'configuration.view') && { title: 'Protocol configuration', href: '/admin/protocol-configuration', text: 'The governance, tiers and checks Accord applies, as the council has set them.' },
        can(user.role, 'configuration.view') && { title: 'Risk matrix', href: '/admin/risk-matrix', text: 'The scales and bands the partnerships’ risks are scored on, and how often each band is reviewed.' },
        { title: 'Your account', href: '/account', text: 'Your details, password and API tokens.' },
      ].filter(Boolean);
      return reply.view('home/dashboard', {
        title: 'Home',
        columns: 'full',
        roleDescription: ROLE_DESCRIPTIONS[user.role],
        canRegister: keepsRegister(user.role),
        summary: summary && dashboardView(summary),
        areas,
        coming: COMING,
        overdueActions: overdue.map((a) => ({ text: `${actionInWords(a)} (${a.partnershipName})`, href: `/partnerships/${a.partnershipId}/actions/${a.id}` })),
      });
    });
  };
}
