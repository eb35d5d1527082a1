import { EntitySchema } from 'typeorm';

/**
 * The one row of `audit_chain` (migration ChainAuditLog): the head of the audit log's hash chain,
 * locked by every append, and the anchor the chain starts from after pruning.
 */
export interface AuditChainRow {
  /** Always 1. */
  id: number;
  headSeq: number;
  headHash: string;
  anchorSeq: number;
  anchorHash: string;
}

export const AUDIT_CHAIN_ENTITY = 'AuditChain';
export const AUDIT_CHAIN_ROW_ID = 1;

export const auditChainEntity = new EntitySchema<AuditChainRow>({
  name: AUDIT_CHAIN_ENTITY,
  tableName: 'audit_chain',
  columns: {
    id: { type: 'integer', primary: true },
    headSeq: { name: 'head_seq', type: 'integer' },
    headHash: { name: 'head_hash', type: 'varchar', length: 64 },
    anchorSeq: { name: 'anchor_seq', type: 'integer' },
    anchorHash: { name: 'anchor_hash', type: 'varchar', length: 64 },
  },
});
