import 'reflect-metadata';
import { AuditLogService } from '../audit/audit-log.service';
import { loadConfig } from '../config/app-config';
import { AUDIT_USAGE, AuditUsageError, parseAuditArgs, verifyText } from './audit-cli';
import { runCommand, withCommandContext } from './command';

/**
 * `npm run audit:verify` and `npm run audit:prune` on the configured DATABASE_URL. Only the
 * relational store is opened, so both run beside a service on an embedded graph.
 */
async function main(): Promise<number> {
  let command;
  try {
    command = parseAuditArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof AuditUsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${AUDIT_USAGE}\n`);
    return 2;
  }
  if (command === 'help') {
    process.stdout.write(`${AUDIT_USAGE}\n`);
    return 0;
  }
  const config = loadConfig(process.env);
  if (command === 'prune' && config.AUDIT_RETENTION_DAYS === 0) {
    process.stderr.write(
      'AUDIT_RETENTION_DAYS is 0 (keep every record), so nothing is pruned. Set it to the number of days to keep.\n',
    );
    return 2;
  }
  const needs = { relational: true, providers: [AuditLogService] };
  return withCommandContext(config, needs, async (context) => {
    const audit = context.get(AuditLogService);
    if (command === 'prune') {
      const removed = await audit.prune(config.AUDIT_RETENTION_DAYS);
      process.stdout.write(
        `Removed ${removed} audit records older than ${config.AUDIT_RETENTION_DAYS} days.\n`,
      );
      return 0;
    }
    const result = await audit.verify();
    process.stdout.write(verifyText(result));
    return result.broken ? 1 : 0;
  });
}

runCommand('audit', main);
