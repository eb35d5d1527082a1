import { createHash, timingSafeEqual } from 'node:crypto';
import { type Request } from 'express';
import { type ApiKeyVerifier } from '../common/request/api-key-verifier';
import { type Caller } from '../common/request/caller';
import { looksLikeJwt } from './oidc/jwt-shape';
import { type PersonTokens } from './oidc/person-tokens';

/** Compares without leaking the key's length or content through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function originOf(request: Request): string {
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
}

/** What a bearer token is checked against. */
export interface CredentialCheckers {
  /** The bootstrap administrator key (ADMIN_API_KEY), if configured. */
  readonly adminApiKey: string | undefined;
  /** API clients' keys (`kn_...`). */
  readonly apiKeys: ApiKeyVerifier;
  /** Sign-in tokens of people (OIDC JWTs). */
  readonly personTokens: PersonTokens;
  /**
   * Runs before an API key is checked at cost (looked up and hashed); throws to refuse the
   * request first. The rate limiter refuses an address that is over its limit here, so a flood
   * of wrong keys from one address is not hashed.
   */
  readonly beforeKeyCheck?: (origin: string) => Promise<void>;
}

/**
 * Turns the Authorization header into a Caller. A header that is present but wrong makes a
 * 'rejected' caller, refused by the guard also for reads, so a misconfigured intranet notices at once.
 * A bearer value shaped like a JWT is a person's sign-in token.
 */
export async function identifyCaller(
  request: Request,
  { adminApiKey, apiKeys, personTokens, beforeKeyCheck }: CredentialCheckers,
): Promise<Caller> {
  const origin = originOf(request);
  const header = request.headers.authorization;
  if (header === undefined || header.trim() === '') {
    return { kind: 'anonymous', actorId: 'anonymous', origin };
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    return {
      kind: 'rejected',
      actorId: 'rejected',
      origin,
      reason: 'The Authorization header must read "Bearer <key>".',
    };
  }
  const token = match[1];
  if (adminApiKey && sameSecret(token, adminApiKey)) {
    return { kind: 'admin', actorId: 'admin', origin };
  }
  if (apiKeys.recognises(token)) {
    if (beforeKeyCheck && apiKeys.needsCheck(token)) await beforeKeyCheck(origin);
    return apiKeys.identify(token, origin);
  }
  if (looksLikeJwt(token)) return personTokens.identify(token, origin);
  return {
    kind: 'rejected',
    actorId: 'rejected',
    origin,
    reason: 'The API key is not valid. Check the key, or ask the administrator for a new one.',
  };
}
