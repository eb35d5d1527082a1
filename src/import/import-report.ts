import { type ImportPlan, WRITE_KIND_LABELS, WRITE_KINDS } from './import-plan';

/** One line per kind the import touches: created, updated, unchanged. */
export function countsText(plan: ImportPlan, dryRun: boolean): string {
  const [created, updated] = dryRun ? ['would create', 'would update'] : ['created', 'updated'];
  const lines = WRITE_KINDS.filter((kind) => {
    const counts = plan.counts[kind];
    return counts.created + counts.updated + counts.unchanged > 0;
  }).map((kind) => {
    const { created: c, updated: u, unchanged: n } = plan.counts[kind];
    return `  ${WRITE_KIND_LABELS[kind].padEnd(22)} ${created} ${c}, ${updated} ${u}, unchanged ${n}`;
  });
  return lines.length > 0 ? lines.join('\n') : '  (no records)';
}
