import { InMemoryWebStorage, type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { type WebSettings } from './settings';

/** A signed-in person as the page knows them. The tokens stay in this page's memory only. */
export interface Session {
  readonly accessToken: string;
  readonly personId: string | null;
  readonly name: string;
  readonly expiresAt: number | null;
}

/**
 * Sign-in with the municipality's identity provider: the authorization code flow with PKCE
 * (oidc-client-ts). The tokens are kept in memory, never in localStorage or a cookie, so a reload
 * asks the identity provider again (which signs a person in at once while its own session lasts).
 * Only the flow's state (the PKCE verifier, for the one round trip) is in sessionStorage.
 */
export class Auth {
  private readonly manager: UserManager;

  constructor(private readonly signIn: NonNullable<WebSettings['signIn']>) {
    const home = `${window.location.origin}/`;
    this.manager = new UserManager({
      authority: signIn.authority,
      client_id: signIn.clientId,
      redirect_uri: home,
      post_logout_redirect_uri: home,
      response_type: 'code',
      scope: signIn.scope,
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
      automaticSilentRenew: false,
      loadUserInfo: false,
    });
  }

  /** Whether this page load is the identity provider's answer (?code=…&state=…). */
  static isCallback(location: Location): boolean {
    const query = new URLSearchParams(location.search);
    return query.has('state') && (query.has('code') || query.has('error'));
  }

  /** Goes to the identity provider; comes back to `returnTo` (a #/ route) when signed in. */
  async begin(returnTo: string): Promise<void> {
    await this.manager.signinRedirect({ state: { returnTo } });
  }

  /** Finishes the sign-in on the way back; the URL is cleaned of the code. */
  async complete(): Promise<{ session: Session; returnTo: string }> {
    const user = await this.manager.signinRedirectCallback();
    const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo ?? '#/zoeken';
    window.history.replaceState(null, '', `/${returnTo.startsWith('#') ? returnTo : '#/zoeken'}`);
    return { session: this.sessionOf(user), returnTo };
  }

  /** Forgets the tokens here and, where the provider offers it, ends its session too. */
  async end(): Promise<void> {
    const user = await this.manager.getUser();
    await this.manager.removeUser();
    const metadata = await this.manager.metadataService.getMetadata().catch(() => null);
    if (metadata?.end_session_endpoint) {
      await this.manager.signoutRedirect({ id_token_hint: user?.id_token });
    }
  }

  private sessionOf(user: User): Session {
    const claims = claimsOf(user.access_token);
    const personId = claimAt(claims, this.signIn.personClaim);
    const name = user.profile.name ?? user.profile.preferred_username ?? 'Aangemeld';
    return {
      accessToken: user.access_token,
      personId: typeof personId === 'string' ? personId : null,
      name,
      expiresAt: user.expires_at ? user.expires_at * 1000 : null,
    };
  }
}

/** The claims of a JWT access token, read without checking (the service checks it). */
function claimsOf(token: string): Record<string, unknown> {
  try {
    const payload = token.split('.')[1] ?? '';
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** A claim by name or dotted path (OIDC_PERSON_CLAIM may be e.g. attributes.person_id). */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      claims,
    );
}
