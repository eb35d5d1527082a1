import { bootstrapInterval } from './bootstrap';
import { type BaselineScore, type MetricValues } from './eval-types';
import { countByKind, type ViolationKind } from './hard-rules';
import { type ConfigResult, percentile } from './runner';
import { type LoadRun, type LoadSpreadingResult } from './load-spreading';
import { type LookAlikeRow, type LookAlikeSummary } from './look-alike-summary';
import { type TargetOutcome } from './targets';

/** Everything the report says about one data set. */
export interface DatasetRun {
  readonly name: string;
  readonly title: string;
  readonly notes: readonly string[];
  readonly queryCount: number;
  readonly baselines: readonly BaselineScore[];
  readonly results: readonly ConfigResult[];
  readonly target: TargetOutcome;
  /** Seconds to build the data set and load it into a fresh store. */
  readonly loadSeconds: number;
  readonly runSeconds: number;
  /** Whether the data set plants hard-rule traps (forbidden or unavailable people). */
  readonly hasTraps: boolean;
  /** Hard-rule probes run next to the queries (not scored). */
  readonly probeCount: number;
  /**
   * Who the non-relevant people in the full ranker's top 10 are (kind → count over all
   * queries), when the data set can tell; null otherwise.
   */
  readonly topTenOthers: readonly (readonly [string, number])[] | null;
  /** The look-alike queries scored apart (synthetic set); null when the data set has none. */
  readonly lookAlike: LookAlikeSummary | null;
  /** Extra paragraphs (method notes, tuned-weights provenance). */
  readonly remarks: readonly string[];
  /** The load-spreading case, on the data sets that run it. */
  readonly loadSpreading: LoadSpreadingResult | null;
}

export interface RunInfo {
  readonly command: string;
  readonly date: string;
  readonly machine: string;
  readonly node: string;
  readonly store: string;
  readonly totalSeconds: number;
}

const f3 = (value: number): string => value.toFixed(3);

const VIOLATION_LABELS: Readonly<Record<ViolationKind, string>> = {
  asker: 'asker',
  'own-municipality': 'own municipality',
  'not-visible': 'not visible',
  'unavailable-before-available': 'unavailable too early',
};

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function metricCells(m: MetricValues): string[] {
  return [f3(m.mrr), f3(m.p1), f3(m.ndcg10), f3(m.r10)];
}

/** The side-by-side table: our rankers, then the README baselines. */
export function resultsTable(run: DatasetRun): string {
  const rows = run.results.map((result) => {
    const [low, high] = bootstrapInterval(result.perQuery.map((q) => q.rr));
    return [
      result.config.kind === 'full' ? `**${result.config.name}**` : result.config.name,
      ...metricCells(result.metrics),
      `${f3(low)}–${f3(high)}`,
      f3(result.recallInList),
      String(result.violations.length),
      percentile(result.latenciesMs, 50).toFixed(0),
    ];
  });
  const baselineRows = run.baselines.map((b) => [
    b.name,
    ...metricCells(b.metrics),
    '—',
    '—',
    '—',
    '—',
  ]);
  return table(
    ['ranker', 'MRR', 'P@1', 'nDCG@10', 'R@10', 'MRR 95% CI', 'R@50', 'violations', 'p50 ms'],
    [...rows, ...baselineRows],
  );
}

/** Hard-rule violations per kind and ranker (all must be 0). */
export function violationsTable(run: DatasetRun): string {
  const kinds = Object.keys(VIOLATION_LABELS) as ViolationKind[];
  return table(
    ['ranker', ...kinds.map((k) => VIOLATION_LABELS[k])],
    run.results.map((result) => {
      const counts = countByKind(result.violations);
      return [result.config.name, ...kinds.map((k) => String(counts[k]))];
    }),
  );
}

/** Whether the ordering rule for UNAVAILABLE people was put to the test in this run. */
function unavailableNote(run: DatasetRun): string {
  const shown = run.results.reduce((sum, r) => sum + r.unavailableShown, 0);
  const probes =
    run.probeCount > 0
      ? ` The counts include ${run.probeCount} probes per ranker, which ask for one rare skill whose best holder is UNAVAILABLE (not scored).`
      : '';
  return shown > 0
    ? `The lists showed UNAVAILABLE people ${shown} times over all rankers, so the rule that they come after every available person was put to the test.${probes}`
    : `No list showed an UNAVAILABLE person, so the rule that they come after every available person was not put to the test here (the service may leave them out, which the design allows).${probes}`;
}

export function targetLine(run: DatasetRun): string {
  const t = run.target;
  const verdict = t.met ? '**met**' : '**missed**';
  const by = `${t.margin >= 0 ? '+' : '−'}${f3(Math.abs(t.margin))}`;
  const change = t.required > 0 ? (100 * t.achieved) / t.required - 100 : 0;
  const relative =
    t.required > 0 ? ` (${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(1)}%)` : '';
  return `${verdict}: ${t.requirement}; achieved ${f3(t.achieved)}, ${by}${relative}`;
}

/** Facts that help explain a result, computed from the run (no hand-written numbers). */
export function diagnostics(run: DatasetRun): string[] {
  const full = run.results.find((r) => r.config.kind === 'full');
  if (!full) return [];
  const lines: string[] = [];
  const notFound = full.perQuery.filter((q) => q.rr === 0).length;
  lines.push(
    `The full ranker returned no relevant person at all (in its list of up to 50) for ${notFound} of ${run.queryCount} queries; ${full.perQuery.filter((q) => q.rr === 1).length} queries had a relevant person first.`,
  );
  const ablations = run.results.filter((r) => r.config.kind === 'ablation');
  const best = [...ablations].sort((a, b) => b.metrics.mrr - a.metrics.mrr)[0];
  if (best) {
    lines.push(
      `The strongest single signal is ${best.config.name.replace(' alone', '')} (MRR ${f3(best.metrics.mrr)}, nDCG@10 ${f3(best.metrics.ndcg10)}); the full ranker has MRR ${f3(full.metrics.mrr)}, nDCG@10 ${f3(full.metrics.ndcg10)}.`,
    );
  }
  if (run.topTenOthers && run.topTenOthers.length > 0) {
    const total = run.topTenOthers.reduce((sum, [, n]) => sum + n, 0);
    const kinds = run.topTenOthers
      .map(([kind, n]) => `${kind} ${((100 * n) / total).toFixed(0)}%`)
      .join(', ');
    lines.push(
      `The full ranker's top 10 held ${total} places (${(total / run.queryCount).toFixed(1)} per query) of people who are not relevant: ${kinds}.`,
    );
  }
  const bestBaseline = [...run.baselines].sort((a, b) => b.metrics.mrr - a.metrics.mrr)[0];
  if (bestBaseline) {
    lines.push(
      `The best README baseline is ${bestBaseline.name.replace('baseline: ', '')} with MRR ${f3(bestBaseline.metrics.mrr)}; the full ranker reaches ${((100 * full.metrics.mrr) / bestBaseline.metrics.mrr).toFixed(0)}% of it.`,
    );
  }
  return lines;
}

export function datasetSection(run: DatasetRun): string {
  const full = run.results.find((r) => r.config.kind === 'full');
  return [
    `## ${run.title}`,
    run.notes.map((note) => `- ${note}`).join('\n'),
    `Loaded into a fresh store in ${run.loadSeconds.toFixed(1)} s; ${run.results.length} rankers × ${run.queryCount} queries ran in ${run.runSeconds.toFixed(1)} s${full ? ` (full ranker p50 ${percentile(full.latenciesMs, 50).toFixed(0)} ms, p95 ${percentile(full.latenciesMs, 95).toFixed(0)} ms per call, sequential)` : ''}.`,
    resultsTable(run),
    `**Target** — ${targetLine(run)}.`,
    ...(run.hasTraps || run.results.some((r) => r.violations.length > 0)
      ? [`Hard-rule violations per kind. ${unavailableNote(run)}`, violationsTable(run)]
      : []),
    run.target.met ? 'Facts from this run:' : 'Why the target is missed — facts from this run:',
    diagnostics(run)
      .map((l) => `- ${l}`)
      .join('\n'),
    ...run.remarks,
    ...(run.lookAlike ? [lookAlikeSection(run.lookAlike)] : []),
    ...(run.loadSpreading ? [loadSpreadingSection(run.loadSpreading)] : []),
  ].join('\n\n');
}

/** The look-alike queries apart: how often a ranker opens with the solver of the other problem. */
export function lookAlikeSection(summary: LookAlikeSummary): string {
  const cells = (row: LookAlikeRow): string[] => [
    row === summary.descriptionOnly || row.kind !== 'full' ? row.ranker : `**${row.ranker}**`,
    f3(row.ndcg10),
    f3(row.mrr),
    `${row.wrongFirst} of ${summary.queryCount}`,
    String(row.violations),
    f3(row.otherNdcg10),
  ];
  const full = summary.rows.find((row) => row.kind === 'full');
  const opened = (row: LookAlikeRow, how: string): string =>
    row.wrongFirst === 0
      ? `The full ranker${how} opened no look-alike query with the other problem.`
      : `The full ranker${how} opened these look-alike queries with the other problem: ${row.wrongFirstIds.map((id) => `\`${id}\``).join(', ')}.`;
  return [
    '### Look-alike problems',
    `${summary.queryCount} queries belong to a look-alike pair: their description shares most of its words with the challenges of another problem (another theme, mostly other skills), whose solvers are judged not relevant. nDCG@10 and MRR are over those ${summary.queryCount} queries alone; **wrong problem first** counts the look-alike queries whose list shows, within its first 10, a solver of the other problem before any relevant person (a list with neither does not count). The last column is nDCG@10 over the other ${summary.otherQueryCount} queries, for comparison.${summary.descriptionOnly ? ' The last row asks every query again without its skillIds, as someone would who names no skills: then the words alone have to tell the two problems apart.' : ''}`,
    table(
      ['ranker', 'nDCG@10', 'MRR', 'wrong problem first', 'violations', 'nDCG@10, other queries'],
      [...summary.rows, ...(summary.descriptionOnly ? [summary.descriptionOnly] : [])].map(cells),
    ),
    [
      ...(full ? [opened(full, '')] : []),
      ...(summary.descriptionOnly ? [opened(summary.descriptionOnly, ' without skillIds')] : []),
    ].join(' '),
  ].join('\n\n');
}

/** One line for the terminal. */
export function lookAlikeLine(summary: LookAlikeSummary): string {
  const part = (row: LookAlikeRow): string =>
    `nDCG@10 ${f3(row.ndcg10)}, MRR ${f3(row.mrr)}, wrong problem first ${row.wrongFirst}`;
  const full = summary.rows.find((row) => row.kind === 'full');
  const only = summary.descriptionOnly;
  return `Look-alike queries (${summary.queryCount}), full ranker: ${full ? part(full) : '—'}${only ? `; without skillIds: ${part(only)}` : ''}`;
}

/** One line for the terminal. */
export function loadSpreadingLine(result: LoadSpreadingResult): string {
  const part = (run: LoadRun) =>
    `busiest expert ${run.busiest}, ${run.expertsAsked} asked, ${run.refusals} refusals, MRR ${f3(run.mrr)}`;
  return `load spreading (${result.requests} requests): without feedback ${part(result.without)}; with ${part(result.with)}`;
}

/** The load-spreading section: the same burst of requests, ranked without and with feedback. */
export function loadSpreadingSection(result: LoadSpreadingResult): string {
  const row = (name: string, run: LoadRun): string[] => [
    name,
    String(run.busiest),
    String(run.expertsAsked),
    String(run.refusals),
    `${(100 * run.relevantShare).toFixed(1)}%`,
    f3(run.mrr),
    f3(run.ndcg10),
  ];
  return [
    '### Load spreading',
    `Every query asked ${result.rounds} times in a row (${result.requests} requests, nobody answering yet), each by another civil servant who asks the first person in the list not at the open-request cap (${result.cap}; the service refuses those with \`EXPERT_BUSY\`). "Without" ranks as if the workflow fed nothing back; "with" is the service as it runs, each request stored as a pending introduction that the next recommendation sees. MRR and nDCG@10 are over all ${result.requests} lists shown.`,
    table(
      [
        'ranking',
        'most requests to one expert',
        'experts asked',
        'refused asks',
        'requests to a relevant person',
        'MRR',
        'nDCG@10',
      ],
      [
        row('without introduction feedback', result.without),
        row('with (the service)', result.with),
      ],
    ),
  ].join('\n\n');
}

export function summaryTable(runs: readonly DatasetRun[]): string {
  return table(
    ['data set', 'queries', 'target', 'full ranker', 'met', 'hard-rule violations (all rankers)'],
    runs.map((run) => [
      run.name,
      String(run.queryCount),
      run.target.requirement,
      f3(run.target.achieved),
      run.target.met
        ? 'yes'
        : `no (${run.target.margin >= 0 ? '+' : '−'}${f3(Math.abs(run.target.margin))})`,
      String(run.results.reduce((sum, r) => sum + r.violations.length, 0)),
    ]),
  );
}

/** The whole of docs/evaluation.md; `fixedSections` are the method, caveats and licence texts. */
export function renderReport(
  info: RunInfo,
  runs: readonly DatasetRun[],
  fixedSections: readonly string[],
): string {
  return (
    [
      '# Evaluation of the recommendations',
      '_Generated by `npm run eval` (test/evaluation/); do not edit by hand — rerun it._',
      table(
        ['', ''],
        [
          ['command', `\`${info.command}\``],
          ['date', info.date],
          ['machine', info.machine],
          ['Node.js', info.node],
          ['graph store', info.store],
          ['duration', `${info.totalSeconds.toFixed(0)} s`],
        ],
      ),
      '## Summary',
      summaryTable(runs),
      ...runs.map(datasetSection),
      ...fixedSections,
    ].join('\n\n') + '\n'
  );
}

/** The tables for the terminal: one block per data set. */
export function renderConsole(runs: readonly DatasetRun[]): string {
  return runs
    .map((run) =>
      [
        `\n== ${run.title} (${run.queryCount} queries)`,
        resultsTable(run),
        `Target: ${targetLine(run).replace(/\*\*/g, '')}`,
        `Hard-rule violations: ${run.results.reduce((sum, r) => sum + r.violations.length, 0)}`,
        ...(run.lookAlike ? [lookAlikeLine(run.lookAlike)] : []),
      ].join('\n'),
    )
    .join('\n');
}
