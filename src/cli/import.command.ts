import 'reflect-metadata';
import * as os from 'node:os';
import { AuditLogService } from '../audit/audit-log.service';
import { loadConfig } from '../config/app-config';
import { GraphStore } from '../graph-store/graph-store';
import { countsText } from '../import/import-report';
import { progressOn } from '../import/import-progress';
import { type ImportOutcome, ImportService } from '../import/import.service';
import { GraphImportRepository } from '../seed/graph-import.repository';
import { SeedModule } from '../seed/seed.module';
import { SeedService } from '../seed/seed.service';
import { runCommand, withCommandContext } from './command';

const USAGE = 'usage: npm run import -- <file|folder> [--dry-run]';

/**
 * `npm run import -- <file|folder> [--dry-run]`: the bulk import (docs/import.md) into the
 * configured graph store. Exit code 0 when imported (or, with --dry-run, when valid); 1 when
 * refused or failed; 2 on a usage error. Stop the service first when the store is Kuzu.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const paths = args.filter((arg) => arg !== '--dry-run');
  if (paths.length !== 1 || paths[0].startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const needs = {
    graph: true,
    relational: true,
    imports: [SeedModule],
    providers: [ImportService, AuditLogService],
  };
  return withCommandContext(loadConfig(process.env), needs, async (context) => {
    const started = Date.now();
    // A store the service never started on lacks the municipalities the records refer to.
    if ((await context.get(GraphImportRepository).counts()).municipalities === 0) {
      await context.get(SeedService).loadReferenceData();
    }
    const outcome = await context.get(ImportService).run(paths[0], {
      dryRun,
      actor: `cli:${os.userInfo().username}`,
      progress: progressOn(process.stderr),
    });
    const store = context.get(GraphStore).name;
    return report(outcome, store, Date.now() - started);
  });
}

function report(outcome: ImportOutcome, store: string, ms: number): number {
  const seconds = (ms / 1000).toFixed(1);
  switch (outcome.status) {
    case 'refused':
      process.stderr.write(
        `${outcome.problems.report()}\nimport ${outcome.id} refused: ${outcome.problems.count} problem${outcome.problems.count === 1 ? '' : 's'}; nothing was written.\n`,
      );
      return 1;
    case 'checked':
      process.stdout.write(
        `Dry run (${store}): the import is valid and would write:\n${countsText(outcome.plan, true)}\nNothing was written (${seconds} s).\n`,
      );
      return 0;
    case 'imported':
      process.stdout.write(
        `import ${outcome.id} done (${store}, ${outcome.written} rows written in ${seconds} s):\n${countsText(outcome.plan, false)}\n`,
      );
      return 0;
    case 'failed':
      process.stderr.write(
        `import ${outcome.id} failed after ${outcome.written} of ${outcome.total} records: ${outcome.reason}; run the same command again to finish it (imports are idempotent)\n`,
      );
      return 1;
  }
}

runCommand('Import failed', main);
