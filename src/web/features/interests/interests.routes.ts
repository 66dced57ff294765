// A person's register of interests under /people/:id/interests: adding, changing and removing an
// interest through the one form pipeline, the form drawn from the interest's description (the record form).
// The register itself is shown on the person's page (people.routes.ts), read through interestsOf, which
// withholds a sensitive interest's confidential fields from whoever may not read them; such a reader is
// refused its change and remove pages too. Works without JavaScript.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { addInterest, changeInterest, interestInputProblems, removeInterestOf } from '../../../app/interests.service.ts';
import { interestForm } from '../../../app/interests/interest.description.ts';
import { interestOf, type InterestView } from '../../../app/queries/interests.queries.ts';
import { person as personQuery } from '../../../app/queries/directory.queries.ts';
import { recordChoices } from '../../../app/records/record-queries.ts';
import type { Interest, InterestInput } from '../../../domain/interests/interest.ts';
import { INTEREST_KIND_LABELS, SENSITIVE_UNTOUCHABLE } from '../../../domain/interests/interest.ts';
import { principalOf, requestContext } from '../../context.ts';
import { submitForm, type FormPage } from '../../forms/pipeline.ts';
import type { FieldError } from '../../forms/form.ts';
import { besideFormErrors, formFieldOf, inFormOrder, parseRecordForm, readRecordForm, recordFormView, recordToForm, type RecordForm } from '../../records/record-form.ts';
import { idParam } from '../../shared/params.ts';
import { PageNotFoundError } from '../../errors.ts';

type Params = { id: string };
type OneParams = Params & { interestId: string };

const ADD = { kind: 'add' } as const;
const home = (personId: string) => `/people/${personId}#interests`;
const base = (personId: string) => `/people/${personId}/interests`;

export function interestsRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const manage = { config: { access: 'interests.manage' as const } };
    const personOf = async (request: FastifyRequest<{ Params: Params }>) => {
      const found = await personQuery(deps, principalOf(request), idParam(request.params.id));
      if (!found) throw new PageNotFoundError();
      return found;
    };
    const interestFor = async (request: FastifyRequest<{ Params: OneParams }>) => interestOf(deps, principalOf(request), idParam(request.params.id), idParam(request.params.interestId));
    /** One the reader may not see whole is not theirs to change: the same refusal as the use case's, before any form. */
    const touchable = (reply: FastifyReply, personId: string, interest: InterestView) =>
      interest.withheld
        ? reply.code(403).view('interests/remove', {
            title: 'This interest cannot be changed',
            heading: 'This interest cannot be changed',
            personName: null,
            refusal: [{ message: SENSITIVE_UNTOUCHABLE }],
            returnHref: home(personId),
            backLink: home(personId),
          })
        : null;

    const formPage = (request: FastifyRequest, person: { id: string; name: string }, interest: Interest | null): FormPage<RecordForm, InterestInput, Interest> => {
      const heading = interest ? `Change the interest in ${interest.body}` : 'Add an interest';
      const action = interest ? `${base(person.id)}/${interest.id}` : base(person.id);
      return {
        read: (body) => readRecordForm(interestForm, ADD, body),
        async parse(typed) {
          const parsed = parseRecordForm(interestForm, ADD, typed);
          if (parsed.ok) return { ok: true, value: parsed.value as unknown as InterestInput };
          // The interest's rules on the answers that parsed, beside the schema's: every problem in one round.
          const rules = (await interestInputProblems(deps.database.db, parsed.known as Partial<InterestInput>)).map((p) => ({ field: formFieldOf(interestForm, ADD, p.field), message: p.message }));
          return { ok: false, errors: inFormOrder(interestForm, besideFormErrors(interestForm, parsed.errors, rules)) };
        },
        async render(reply, typed, errors: readonly FieldError[]) {
          const choices = await recordChoices(deps, interestForm);
          return reply.view('interests/form', {
            title: heading,
            heading,
            personName: person.name,
            backLink: home(person.id),
            formAction: action,
            submit: interest ? 'Save changes' : 'Add the interest',
            cancelHref: home(person.id),
            ...recordFormView(interestForm, ADD, typed, errors, choices),
          });
        },
        command: (value) =>
          interest ? changeInterest(deps, requestContext(request), principalOf(request), person.id, interest.id, value) : addInterest(deps, requestContext(request), principalOf(request), person.id, value),
        fieldOf: (problem) => formFieldOf(interestForm, ADD, problem.field),
        done: (saved) => ({ flash: `${INTEREST_KIND_LABELS[saved.kind]} ${interest ? 'changed' : 'added'} for ${person.name}`, to: home(person.id) }),
      };
    };

    app.get<{ Params: Params }>('/people/:id/interests/new', manage, async (request, reply) => {
      const person = await personOf(request);
      return formPage(request, person, null).render(reply, { sensitive: 'false' }, []);
    });
    app.post<{ Params: Params }>('/people/:id/interests', manage, async (request, reply) => submitForm(request, reply, formPage(request, await personOf(request), null)));

    app.get<{ Params: OneParams }>('/people/:id/interests/:interestId/edit', manage, async (request, reply) => {
      const [person, interest] = await Promise.all([personOf(request), interestFor(request)]);
      return touchable(reply, person.id, interest) ?? formPage(request, person, interest).render(reply, recordToForm(interestForm, interest), []);
    });
    app.post<{ Params: OneParams }>('/people/:id/interests/:interestId', manage, async (request, reply) => {
      const [person, interest] = await Promise.all([personOf(request), interestFor(request)]);
      return touchable(reply, person.id, interest) ?? submitForm(request, reply, formPage(request, person, interest));
    });

    const removePage = (request: FastifyRequest, person: { id: string; name: string }, interest: Interest): FormPage<Record<string, never>, Record<string, never>, Interest> => ({
      read: () => ({}),
      parse: () => ({ ok: true, value: {} }),
      render: (reply, _typed, errors) =>
        reply.view('interests/remove', {
          title: `Remove the interest in ${interest.body}?`,
          heading: `Are you sure you want to remove the interest in ${interest.body} from ${person.name}’s register?`,
          personName: person.name,
          refusal: errors,
          ...(errors.length ? { errorList: errors.map((e) => ({ text: e.message, href: '#sensitive' })) } : {}),
          formAction: `${base(person.id)}/${interest.id}/remove`,
          returnHref: home(person.id),
          backLink: home(person.id),
        }),
      command: () => removeInterestOf(deps, requestContext(request), principalOf(request), person.id, interest.id),
      done: () => ({ flash: `The interest has been removed from ${person.name}’s register`, to: home(person.id) }),
    });

    app.get<{ Params: OneParams }>('/people/:id/interests/:interestId/remove', manage, async (request, reply) => {
      const [person, interest] = await Promise.all([personOf(request), interestFor(request)]);
      return touchable(reply, person.id, interest) ?? removePage(request, person, interest).render(reply, {}, []);
    });
    app.post<{ Params: OneParams }>('/people/:id/interests/:interestId/remove', manage, async (request, reply) => {
      const [person, interest] = await Promise.all([personOf(request), interestFor(request)]);
      return touchable(reply, person.id, interest) ?? submitForm(request, reply, removePage(request, person, interest));
    });
  };
}
