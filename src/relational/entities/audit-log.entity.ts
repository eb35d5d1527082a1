import { EntitySchema } from 'typeorm';
import { type RelationalDriver } from '../database-url';

/** One row of `audit_log` as TypeORM reads and writes it; mapped to AuditLogRecord in the adapter. */
export interface AuditLogRow {
  id: string;
  at: Date;
  action: string;
  objectType: string;
  objectId: string | null;
  result: string;
  origin: string;
  actor: string;
  correlationId: string;
  /** The place in the hash chain (migration ChainAuditLog); see audit/audit-chain.ts. */
  seq: number;
  prevHash: string;
  hash: string;
}

export const AUDIT_LOG_ENTITY = 'AuditLogEntry';

/**
 * The mapping of `audit_log` (created by migration CreateAuditLog). Built per driver because the
 * timestamp type differs: SQLite has `datetime`, PostgreSQL `timestamp with time zone`.
 */
export function auditLogEntity(driver: RelationalDriver): EntitySchema<AuditLogRow> {
  return new EntitySchema<AuditLogRow>({
    name: AUDIT_LOG_ENTITY,
    tableName: 'audit_log',
    columns: {
      id: { type: 'varchar', length: 36, primary: true },
      at: { type: driver === 'postgres' ? 'timestamp with time zone' : 'datetime' },
      action: { type: 'varchar', length: 100 },
      objectType: { name: 'object_type', type: 'varchar', length: 50 },
      objectId: { name: 'object_id', type: 'varchar', length: 200, nullable: true },
      result: { type: 'varchar', length: 50 },
      origin: { type: 'varchar', length: 100 },
      actor: { type: 'varchar', length: 250 },
      correlationId: { name: 'correlation_id', type: 'varchar', length: 64 },
      seq: { type: 'integer' },
      prevHash: { name: 'prev_hash', type: 'varchar', length: 64 },
      hash: { type: 'varchar', length: 64 },
    },
    indices: [
      { name: 'IDX_audit_log_seq', columns: ['seq'], unique: true },
      { name: 'IDX_audit_log_at', columns: ['at', 'id'] },
      { name: 'IDX_audit_log_object', columns: ['objectType', 'objectId', 'at'] },
    ],
  });
}
