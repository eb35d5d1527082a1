import { type ChainAnchor, type ChainedAuditRecord, chainHash } from './audit-chain.record';

export interface BrokenLink {
  /** Where the chain breaks: the seq expected next, and the record found there (if any). */
  readonly seq: number;
  readonly id: string | null;
  readonly reason: string;
}

/**
 * Checks records in ascending seq, page by page, from an anchor. Keeps only the last link, so a
 * log of any length is verified in constant memory.
 */
export class ChainVerifier {
  private previous: ChainAnchor;
  private checked = 0;
  private broken: BrokenLink | null = null;

  constructor(anchor: ChainAnchor) {
    this.previous = anchor;
  }

  /** Checks the next records; false once the chain is broken (later pages need not be read). */
  check(records: readonly ChainedAuditRecord[]): boolean {
    for (const record of records) {
      if (this.broken) return false;
      this.broken = this.linkProblem(record);
      if (this.broken) return false;
      this.previous = record;
      this.checked++;
    }
    return this.broken === null;
  }

  /** The head the log says it has must be the last record checked, or records were cut off. */
  finish(head: ChainAnchor): VerifyResult {
    if (!this.broken && (head.seq !== this.previous.seq || head.hash !== this.previous.hash)) {
      this.broken = {
        seq: this.previous.seq + 1,
        id: null,
        reason: `the log's head is record ${head.seq}, but the chain ends at record ${this.previous.seq}: records at the end were removed`,
      };
    }
    return { checked: this.checked, lastSeq: this.previous.seq, broken: this.broken };
  }

  private linkProblem(record: ChainedAuditRecord): BrokenLink | null {
    const expected = this.previous.seq + 1;
    const at = { seq: expected, id: record.id };
    if (record.seq !== expected) {
      return {
        ...at,
        reason: `record ${expected} is missing (the next record is ${record.seq}): records were removed`,
      };
    }
    if (record.prevHash !== this.previous.hash) {
      return {
        ...at,
        reason: `it does not follow record ${this.previous.seq}: records were removed, inserted or reordered`,
      };
    }
    if (record.hash !== chainHash(record, record.seq, record.prevHash)) {
      return { ...at, reason: 'its content does not match its hash: the record was changed' };
    }
    return null;
  }
}

export interface VerifyResult {
  readonly checked: number;
  readonly lastSeq: number;
  readonly broken: BrokenLink | null;
}
