// Your API tokens: the list, making one (shown once, on the page that answers the form, never again:
// only its SHA-256 is kept), and revoking one after a confirmation.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { createApiToken, revokeOwnApiToken, TOKEN_NAME_MAX } from '../../../app/api-tokens.service.ts';
import type { AppDeps } from '../../../app/deps.ts';
import { ownApiToken, ownApiTokens } from '../../../app/queries/directory.queries.ts';
import { DEFAULT_TOKEN_LIFETIME_DAYS, TOKEN_LIFETIMES, tokenExpired } from '../../../domain/accounts/token-expiry.ts';
import type { ApiToken } from '../../../db/repositories/api-tokens.repo.ts';
import { principalOf, requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { text } from '../../../app/schemas/fields.ts';
import { errorView, formInput, parseForm } from '../../forms/form.ts';
import { showForm, submitForm, type FormPage } from '../../forms/pipeline.ts';
import { idParam } from '../../shared/params.ts';

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
    const access = { config: { access: 'account.manage-own' as const } };

    /** One of the signed-in user's own tokens; anyone else's is simply not found. */
    const ownToken = async (request: FastifyRequest<{ Params: { id: string } }>): Promise<ApiToken> => {
      const token = await ownApiToken(deps, principalOf(request), idParam(request.params.id));
      if (!token) throw new PageNotFoundError();
      return token;
    };

    const newToken = (request: FastifyRequest): FormPage<unknown, z.infer<typeof newTokenForm>, { id: string; token: string; expiresAt: string; name: string }> => ({
      read: (body) => body,
      parse: (body) => parseForm(newTokenForm, body),
      render: (reply, body, errors) => {
        const input = formInput(body);
        return reply.view('account/tokens-new', { title: 'Make an API token', backLink: '/account/tokens', input, lifetimeItems: lifetimeItems(input.lifetime), ...errorView(errors) });
      },
      command: async (value) => ({
        ...(await createApiToken(deps, requestContext(request), { userId: request.user!.id, name: value.name, lifetimeDays: value.lifetime })),
        name: value.name,
      }),
      // A refusal that names no field (the account was deactivated) is shown at the name.
      fieldOf: (p) => p.field || 'name',
      // Shown here once and never again; the page is not stored by any cache (Cache-Control: no-store).
      done: (made) => ({ view: 'account/tokens-created', data: { title: 'Your new API token', name: made.name, token: made.token, tokenId: made.id, expiresAt: made.expiresAt } }),
    });

    /** The confirmation has nothing to fill in: the button is the answer. */
    const revoke = (request: FastifyRequest, token: ApiToken): FormPage<unknown, null, void> => ({
      read: (body) => body,
      parse: () => ({ ok: true, value: null }),
      render: (reply) => reply.view('account/tokens-revoke', { title: `Revoke ${token.name}`, backLink: '/account/tokens', token }),
      command: () => revokeOwnApiToken(deps, requestContext(request), { userId: request.user!.id, tokenId: token.id }),
      done: () => ({ flash: `${token.name} has been revoked: it no longer works`, to: '/account/tokens' }),
    });

    app.get('/account/tokens', access, async (request, reply) => {
      const tokens = await ownApiTokens(deps, principalOf(request));
      const now = deps.clock.now().getTime();
      const working = (t: ApiToken) => !t.revokedAt && !tokenExpired(t.expiresAt === null ? null : Date.parse(t.expiresAt), now);
      return reply.view('account/tokens', {
        title: 'API tokens',
        backLink: '/account',
        active: tokens.filter(working),
        revoked: tokens.filter((t) => !working(t)),
      });
    });

    app.get('/account/tokens/new', access, async (request, reply) => showForm(reply, newToken(request), {}));

    app.post('/account/tokens', access, async (request, reply) => submitForm(request, reply, newToken(request)));

    app.get<{ Params: { id: string } }>('/account/tokens/:id/revoke', access, async (request, reply) => {
      const token = await ownToken(request);
      if (token.revokedAt) return reply.redirect('/account/tokens', 303);
      return showForm(reply, revoke(request, token), null);
    });

    app.post<{ Params: { id: string } }>('/account/tokens/:id/revoke', access, async (request, reply) =>
      submitForm(request, reply, revoke(request, await ownToken(request))),
    );
  };
}
