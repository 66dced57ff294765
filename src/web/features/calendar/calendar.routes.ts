// Calendars of meetings (R-2.8g), as iCalendar files: a partnership's meetings for anyone who may read it
// (GET /partnerships/:id/meetings.ics), and a user's calendar of the meetings they sit on, by a secret link
// a calendar application subscribes to (GET /calendar/:token.ics), made and stopped under Your account. The
// feeds carry meetings only, never their agendas, so a confidential item does not leave Accord this way.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { calendarPrincipal, makeCalendarLink, stopCalendarLink } from '../../../app/calendar.service.ts';
import type { AppDeps } from '../../../app/deps.ts';
import { calendarFile } from '../../../app/exports/calendar.ts';
import { attachment } from '../../../app/exports/filename.ts';
import { calendarLinkMadeAt, meetingsSatOnBy, partnershipMeetings, type CalendarMeeting } from '../../../app/queries/calendar.queries.ts';
import { meetingEvent } from '../../../app/meetings/calendar-events.ts';
import { principalOf, requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { submitForm, type FormPage } from '../../forms/pipeline.ts';

export function calendarRoutes(deps: AppDeps, publicUrl: string | null) {
  const base = publicUrl ? publicUrl.replace(/\/+$/, '') : '';
  const events = (meetings: readonly CalendarMeeting[]) => meetings.map(({ meeting, partnership }) => meetingEvent(meeting, partnership, `${base}/partnerships/${partnership.id}/meetings/${meeting.id}`));
  const send = (reply: FastifyReply, name: string, filename: string, meetings: readonly CalendarMeeting[]) =>
    reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', attachment(filename))
      .send(calendarFile(name, events(meetings), deps.clock.now()));

  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Params: { id: string } }>('/partnerships/:id/meetings.ics', { config: { access: 'register.view' } }, async (request, reply) => {
      const { partnership, meetings } = await partnershipMeetings(deps, principalOf(request), request.partnership!.id);
      return send(reply, `Meetings: ${partnership.name}`, `${partnership.reference.replace(/[^A-Za-z0-9-]/g, '')}-meetings.ics`, meetings);
    });

    // A calendar application cannot sign in: the link is the key, and reads as its user does now.
    app.get<{ Params: { token: string } }>('/calendar/:token.ics', { config: { access: 'public' } }, async (request, reply) => {
      const principal = await calendarPrincipal(deps, request.params.token);
      if (!principal) throw new PageNotFoundError();
      return send(reply.header('cache-control', 'private, no-store'), 'My partnership meetings', 'meetings.ics', await meetingsSatOnBy(deps, principal));
    });

    const access = { config: { access: 'account.manage-own' as const } };
    const page = async (request: FastifyRequest, reply: FastifyReply) =>
      reply.view('calendar/account', {
        title: 'Your calendar of meetings',
        backLink: '/account',
        madeAt: (await calendarLinkMadeAt(deps, request.user!.id)) ?? null,
        meetings: (await meetingsSatOnBy(deps, principalOf(request))).length,
      });
    app.get('/account/calendar', access, page);

    const make = (request: FastifyRequest): FormPage<unknown, null, string> => ({
      read: (body) => body,
      parse: () => ({ ok: true, value: null }),
      render: (reply) => page(request, reply),
      command: () => makeCalendarLink(deps, requestContext(request), request.user!.id),
      // Shown here once: Accord keeps only its fingerprint (the page is not cached: Cache-Control: no-store).
      done: (token) => ({ view: 'calendar/made', data: { title: 'Your calendar link', link: `${base}/calendar/${token}.ics`, absolute: base !== '' } }),
    });
    app.post('/account/calendar', access, async (request, reply) => submitForm(request, reply, make(request)));

    const stop = (request: FastifyRequest): FormPage<unknown, null, void> => ({
      read: (body) => body,
      parse: () => ({ ok: true, value: null }),
      render: (reply) => page(request, reply),
      command: () => stopCalendarLink(deps, requestContext(request), request.user!.id),
      done: () => ({ flash: 'Your calendar link has been stopped: it no longer works', to: '/account/calendar' }),
    });
    app.post('/account/calendar/stop', access, async (request, reply) => submitForm(request, reply, stop(request)));
  };
}
