import { createHash, timingSafeEqual } from 'node:crypto';
import { type Request } from 'express';
import { type Caller } from './caller';
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

/**
 * Turns the Authorization header into a Caller. A header that is present but wrong makes a
 * 'rejected' caller, refused by the guard also for reads, so a misconfigured intranet notices at once.
 * A bearer value shaped like a JWT is a person's sign-in token.
 */
export async function identifyCaller(
  request: Request,
  adminApiKey: string | undefined,
  personTokens: PersonTokens,
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
  if (adminApiKey && sameSecret(match[1], adminApiKey)) {
    return { kind: 'admin', actorId: 'admin', origin };
  }
  if (looksLikeJwt(match[1])) return personTokens.identify(match[1], origin);
  return {
    kind: 'rejected',
    actorId: 'rejected',
    origin,
    reason: 'The API key is not valid. Check the key, or ask the administrator for a new one.',
  };
}
