// What Accord adds to Fastify's request, reply and route options.
import type { Access } from '../domain/access/roles.ts';
import type { RouteDeclaration } from './plugins/access.ts';
import type { SignedInUser } from '../app/sessions.service.ts';
import type { PartnershipHeader } from '../app/queries/partnership.queries.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. Set by the session plugin. */
    user: SignedInUser | null;
    /** On a route under a partnership, the partnership, read once by the scope hook; otherwise null. */
    partnership: PartnershipHeader | null;
  }
  interface FastifyReply {
    /** Renders a Nunjucks page with the layout's context (council, user, CSRF token, CSP nonce, the partnership). */
    view(template: string, data?: Record<string, unknown>): FastifyReply;
  }
  interface FastifyInstance {
    /** Every route, the access it declares and its scope: read by the authorization tests. */
    routeDeclarations: RouteDeclaration[];
    /** Renders a page with the layout for a signed-out visitor, outside any request's hooks. */
    renderBarePage(template: string, data: Record<string, unknown>): string;
    /** Path, HttpOnly, SameSite=Lax, and Secure behind TLS: every cookie Accord sets starts from these. */
    cookieDefaults: { path: string; httpOnly: boolean; sameSite: 'lax'; secure: boolean };
  }
  interface FastifyContextConfig {
    /** What the route requires. Every route declares one; routes without are denied. */
    access?: Access;
    /** The route takes a file upload as multipart/form-data (the documents' pages, form-bodies.ts). */
    multipart?: boolean;
  }
}

export {};
