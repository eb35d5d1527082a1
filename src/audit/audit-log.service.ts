import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { CommonErrorCode, CommonException } from '../common/errors/common.exception';
import { type Page, type PageRequest } from '../common/pagination/page';
import { ChainVerifier, type VerifyResult } from './audit-chain';
import { type AuditLogFilter, type AuditLogRecord } from './audit-log.record';
import { AuditLogRepository } from './audit-log.repository';

export type AuditDraft = Omit<AuditLogRecord, 'id'>;

/** Records read per page while verifying the chain. */
const VERIFY_PAGE = 1_000;
const DAY_MS = 24 * 60 * 60 * 1000;

@Injectable()
export class AuditLogService {
  private readonly logger = new Logger('Audit');

  constructor(private readonly repository: AuditLogRepository) {}

  /**
   * Writes audit entries. Never throws: the mutations they describe have already been
   * committed to their store, and failing the answer would only make the client retry a write
   * that happened. A failed write is logged as an error with the correlation id and what was
   * lost (ids and codes only, no origin address), so operators can reconcile.
   */
  async record(drafts: readonly AuditDraft[]): Promise<void> {
    if (drafts.length === 0) return;
    const records = drafts.map((draft) => ({ id: randomUUID(), ...draft }));
    try {
      await this.repository.append(records);
    } catch (error) {
      const lost = records.map(({ action, objectType, objectId, result, actor }) => ({
        action,
        objectType,
        objectId,
        result,
        actor,
      }));
      this.logger.error(
        `AUDIT LOG WRITE FAILED (correlation id ${records[0].correlationId}): ${records.length} entr${records.length === 1 ? 'y was' : 'ies were'} not recorded: ${JSON.stringify(lost)}`,
        error instanceof Error ? error.stack : String(error),
      );
    }
  }

  list(filter: AuditLogFilter, page: PageRequest): Promise<Page<AuditLogRecord>> {
    // A cursor of another list decodes fine but sorts by text; refuse it like any bad cursor.
    if (page.after && typeof page.after[0] !== 'number') {
      throw new CommonException(
        CommonErrorCode.INVALID_CURSOR,
        'The cursor is not valid for the audit log. Pass the pageInfo.endCursor of a previous auditLog page, or leave "after" out to start at the newest entry.',
      );
    }
    return this.repository.list(filter, page);
  }

  /**
   * Walks the whole chain from its anchor and reports the first broken link: a changed, removed,
   * inserted or reordered record (audit-chain.ts).
   */
  async verify(): Promise<VerifyResult & { anchorSeq: number }> {
    const { anchor, head } = await this.repository.chainEnds();
    const verifier = new ChainVerifier(anchor);
    for (let after = anchor.seq; ;) {
      const page = await this.repository.chainAfter(after, VERIFY_PAGE);
      if (page.length === 0 || !verifier.check(page)) break;
      after = page[page.length - 1].seq;
    }
    return { ...verifier.finish(head), anchorSeq: anchor.seq };
  }

  /** Removes the records older than `retentionDays`, keeping the rest verifiable. */
  prune(retentionDays: number, now = new Date()): Promise<number> {
    return this.repository.pruneBefore(new Date(now.getTime() - retentionDays * DAY_MS));
  }
}
