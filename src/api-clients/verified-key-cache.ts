import { createHash } from 'node:crypto';

/** How long a successful verification is reused before the hash is checked again. */
export const VERIFIED_KEY_TTL_MS = 60_000;
/** Bounded, so a flood of distinct valid keys cannot grow memory without limit. */
export const VERIFIED_KEY_CAPACITY = 10_000;

export interface VerifiedKey {
  readonly clientId: string;
}

/** A verification the cache holds. */
export interface CachedVerification<T> {
  readonly value: T;
  /** When the client's record was last read: at the verification, or by a recheck since. */
  readonly checkedAt: number;
}

interface Entry<T> extends CachedVerification<T> {
  readonly until: number;
}

/**
 * Remembers keys whose hash verified, so that a busy intranet pays the deliberately slow
 * Argon2 check about once a minute instead of on every request. Entries are keyed by the
 * SHA-256 of the presented key (the key itself is never held), expire after the TTL or at the
 * key's own expiry if that is sooner, and are dropped at once when their client is revoked here.
 * Each entry says when its client's record was last read, so that the authenticator can read it
 * again (for a revoke elsewhere) long before the hash needs checking again.
 */
export class VerifiedKeyCache<T extends VerifiedKey> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs = VERIFIED_KEY_TTL_MS,
    private readonly capacity = VERIFIED_KEY_CAPACITY,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get(key: string): CachedVerification<T> | null {
    const digest = digestOf(key);
    const entry = this.entries.get(digest);
    if (!entry) return null;
    if (entry.until <= this.now()) {
      this.entries.delete(digest);
      return null;
    }
    return { value: entry.value, checkedAt: entry.checkedAt };
  }

  /** `expiresAt`: the key's own expiry, if any; the entry never outlives it. */
  set(key: string, value: T, expiresAt: Date | null): void {
    const now = this.now();
    const until = Math.min(now + this.ttlMs, expiresAt?.getTime() ?? Infinity);
    if (this.entries.size >= this.capacity) this.evictOldest();
    this.entries.set(digestOf(key), { value, until, checkedAt: now });
  }

  /** Notes that the record behind this key was read again now; the entry keeps its TTL. */
  markChecked(key: string): void {
    const digest = digestOf(key);
    const entry = this.entries.get(digest);
    // Replacing the value of an existing key keeps its place in the eviction order.
    if (entry) this.entries.set(digest, { ...entry, checkedAt: this.now() });
  }

  /** Forgets every key of this client (after a revoke). */
  dropClient(clientId: string): void {
    for (const [digest, entry] of this.entries) {
      if (entry.value.clientId === clientId) this.entries.delete(digest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private evictOldest(): void {
    // A Map iterates in insertion order: the first entry is the oldest.
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }
}

function digestOf(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
