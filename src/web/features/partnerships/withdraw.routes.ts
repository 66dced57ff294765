// Withdrawing a partnership entered by mistake, at the address it has always had: the lifecycle's
// withdraw step (decision 24), with the same form and the same use case as /transitions/withdraw.
// It stays on the register, marked withdrawn, with the reason, and its page says so.
import type { AppDeps } from '../../../app/deps.ts';
import { transitionPages } from '../lifecycle/lifecycle.routes.ts';

export function withdrawRoutes(deps: AppDeps) {
  return transitionPages(deps, { url: '/partnerships/:id/withdraw', action: 'withdraw', after: (id) => `/partnerships/${id}` });
}
