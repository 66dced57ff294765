// Your API tokens: the list, making one (shown once, on the page that answers the form, never again:
// only its SHA-256 is kept), and revoking one after a confirmation.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { createApiToken, revokeOwnApiToken, TOKEN_NAME_MAX } from '../../../app/api-tokens.service.ts';
import type { AppDeps } from '../../../app/deps.ts';
import { DEFAULT_TOKEN_LIFETIME_DAYS, TOKEN_LIFETIMES, tokenExpired } from '../../../domain/accounts/token-expiry.ts';
import { UserFacingError, ValidationError } from '../../../app/errors.ts';
import { findApiToken, listApiTokens, type ApiToken } from '../../../db/repositories/api-tokens.repo.ts';
import { requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { text } from '../../../app/schemas/fields.ts';
import { errorView, parseForm, type FieldError } from '../../forms/form.ts';
import { idParam } from '../../shared/params.ts';
import { setFlash } from '../../plugins/flash.ts';

const LIFETIME_ERROR = 'Select how long the token works for';
const newTokenForm = z.object({
  name: text({ missing: 'Enter a name for the token, like “Power BI dashboard”', label: 'Token name', max: TOKEN_NAME_MAX }),
  // A year unless another is chosen (a form without the field, as from an older page, gets the default).
  lifetime: z
    .enum(TOKEN_LIFETIMES.map((l) => String(l.days)) as [string, ...string[]], { error: LIFETIME_ERROR })
    .default(String(DEFAULT_TOKEN_LIFETIME_DAYS))
    .transform(Number),
});

const lifetimeItems = (selected: string | undefined) =>
  TOKEN_LIFETIMES.map((l) => ({ value: String(l.days), text: l.label, checked: String(l.days) === (selected ?? String(DEFAULT_TOKEN_LIFETIME_DAYS)) }));

export function tokensRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const db = deps.database.db;
    const access = { config: { access: 'account.manage-own' as const } };

    /** One of the signed-in user's own tokens; anyone else's is simply not found. */
    const ownToken = async (userId: string, id: unknown): Promise<ApiToken> => {
      const token = await findApiToken(db, idParam(id));
      if (!token || token.userId !== userId) throw new PageNotFoundError();
      return token;
    };

    app.get('/account/tokens', access, async (request, reply) => {
      const tokens = await listApiTokens(db, request.user!.id);
      const now = deps.clock.now().getTime();
      const working = (t: ApiToken) => !t.revokedAt && !tokenExpired(t.expiresAt === null ? null : Date.parse(t.expiresAt), now);
      return reply.view('account/tokens', {
        title: 'API tokens',
        backLink: '/account',
        active: tokens.filter(working),
        revoked: tokens.filter((t) => !working(t)),
      });
    });

    const renderNew = (reply: FastifyReply, input: Record<string, string> = {}, errors: FieldError[] = []) =>
      reply.view('account/tokens-new', { title: 'Make an API token', backLink: '/account/tokens', input, lifetimeItems: lifetimeItems(input.lifetime), ...errorView(errors) });

    app.get('/account/tokens/new', access, async (_request, reply) => renderNew(reply));

    app.post('/account/tokens', access, async (request, reply) => {
      const form = parseForm(newTokenForm, request.body);
      if (!form.ok) return renderNew(reply.code(400), form.input, form.errors);
      try {
        const made = await createApiToken(deps, requestContext(request), { userId: request.user!.id, name: form.value.name, lifetimeDays: form.value.lifetime });
        // Shown here once and never again; the page is not stored by any cache (Cache-Control: no-store).
        return reply.view('account/tokens-created', { title: 'Your new API token', name: form.value.name, token: made.token, tokenId: made.id, expiresAt: made.expiresAt });
      } catch (error) {
        if (error instanceof ValidationError) return renderNew(reply.code(400), form.input, error.problems.map((p) => ({ field: p.field, message: p.message })));
        if (error instanceof UserFacingError) return renderNew(reply.code(400), form.input, [{ field: 'name', message: error.message }]);
        throw error;
      }
    });

    app.get<{ Params: { id: string } }>('/account/tokens/:id/revoke', access, async (request, reply) => {
      const token = await ownToken(request.user!.id, request.params.id);
      if (token.revokedAt) return reply.redirect('/account/tokens', 303);
      return reply.view('account/tokens-revoke', { title: `Revoke ${token.name}`, backLink: '/account/tokens', token });
    });

    app.post<{ Params: { id: string } }>('/account/tokens/:id/revoke', access, async (request, reply) => {
      const token = await ownToken(request.user!.id, request.params.id);
      await revokeOwnApiToken(deps, requestContext(request), { userId: request.user!.id, tokenId: token.id });
      setFlash(reply, `${token.name} has been revoked: it no longer works`);
      return reply.redirect('/account/tokens', 303);
    });
  };
}
