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

/** The hash of a record at `seq` after the record with `prevHash`: SHA-256 over every field. */
export function chainHash(record: AuditLogRecord, seq: number, prevHash: string): string {
  const fields = [
    seq,
    prevHash,
    record.id,
    record.at.toISOString(),
    record.action,
    record.objectType,
    record.objectId,
    record.result,
    record.origin,
    record.actor,
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
