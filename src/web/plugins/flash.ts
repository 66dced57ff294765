// One-time success messages across a redirect, kept in a short-lived signed cookie (nothing in memory).
import type { FastifyReply, FastifyRequest } from 'fastify';

const COOKIE = 'accord_flash';

export function setFlash(reply: FastifyReply, message: string): void {
  reply.setCookie(COOKIE, message.slice(0, 300), { ...reply.server.cookieDefaults, signed: true, maxAge: 60 });
}

export function readFlash(request: FastifyRequest, reply: FastifyReply): string | null {
  const raw = request.cookies[COOKIE];
  if (!raw) return null;
  reply.clearCookie(COOKIE, { ...reply.server.cookieDefaults, signed: true });
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid ? unsigned.value : null;
}
