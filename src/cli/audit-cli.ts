import { type VerifyResult } from '../audit/audit-chain';

export const AUDIT_USAGE = `Usage:
  npm run audit:verify    checks the audit log's hash chain; exit 1 at the first broken link
  npm run audit:prune     removes records older than AUDIT_RETENTION_DAYS, keeping the chain verifiable`;

export type AuditCommand = 'verify' | 'prune' | 'help';

export class AuditUsageError extends Error {}

export function parseAuditArgs(argv: readonly string[]): AuditCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === 'help') return 'help';
  if ((command === 'verify' || command === 'prune') && rest.length === 0) return command;
  throw new AuditUsageError(`Unknown arguments: ${argv.join(' ')}`);
}

/** What `audit:verify` prints: one line an operator can act on. */
export function verifyText(result: VerifyResult & { anchorSeq: number }): string {
  const from =
    result.anchorSeq === 0
      ? 'the first record'
      : `record ${result.anchorSeq + 1} (older ones were pruned)`;
  if (!result.broken) {
    return `Audit chain intact: ${result.checked} records checked, from ${from} to record ${result.lastSeq}.\n`;
  }
  const { seq, id, reason } = result.broken;
  return `Audit chain BROKEN at record ${seq}${id ? ` (id ${id})` : ''}: ${reason}. ${result.checked} records before it, from ${from}, are intact.\n`;
}
