import { createHash } from 'node:crypto';
import { type AuditLogRecord } from './audit-log.record';

/**
 * The audit log as a hash chain (BIO 8.15: logs protected against change): each record carries
 * its place in the log (`seq`, 1, 2, 3, ...) and the hash of the record before it, and its own
 * hash covers both and every field. Changing a record breaks its hash, removing one leaves a gap
 * in `seq` or a wrong `prevHash`, reordering breaks the hashes of the records moved.
 */
export interface ChainedAuditRecord extends AuditLogRecord {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** Where a chain starts: before the first record, or after the last record pruned away. */
export interface ChainAnchor {
  /** The seq of the last record before the chain (0 before the first record ever). */
  readonly seq: number;
  readonly hash: string;
}

export const GENESIS: ChainAnchor = { seq: 0, hash: '0'.repeat(64) };

/** How a reference looks once an erasure replaced it: the prefix and a SHA-256 in hex. */
export const PSEUDONYM_PREFIX = 'pseudonym:';
const PERSON_ACTOR = 'person:';

/**
 * The pseudonymous reference of an id: the same for every record about (or by) the same person,
 * so the trail of an erased person still hangs together, and linked back to them only by someone
 * who already knows their id.
 */
export function pseudonymOf(id: string): string {
  return PSEUDONYM_PREFIX + createHash('sha256').update(`kennissen-audit:${id}`).digest('hex');
}

/** What the hash covers of an id: its pseudonym (what an erasure leaves in its place). */
function hashedId(id: string | null): string | null {
  if (id === null) return null;
  return id.startsWith(PSEUDONYM_PREFIX) ? id : pseudonymOf(id);
}

/** `person:<id>` with the id as the hash covers it; other actors are no person's. */
function hashedActor(actor: string): string {
  return actor.startsWith(PERSON_ACTOR)
    ? PERSON_ACTOR + hashedId(actor.slice(PERSON_ACTOR.length))
    : actor;
}

/** The actor of a signed-in person's records (and of the API keys they made). */
export function personActor(personId: string): string {
  return PERSON_ACTOR + personId;
}

/** The actor of a person's records once they are erased. */
export function pseudonymousActor(personId: string): string {
  return PERSON_ACTOR + pseudonymOf(personId);
}

/**
 * The hash of a record at `seq` after the record with `prevHash`: SHA-256 over every field, the
 * object id and a person actor by their pseudonyms. An erasure (erasePerson) replaces a person's
 * id by its pseudonym in the stored records, and every hash still holds.
 */
export function chainHash(record: AuditLogRecord, seq: number, prevHash: string): string {
  const fields = [
    seq,
    prevHash,
    record.id,
    record.at.toISOString(),
    record.action,
    record.objectType,
    hashedId(record.objectId),
    record.result,
    record.origin,
    hashedActor(record.actor),
    record.correlationId,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** Appends `records` after `head`, in order. */
export function chain(records: readonly AuditLogRecord[], head: ChainAnchor): ChainedAuditRecord[] {
  let previous = head;
  return records.map((record) => {
    const seq = previous.seq + 1;
    const chained = {
      ...record,
      seq,
      prevHash: previous.hash,
      hash: chainHash(record, seq, previous.hash),
    };
    previous = chained;
    return chained;
  });
}
