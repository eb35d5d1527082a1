import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';

/** Now, in seconds since the epoch: the unit of `exp`, `nbf` and `iat`. */
export const epochSeconds = (): number => Math.floor(Date.now() / 1000);

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

export interface SignOptions {
  /** Overrides of the standard claims; `exp`/`nbf`/`iat` in seconds since the epoch. */
  claims?: JWTPayload;
  /** Header `kid`; defaults to the published RSA key's. */
  kid?: string;
  /** Sign with the published EC key (ES256) instead of RSA. */
  ec?: boolean;
  /** Sign with a key the provider does not publish. */
  unpublishedKey?: boolean;
}

/**
 * A tiny OpenID provider for tests: serves a discovery document and a JWKS over node:http on a
 * free port, and signs tokens with its own keys (made with jose). `down()` makes both endpoints
 * stop answering, to test a provider that hangs.
 */
export class LocalIdentityProvider {
  readonly audience = 'kennissen-test';
  private server!: Server;
  private rsa!: KeyPair;
  private ec!: KeyPair;
  private stranger!: KeyPair;
  private publicKeys: JWK[] = [];
  private hanging = false;
  /** How often the JWKS was fetched. */
  jwksRequests = 0;

  get issuer(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/realms/test`;
  }

  get jwksUri(): string {
    return `${this.issuer}/protocol/openid-connect/certs`;
  }

  /** The PEM of the published RSA public key (to forge an HS256 token with it as the secret). */
  rsaPublicKeyPem(): Promise<string> {
    return exportSPKI(this.rsa.publicKey);
  }

  static async start(): Promise<LocalIdentityProvider> {
    const provider = new LocalIdentityProvider();
    await provider.listen();
    return provider;
  }

  private async listen(): Promise<void> {
    this.rsa = await generateKeyPair('RS256', { extractable: true });
    this.ec = await generateKeyPair('ES256', { extractable: true });
    this.stranger = await generateKeyPair('RS256', { extractable: true });
    this.publicKeys = [
      { ...(await exportJWK(this.rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(this.ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    this.server = createServer((request, response) => {
      if (this.hanging) return; // never answers
      if (request.url === '/realms/test/.well-known/openid-configuration') {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ issuer: this.issuer, jwks_uri: this.jwksUri }));
      } else if (request.url === '/realms/test/protocol/openid-connect/certs') {
        this.jwksRequests += 1;
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ keys: this.publicKeys }));
      } else {
        response.statusCode = 404;
        response.end();
      }
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  /** Makes the endpoints accept connections but never answer. */
  down(): void {
    this.hanging = true;
  }

  /** A signed token for `personId`, valid for five minutes unless `claims` say otherwise. */
  async sign(personId: string | null, options: SignOptions = {}): Promise<string> {
    const now = epochSeconds();
    const payload: JWTPayload = {
      iss: this.issuer,
      aud: this.audience,
      sub: `subject-${personId ?? 'none'}`,
      iat: now,
      exp: now + 300,
      ...(personId === null ? {} : { kennissen_person_id: personId }),
      ...options.claims,
    };
    const [key, alg, kid] = options.unpublishedKey
      ? [this.stranger.privateKey, 'RS256', 'rsa-1']
      : options.ec
        ? [this.ec.privateKey, 'ES256', 'ec-1']
        : [this.rsa.privateKey, 'RS256', 'rsa-1'];
    return new SignJWT(payload)
      .setProtectedHeader({ alg, kid: options.kid ?? kid, typ: 'JWT' })
      .sign(key);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
