import { type Page, type PageRequest, type SortKey } from '../common/pagination/page';
import { type AuditLogFilter, type AuditLogRecord } from './audit-log.record';

/** Newest first: by time (epoch milliseconds), then id. */
export const auditLogSortKey = (record: AuditLogRecord): SortKey => [
  record.at.getTime(),
  record.id,
];

/** Port: the audit log in the relational store. Append-only. */
export abstract class AuditLogRepository {
  abstract append(records: readonly AuditLogRecord[]): Promise<void>;
  /** Newest first; `page.after` is a sort key from {@link auditLogSortKey}. */
  abstract list(filter: AuditLogFilter, page: PageRequest): Promise<Page<AuditLogRecord>>;
}
