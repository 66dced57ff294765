// Single sign-on with OpenID Connect (issue 10), through openid-client: authorization code with PKCE,
// state and nonce. Off when OIDC_ISSUER is unset: then there is no SingleSignOn and the sign-in page has
// no button. The provider's metadata is discovered once per process and kept (it is the provider's, the
// same for every request); what one sign-in needs to remember (state, nonce, PKCE verifier) travels in
// the browser's signed cookie (src/web/features/single-sign-on), never in this process's memory.
import * as oidc from 'openid-client';
import type { SingleSignOnRules } from '../domain/accounts/single-sign-on.ts';

/** What one sign-in carries from its start to the provider's answer. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
}

/** The provider's answer could not be used (forged or missing state, a bad token, the person cancelled). */
export class SingleSignOnFailed extends Error {
  /** The provider said the person cancelled or was not allowed (error=access_denied). */
  readonly denied: boolean;
  constructor(message: string, denied = false, options?: { cause: unknown }) {
    super(message, options);
    this.denied = denied;
  }
}

export interface SingleSignOn {
  readonly buttonLabel: string;
  readonly rules: SingleSignOnRules;
  readonly requiredDomains: readonly string[];
  /** Where the provider sends the browser back: PUBLIC_URL/sign-in/sso/callback, never from the Host header. */
  readonly redirectUri: string;
  /** The provider's address to send the browser to, and what to remember until it comes back. */
  begin(): Promise<{ url: URL; pending: PendingSignIn }>;
  /** Exchanges the code (PKCE), checks state, nonce and the ID token; its issuer and claims. */
  finish(query: string, pending: PendingSignIn): Promise<{ issuer: string; claims: Record<string, unknown> }>;
  /** The provider's sign-out address, coming back to /sign-in; null when it has none. */
  endSessionUrl(): Promise<URL | null>;
}

export interface SingleSignOnSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  publicUrl: string;
  buttonLabel: string;
  rules: SingleSignOnRules;
  requiredDomains: readonly string[];
}

/** Only a loopback issuer may be plain HTTP (config.ts refuses others): the tests' provider. */
const isLoopback = (url: URL) => url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

export function openIdSingleSignOn(settings: SingleSignOnSettings): SingleSignOn {
  const issuerUrl = new URL(settings.issuer);
  const redirectUri = `${settings.publicUrl}/sign-in/sso/callback`;
  let discovered: Promise<oidc.Configuration> | null = null;

  function configuration(): Promise<oidc.Configuration> {
    discovered ??= oidc
      .discovery(
        issuerUrl,
        settings.clientId,
        { client_secret: settings.clientSecret },
        oidc.ClientSecretPost(settings.clientSecret),
        isLoopback(issuerUrl) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        // Not kept: the provider may be back on the next attempt.
        discovered = null;
        throw error;
      });
    return discovered;
  }

  return {
    buttonLabel: settings.buttonLabel,
    rules: settings.rules,
    requiredDomains: settings.requiredDomains,
    redirectUri,
    async begin() {
      const config = await configuration();
      const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        response_type: 'code',
        // The default query response mode: a top-level GET back to Accord, which sends SameSite=Lax cookies.
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
      });
      return { url, pending };
    },
    async finish(query, pending) {
      const config = await configuration();
      const params = new URLSearchParams(query);
      if (params.get('error')) {
        throw new SingleSignOnFailed(`the provider answered ${params.get('error')}`, params.get('error') === 'access_denied');
      }
      try {
        const tokens = await oidc.authorizationCodeGrant(config, new URL(`${redirectUri}?${params}`), {
          pkceCodeVerifier: pending.verifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw new SingleSignOnFailed('no ID token');
        return { issuer: String(claims.iss), claims: { ...claims } };
      } catch (error) {
        if (error instanceof SingleSignOnFailed) throw error;
        throw new SingleSignOnFailed(error instanceof Error ? error.message : 'the sign-in did not complete', false, { cause: error });
      }
    },
    async endSessionUrl() {
      const config = await configuration();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(config, { client_id: settings.clientId, post_logout_redirect_uri: `${settings.publicUrl}/sign-in` });
    },
  };
}

export function singleSignOnFrom(
  config: {
    OIDC_ISSUER?: string | undefined;
    OIDC_CLIENT_ID?: string | undefined;
    OIDC_CLIENT_SECRET?: string | undefined;
    PUBLIC_URL?: string | undefined;
    OIDC_BUTTON_LABEL: string;
    OIDC_ALLOWED_TENANTS: readonly string[];
    OIDC_ALLOWED_DOMAINS: readonly string[];
    OIDC_ROLE_CLAIM: string;
    OIDC_ROLE_MAP: SingleSignOnRules['roleMap'];
    OIDC_NEW_USERS: SingleSignOnRules['newUsers'];
    OIDC_REQUIRED_DOMAINS: readonly string[];
  },
): SingleSignOn | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET || !config.PUBLIC_URL) return null;
  return openIdSingleSignOn(
    {
      issuer: config.OIDC_ISSUER,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      publicUrl: config.PUBLIC_URL,
      buttonLabel: config.OIDC_BUTTON_LABEL,
      rules: {
        allowedTenants: config.OIDC_ALLOWED_TENANTS,
        allowedDomains: config.OIDC_ALLOWED_DOMAINS,
        roleClaim: config.OIDC_ROLE_CLAIM,
        roleMap: config.OIDC_ROLE_MAP,
        newUsers: config.OIDC_NEW_USERS,
      },
      requiredDomains: config.OIDC_REQUIRED_DOMAINS,
    },
  );
}
