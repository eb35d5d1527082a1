import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditLogService } from '../audit/audit-log.service';
import { AUDIT_SUCCESS } from '../audit/audit.plugin';
import { GraphImportRepository } from '../seed/graph-import.repository';
import { StoredGraphRepository } from '../seed/stored-graph.repository';
import { ImportProblems } from './import-errors';
import { ImportErrorCode } from './import.exception';
import { emptyPlan, type ImportPlan, rowsToWrite } from './import-plan';
import { ImportPlanner } from './import-planner';
import { type ImportProgress, SILENT_PROGRESS } from './import-progress';
import { findSources, readSources } from './import-sources';
import { ImportWriteError, writePlan } from './import-writer';

export interface ImportOptions {
  readonly dryRun?: boolean;
  /** Who runs it, for the audit log (e.g. cli:jdoe). */
  readonly actor: string;
  readonly origin?: string;
  readonly progress?: ImportProgress;
}

export type ImportOutcome =
  | { readonly status: 'refused'; readonly id: string; readonly problems: ImportProblems }
  | { readonly status: 'checked'; readonly id: string; readonly plan: ImportPlan }
  | {
      readonly status: 'imported';
      readonly id: string;
      readonly plan: ImportPlan;
      readonly written: number;
    }
  | {
      readonly status: 'failed';
      readonly id: string;
      readonly plan: ImportPlan;
      readonly written: number;
      readonly total: number;
      readonly reason: string;
    };

/**
 * A bulk import (docs/import.md): read and check every record, compare with the store, and only
 * when nothing is wrong write what is new or changed. One audit entry per import that may write
 * (dry runs write nothing and are not audited).
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly importer: GraphImportRepository,
    private readonly stored: StoredGraphRepository,
    private readonly auditLog: AuditLogService,
  ) {}

  async run(given: string, options: ImportOptions): Promise<ImportOutcome> {
    const id = randomUUID();
    const at = new Date();
    const progress = options.progress ?? SILENT_PROGRESS;
    const problems = new ImportProblems();
    const sources = await findSources(given, problems);
    const data = await readSources(sources, problems, progress);
    const audit = (result: string) =>
      options.dryRun
        ? Promise.resolve()
        : this.auditLog.record([
            {
              at,
              action: 'import',
              objectType: 'Import',
              objectId: id,
              result,
              origin: options.origin ?? 'cli',
              actor: options.actor,
              correlationId: id,
            },
          ]);
    progress.start('comparing with the store', null);
    let plan: ImportPlan;
    try {
      plan = await new ImportPlanner(data, this.stored, problems, at.toISOString()).build();
    } catch (error) {
      // The store failed while being read: nothing was written.
      await audit(ImportErrorCode.IMPORT_FAILED);
      const reason = error instanceof Error ? error.message : String(error);
      return { status: 'failed', id, plan: emptyPlan(), written: 0, total: 0, reason };
    } finally {
      progress.stop();
    }
    if (problems.count > 0) {
      await audit(ImportErrorCode.IMPORT_REFUSED);
      return { status: 'refused', id, problems };
    }
    if (options.dryRun) return { status: 'checked', id, plan };
    try {
      const written = await writePlan(this.importer, plan, progress);
      await audit(AUDIT_SUCCESS);
      return { status: 'imported', id, plan, written };
    } catch (error) {
      if (!(error instanceof ImportWriteError)) throw error;
      await audit(ImportErrorCode.IMPORT_FAILED);
      return {
        status: 'failed',
        id,
        plan,
        written: error.written,
        total: rowsToWrite(plan),
        reason: error.message,
      };
    }
  }
}
