import { randomBytes } from 'node:crypto';

/**
 * API keys look like `kn_<key id>_<secret>`:
 *
 * - `kn_` says what the string is (secret scanners and people recognise it);
 * - the key id, 16 hex characters, is public: it finds the client's record without a scan;
 * - the secret, 32 random bytes in base64url (43 characters), is the part that proves
 *   possession. Only a hash of the whole key is stored.
 */
export const API_KEY_PREFIX = 'kn_';
export const KEY_ID_BYTES = 8;
export const SECRET_BYTES = 32;

const API_KEY_PATTERN = /^kn_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface ApiKey {
  /** Public lookup id (also shown in listings as the key's prefix). */
  readonly keyId: string;
  /** The full key, `kn_<keyId>_<secret>`: what the intranet sends, shown exactly once. */
  readonly key: string;
}

/** A new key with a fresh random key id and secret. */
export function generateApiKey(): ApiKey {
  const keyId = randomBytes(KEY_ID_BYTES).toString('hex');
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { keyId, key: `${API_KEY_PREFIX}${keyId}_${secret}` };
}

/** Whether a bearer token claims to be an API key (so it is checked as one, not as the admin key). */
export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

/** The key id of a well-formed key, or null when the string is not one. */
export function keyIdOf(key: string): string | null {
  return API_KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** What listings show of a key: its prefix and public id, never the secret. */
export function keyPrefixOf(keyId: string): string {
  return `${API_KEY_PREFIX}${keyId}`;
}
