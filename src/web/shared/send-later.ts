// Email is sent after the answer has gone: the person never waits on the mail server, the time taken says
// nothing about whether an account exists, and a failure is logged, never shown.
import type { FastifyRequest } from 'fastify';
import type { Outgoing } from '../../app/password-reset.service.ts';

export function sendLater(request: FastifyRequest, outgoing: Outgoing): void {
  if (!outgoing) return;
  setImmediate(() => {
    outgoing().catch((error: unknown) => request.log.error({ err: error }, 'an email could not be sent'));
  });
}
