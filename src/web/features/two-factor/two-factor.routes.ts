// Your account's two-factor sign-in: whether it is on and required, setting it up (and again on a new
// phone), new recovery codes, turning it off where the role allows; and an administrator's reset for
// someone who has lost their phone.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { beginSetUp, confirmSetUp, renewRecoveryCodes, resetTwoFactor, setUpView, turnOff, twoFactorState } from '../../../app/two-factor.service.ts';
import { user as userById } from '../../../app/queries/directory.queries.ts';
import { mayTurnOff, groupSecret } from '../../../domain/accounts/two-factor.ts';
import { principalOf, requestContext } from '../../context.ts';
import { parseForm, errorView } from '../../forms/form.ts';
import { showForm, submitForm, type FormPage } from '../../forms/pipeline.ts';
import { setFlash } from '../../plugins/flash.ts';
import { NotFoundError } from '../../../app/errors.ts';
import { idParam } from '../../shared/params.ts';
import { SET_UP_PATH, standingOf } from './two-factor-required.ts';

const codeForm = z.object({
  code: z.string({ error: 'Enter the 6-digit code from your authenticator app' }).trim().min(1, 'Enter the 6-digit code from your authenticator app').max(40, 'Enter the 6-digit code your authenticator app shows now'),
});
const passwordForm = z.object({
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(1024, 'Your password is not correct'),
});
const recoveryCodesView = (codes: string[], again: boolean) => ({
  view: 'two-factor/recovery-codes',
  data: { title: 'Your recovery codes', codes, again },
});

export function twoFactorRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const own = { config: { access: 'account.manage-own' as const } };

    app.get(SET_UP_PATH, own, async (request, reply) => {
      const state = await twoFactorState(deps, request.user!.id);
      const standing = standingOf(request);
      return reply.view('two-factor/show', {
        title: 'Two-factor sign-in',
        state,
        standing,
        mayTurnOff: mayTurnOff(standing).may,
        ...(standing.mustSetUp ? {} : { backLink: '/account' }),
      });
    });

    // Starting changes data (a new secret), so it is a POST; the page it leads to shows the secret.
    app.post(`${SET_UP_PATH}/start`, own, async (request, reply) => {
      await beginSetUp(deps, requestContext(request), app.twoFactor.box, request.user!.id);
      return reply.redirect(`${SET_UP_PATH}/set-up`, 303);
    });

    const setUp = (request: FastifyRequest): FormPage<Record<string, unknown>, z.infer<typeof codeForm>, { recoveryCodes: string[]; again: boolean }> => ({
      read: (body) => (body && typeof body === 'object' ? (body as Record<string, unknown>) : {}),
      parse: (typed) => parseForm(codeForm, typed),
      render: async (reply, _typed, errors) => {
        const view = await setUpView(deps, app.twoFactor.box, request.user!, app.twoFactor.issuer);
        if (!view) {
          setFlash(reply, 'Start setting up two-factor sign-in again');
          return reply.redirect(SET_UP_PATH, 303);
        }
        return reply.view('two-factor/set-up', { title: 'Set up two-factor sign-in', qr: view.svg, secret: groupSecret(view.secret), backLink: SET_UP_PATH, ...errorView(errors) });
      },
      command: async (value) => {
        const wasOn = request.user!.twoFactorOn === true;
        return { ...(await confirmSetUp(deps, requestContext(request), app.twoFactor.box, request.user!, value.code)), again: wasOn };
      },
      done: (made) => recoveryCodesView(made.recoveryCodes, made.again),
    });
    app.get(`${SET_UP_PATH}/set-up`, own, async (request, reply) => showForm(reply, setUp(request), {}));
    app.post(`${SET_UP_PATH}/set-up`, own, async (request, reply) => submitForm(request, reply, setUp(request)));

    const renew = (request: FastifyRequest): FormPage<Record<string, unknown>, z.infer<typeof codeForm>, { recoveryCodes: string[] }> => ({
      read: (body) => (body && typeof body === 'object' ? (body as Record<string, unknown>) : {}),
      parse: (typed) => parseForm(codeForm, typed),
      render: (reply, _typed, errors) => reply.view('two-factor/renew', { title: 'Make new recovery codes', backLink: SET_UP_PATH, ...errorView(errors) }),
      command: (value) => renewRecoveryCodes(deps, requestContext(request), app.twoFactor.box, request.user!.id, value.code),
      done: (made) => recoveryCodesView(made.recoveryCodes, true),
    });
    const requireOn = async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.user!.twoFactorOn) return null;
      return reply.redirect(SET_UP_PATH, 303);
    };
    app.get(`${SET_UP_PATH}/recovery-codes`, own, async (request, reply) => (await requireOn(request, reply)) ?? showForm(reply, renew(request), {}));
    app.post(`${SET_UP_PATH}/recovery-codes`, own, async (request, reply) => (await requireOn(request, reply)) ?? submitForm(request, reply, renew(request)));

    const off = (request: FastifyRequest): FormPage<Record<string, unknown>, z.infer<typeof passwordForm>, void> => ({
      read: (body) => (body && typeof body === 'object' ? (body as Record<string, unknown>) : {}),
      parse: (typed) => parseForm(passwordForm, typed),
      render: (reply, _typed, errors) => {
        const verdict = mayTurnOff(standingOf(request));
        return reply.view('two-factor/turn-off', { title: 'Turn off two-factor sign-in', refusal: verdict.may ? null : verdict.reason, backLink: SET_UP_PATH, ...errorView(errors) });
      },
      command: (value) => turnOff(deps, requestContext(request), { userId: request.user!.id, password: value.password, standing: standingOf(request) }),
      done: () => ({ flash: 'Two-factor sign-in is off. You sign in with your password alone', to: SET_UP_PATH }),
    });
    app.get(`${SET_UP_PATH}/turn-off`, own, async (request, reply) => showForm(reply, off(request), {}));
    app.post(`${SET_UP_PATH}/turn-off`, own, async (request, reply) => submitForm(request, reply, off(request)));

    // An administrator, for someone who has lost their phone and their recovery codes.
    const manage = { config: { access: 'users.manage' as const } };
    const shown = async (request: FastifyRequest) => {
      const found = await userById(deps, principalOf(request), idParam((request.params as { id: string }).id));
      if (!found) throw new NotFoundError('No such user');
      return found;
    };
    app.get<{ Params: { id: string } }>('/users/:id/two-factor/reset', manage, async (request, reply) => {
      const person = await shown(request);
      const state = await twoFactorState(deps, person.id);
      return reply.view('two-factor/reset', { title: `Reset two-factor sign-in for ${person.name}`, shownUser: person, state, backLink: `/users/${person.id}` });
    });
    app.post<{ Params: { id: string } }>('/users/:id/two-factor/reset', manage, async (request, reply) => {
      const person = await shown(request);
      await resetTwoFactor(deps, requestContext(request), person.id);
      setFlash(reply, `${person.name}’s two-factor sign-in has been reset and they have been signed out. They set it up again when they next sign in${app.twoFactor.requiredRoles.includes(person.role) ? ', as their role requires' : ''}`);
      return reply.redirect(`/users/${person.id}`, 303);
    });
  };
}
