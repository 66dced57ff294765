// A real OpenID provider on loopback for the tests (oidc-provider), with one client for Accord and test
// accounts whose claims a test sets. `tamper` re-signs the ID token the token endpoint returns, with the
// provider's own key, so a test can show Accord refuses a wrong issuer, audience or an expired token even
// when the signature is good. `signIn` plays the person at the provider's (development) login pages.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'accord-test';
export const CLIENT_SECRET = 'accord-test-secret-that-is-long-enough';
export const PUBLIC_URL = 'http://accord.test';

export interface TestOidc {
  issuer: string;
  /** sub → claims the provider gives that account (email, email_verified, name, roles, tid…). */
  accounts: Map<string, Record<string, unknown>>;
  /** Changes the next ID tokens' claims (re-signed with the provider's key); null: as the provider made them. */
  tamper: ((claims: Record<string, unknown>) => Record<string, unknown>) | null;
  /** Accord's settings for this provider. */
  env(extra?: Record<string, string>): Record<string, string>;
  /**
   * Follows the browser from the provider's authorization URL through its login and consent pages,
   * signing in as `sub`; the Accord callback address (path and query) the provider sends back to.
   */
  signIn(authorizationUrl: string, sub: string): Promise<string>;
  /** Follows the provider's sign-out page (confirming it); where the provider sends the browser at the end. */
  signOut(endSessionUrl: string): Promise<string>;
  close(): Promise<void>;
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function resign(token: string, key: KeyObject, change: (claims: Record<string, unknown>) => Record<string, unknown>): string {
  const [header, payload] = token.split('.');
  const claims = change(JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>);
  const input = `${header}.${b64url(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** A small cookie jar per host: the provider's interaction and session cookies. */
class Browser {
  private readonly cookies = new Map<string, string>();
  async go(url: string, init: { method?: string; body?: string } = {}): Promise<Response> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (init.body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(url, { method: init.method ?? 'GET', headers, body: init.body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}

function formOf(html: string): { action: string; fields: Record<string, string> } {
  const form = /<form([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
  const action = form && /action="([^"]+)"/.exec(form[1]!);
  if (!form || !action) throw new Error(`no form on the provider's page: ${html.slice(0, 300)}`);
  const fields: Record<string, string> = {};
  for (const [input] of form[2]!.matchAll(/<input[^>]*>/gi)) {
    const name = /name="([^"]+)"/.exec(input)?.[1];
    if (name) fields[name] = /value="([^"]*)"/.exec(input)?.[1] ?? '';
  }
  return { action: action[1]!.replace(/&amp;/g, '&'), fields };
}

/** `publicUrl`: where Accord is reached (a browser test's listening address); http://accord.test by default. */
export async function startOidcProvider(options: { publicUrl?: string } = {}): Promise<TestOidc> {
  const publicUrl = options.publicUrl ?? PUBLIC_URL;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };
  const accounts = new Map<string, Record<string, unknown>>();
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => handler!(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${publicUrl}/sign-in/sso/callback`],
        post_logout_redirect_uris: [`${publicUrl}/sign-in`],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'RS256',
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-cookie-key-that-is-long-enough'] },
    pkce: { required: () => true },
    // Claims in the ID token itself (as Entra ID sends them), not only at the userinfo endpoint.
    conformIdTokenClaims: false,
    claims: { openid: ['sub', 'tid', 'roles', 'groups'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    async findAccount(_ctx, sub) {
      const claims = accounts.get(sub);
      if (!claims) return undefined;
      return { accountId: sub, claims: async () => ({ ...claims, sub }) };
    },
  });
  const oidc = provider.callback();

  const testOidc: TestOidc = {
    issuer,
    accounts,
    tamper: null,
    env: (extra = {}) => ({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, PUBLIC_URL: publicUrl, ...extra }),
    async signIn(authorizationUrl, sub) {
      const browser = new Browser();
      let res = await browser.go(authorizationUrl);
      for (let hops = 0; hops < 12; hops += 1) {
        const location = res.headers.get('location');
        if (location?.startsWith(publicUrl)) return location.slice(publicUrl.length);
        if (location) {
          res = await browser.go(new URL(location, issuer).href);
          continue;
        }
        if (res.status !== 200) throw new Error(`the provider answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
        const { action, fields } = formOf(await res.text());
        if ('login' in fields || fields.prompt === 'login') Object.assign(fields, { login: sub, password: 'any' });
        res = await browser.go(new URL(action, issuer).href, { method: 'POST', body: new URLSearchParams(fields).toString() });
      }
      throw new Error('too many steps at the provider');
    },
    async signOut(endSessionUrl) {
      const browser = new Browser();
      let res = await browser.go(endSessionUrl);
      for (let hops = 0; hops < 6; hops += 1) {
        const location = res.headers.get('location');
        if (location?.startsWith(publicUrl)) return location.slice(publicUrl.length);
        if (location) {
          res = await browser.go(new URL(location, issuer).href);
          continue;
        }
        const { action, fields } = formOf(await res.text());
        // "Do you want to sign out?": yes.
        res = await browser.go(new URL(action, issuer).href, { method: 'POST', body: new URLSearchParams({ ...fields, logout: 'yes' }).toString() });
      }
      throw new Error('too many steps signing out at the provider');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  handler = (req, res) => {
    if (!(testOidc.tamper && req.method === 'POST' && req.url?.startsWith('/token'))) return oidc(req, res);
    // The provider answers into a buffer; the ID token is re-signed with the changed claims.
    const change = testOidc.tamper;
    const chunks: Buffer[] = [];
    const realWrite = res.write.bind(res);
    const realEnd = res.end.bind(res);
    res.write = ((chunk: Buffer | string) => (chunks.push(Buffer.from(chunk)), true)) as typeof res.write;
    res.end = ((chunk?: Buffer | string) => {
      if (chunk) chunks.push(Buffer.from(chunk));
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      if (typeof body.id_token === 'string') body.id_token = resign(body.id_token, privateKey, change);
      const text = JSON.stringify(body);
      res.setHeader('content-length', Buffer.byteLength(text));
      realWrite(text);
      return realEnd();
    }) as typeof res.end;
    return oidc(req, res);
  };
  return testOidc;
}
