// One error handler: friendly GOV.UK-style pages (problem+json on the API), never a stack trace.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../app/errors.ts';
import { HttpError } from '../errors.ts';
import { apiErrorHandler } from '../api/problem.ts';
import { secureBeforeRouting } from './security.ts';

const TITLES: Record<number, { title: string; paragraphs: string[] }> = {
  400: { title: 'Sorry, there is a problem with what was sent', paragraphs: ['Go back, check what you entered and try again.'] },
  403: { title: 'You do not have permission to see this page', paragraphs: ['If you think you should, ask an Accord administrator.'] },
  404: { title: 'Page not found', paragraphs: ['If you typed the web address, check it is correct.', 'If you pasted the web address, check you copied the entire address.'] },
  405: { title: 'Sorry, that cannot be done here', paragraphs: ['Go back and try again.'] },
  413: { title: 'What you sent is too large', paragraphs: ['Go back, shorten what you entered and try again.'] },
  415: { title: 'Sorry, there is a problem with what was sent', paragraphs: ['Go back and try again.'] },
  500: { title: 'Sorry, there is a problem with the service', paragraphs: ['Try again later. What you were working on has not been saved unless you saw a success message.'] },
};

const CSRF_PAGE = {
  title: 'Your form could not be sent',
  paragraphs: ['This happens when a page has been open for a long time, or after signing in elsewhere. Go back, refresh the page and try again.'],
};

function isApi(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

function signInUrl(request: FastifyRequest): string {
  const target = request.method === 'GET' ? request.url : '/';
  return `/sign-in?returnTo=${encodeURIComponent(target)}`;
}

export function sendProblem(reply: FastifyReply, status: number, title: string, extra: Record<string, unknown> = {}) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title, status, instance: reply.request.url.split('?')[0], ...extra });
}

function page(reply: FastifyReply, status: number, content: { title: string; paragraphs: string[] }) {
  reply.code(status);
  try {
    return reply.view('errors/error', { ...content, requestId: status >= 500 ? String(reply.request.id) : null });
  } catch (error) {
    reply.request.log.error({ err: error }, 'error page could not be rendered');
    return reply.type('text/plain; charset=utf-8').send(content.title);
  }
}

/**
 * A URL Fastify cannot route (undecodable, or a parameter over its length limit) fails before any
 * hook runs: the security headers are added here, and the page is drawn for a signed-out visitor,
 * without echoing the URL.
 */
export function frameworkErrorPage(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const cspNonce = secureBeforeRouting(request, reply);
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  request.log.info({ code: error.code, status }, 'request refused before routing');
  const content = status === 414 ? { title: 'That web address is too long', paragraphs: ['Check the address and try again.'] } : TITLES[400]!;
  return reply.code(status).type('text/html; charset=utf-8').send(reply.server.renderBarePage('errors/error', { ...content, cspNonce }));
}

/** Fastify's frameworkErrors: problem+json on the API, the error page elsewhere; both with the security headers. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (!isApi(request)) return frameworkErrorPage(error, request, reply);
  secureBeforeRouting(request, reply);
  return apiErrorHandler(error, request, reply);
}

export function setupErrors(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    if (isApi(request)) return sendProblem(reply, 404, 'Not found');
    return page(reply, 404, TITLES[404]!);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    let status = error instanceof HttpError ? error.statusCode : error instanceof NotFoundError ? 404 : (error.statusCode ?? 500);
    if (status < 400 || status > 599) status = 500;

    if (status === 401) {
      if (isApi(request)) return sendProblem(reply, 401, 'Authentication required');
      return reply.redirect(signInUrl(request), 303);
    }
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: error.code, status }, error.message);

    const csrf = typeof error.code === 'string' && error.code.startsWith('FST_CSRF');
    if (isApi(request)) {
      const title = status >= 500 ? 'Internal error' : (TITLES[status]?.title ?? 'Request refused');
      return sendProblem(reply, status, title);
    }
    if (csrf) return page(reply, 403, CSRF_PAGE);
    return page(reply, status, TITLES[status] ?? TITLES[status >= 500 ? 500 : 400]!);
  });
}
