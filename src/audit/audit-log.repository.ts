import { type Page, type PageRequest, type SortKey } from '../common/pagination/page';
import { type ChainAnchor, type ChainedAuditRecord } from './audit-chain.record';
import { type AuditLogFilter, type AuditLogRecord } from './audit-log.record';

/** Newest first: by time (epoch milliseconds), then id. */
export const auditLogSortKey = (record: AuditLogRecord): SortKey => [
  record.at.getTime(),
  record.id,
];

/** The ends of the chain as the log keeps them. */
export interface ChainEnds {
  /** Where the records start: after the last pruned record (GENESIS when none was pruned). */
  readonly anchor: ChainAnchor;
  /** The last record appended (the anchor when the log is empty). */
  readonly head: ChainAnchor;
}

/** Port: the audit log in the relational store. Append-only, chained (audit-chain.ts). */
export abstract class AuditLogRepository {
  /**
   * Appends the records in order at the head of the chain, in one transaction that holds the
   * head, so that writers in several processes cannot fork it.
   */
  abstract append(records: readonly AuditLogRecord[]): Promise<void>;
  /** Newest first; `page.after` is a sort key from {@link auditLogSortKey}. */
  abstract list(filter: AuditLogFilter, page: PageRequest): Promise<Page<AuditLogRecord>>;
  abstract chainEnds(): Promise<ChainEnds>;
  /** Up to `limit` records after `afterSeq`, ascending by seq. */
  abstract chainAfter(afterSeq: number, limit: number): Promise<ChainedAuditRecord[]>;
  /**
   * Removes the records older than `before` (retention) and moves the anchor to the last one
   * removed, in one transaction, so that the rest still verifies. Returns how many were removed.
   */
  abstract pruneBefore(before: Date): Promise<number>;
  /**
   * Replaces a person's id by its pseudonym wherever a record names them, as the actor or the
   * object (an erasure); the chain still verifies (audit-chain.record.ts). Returns how many
   * records named them.
   */
  abstract pseudonymise(personId: string): Promise<number>;
  /** The records by or about the person (actor or object), oldest first, for their data export. */
  abstract naming(personId: string): Promise<AuditLogRecord[]>;
}
