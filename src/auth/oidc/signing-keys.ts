import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { discoverJwksUri } from './discovery';
import { type OidcSettings } from './oidc-settings';

/**
 * The identity provider's public signing keys. jose's remote key set caches them, fetches again
 * when a token names an unknown `kid` (at most every 30 s) and after 10 minutes, and gives up on
 * a fetch after OIDC_HTTP_TIMEOUT_MS. Discovery runs on the first token, not at start, so the
 * service starts while the provider is down; a failed discovery is tried again on the next token.
 */
export class SigningKeys {
  private keySet: Promise<JWTVerifyGetKey> | null = null;

  constructor(private readonly settings: OidcSettings) {}

  get(): Promise<JWTVerifyGetKey> {
    this.keySet ??= this.load().catch((error: unknown) => {
      this.keySet = null;
      throw error;
    });
    return this.keySet;
  }

  private async load(): Promise<JWTVerifyGetKey> {
    const { jwksUri, issuer, httpTimeoutMs } = this.settings;
    const address = jwksUri ? new URL(jwksUri) : await discoverJwksUri(issuer, httpTimeoutMs);
    return createRemoteJWKSet(address, { timeoutDuration: httpTimeoutMs });
  }
}
