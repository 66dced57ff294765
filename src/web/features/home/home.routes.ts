// The home page: a dashboard of the areas of Accord this user may use.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { can, ROLE_DESCRIPTIONS } from '../../../domain/access/roles.ts';
import { countUsers } from '../../../db/repositories/users.repo.ts';

// What the roadmap brings next, named in the protocol's words so officers recognise it.
const COMING = [
  { title: 'Partnership register', text: 'Every partnership, its partners, people, purpose and money, on one searchable list.' },
  { title: 'Screening and approval', text: 'Whether an arrangement is a partnership under the protocol, and the gates to approval.' },
  { title: 'Governance and compliance', text: 'Each partnership’s governance framework, checked clause by clause.' },
  { title: 'Meetings and decisions', text: 'Quorum, votes, declarations of interest and actions arising.' },
  { title: 'Performance and risk', text: 'Outcome indicators, shared risk registers and annual reviews.' },
  { title: 'Exit and scrutiny', text: 'Exit strategies, dissolution and Overview & Scrutiny.' },
];

export function homeRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/', { config: { access: 'public' } }, async (request, reply) => {
      // Signed-out visitors sign in; on an empty database the first visit sets Accord up.
      if (!request.user) {
        const anyUsers = (await countUsers(deps.database.db)) > 0;
        return reply.redirect(anyUsers ? '/sign-in' : '/setup', 303);
      }
      const user = request.user;
      const areas = [
        can(user.role, 'users.view') && { title: 'Users', href: '/users', text: 'Who can use Accord and in which role.' },
        can(user.role, 'audit.view') && { title: 'Audit trail', href: '/audit', text: 'Every change, who made it and when.' },
        { title: 'Your account', href: '/account', text: 'Your details and your password.' },
      ].filter(Boolean);
      return reply.view('home/dashboard', {
        title: 'Home',
        columns: 'full',
        roleDescription: ROLE_DESCRIPTIONS[user.role],
        areas,
        coming: COMING,
      });
    });
  };
}
