import { type Scope } from '../common/request/caller';

/** An intranet's API client as the relational store keeps it. The key itself is never stored. */
export interface ApiClientRecord {
  readonly id: string;
  readonly name: string;
  readonly municipalityCode: string;
  /** Sorted, without repeats. */
  readonly scopes: readonly Scope[];
  /** The public part of the key (see api-key.ts); unique. */
  readonly keyId: string;
  /** Argon2id hash (PHC string) of the whole key. */
  readonly secretHash: string;
  readonly createdAt: Date;
  /** The actor that created it: `admin`, `cli` or `client:<id>`. */
  readonly createdBy: string;
  /** Updated at most once a minute per client (see ApiKeyAuthenticator). */
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
  readonly expiresAt: Date | null;
}

/** Why a client's key is not accepted now, or null when it is. */
export function inactiveReason(
  record: Pick<ApiClientRecord, 'revokedAt' | 'expiresAt'>,
  now: Date,
): 'revoked' | 'expired' | null {
  if (record.revokedAt !== null) return 'revoked';
  if (record.expiresAt !== null && record.expiresAt.getTime() <= now.getTime()) return 'expired';
  return null;
}
