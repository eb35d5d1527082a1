import { markdownTable } from './markdown-table';
import { type BenchResults, comparisonRows, type MemoryFigures, SERVERS } from './results';
import { verdicts } from './targets';

/**
 * docs/benchmarks-<scale>.md from one run's results (results.ts); the numbers themselves are in
 * docs/benchmarks-<scale>.json beside it. Laid out so that the file passes `prettier --check`.
 */
const ms = (value: number): string => (Number.isNaN(value) ? '–' : value.toFixed(1));
const perSecond = (value: number): string => (Number.isNaN(value) ? '–' : value.toFixed(0));
const percent = (share: number | null): string =>
  share === null ? '–' : `${(share * 100).toFixed(0)} %`;
const megabytes = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : `${value.toFixed(0)} MB`;
const seconds = (value: number | null): string => (value === null ? '–' : `${value.toFixed(1)} s`);
const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

/** Rows where other software took more than this share of the CPUs are called disturbed. */
const DISTURBED_SHARE = 0.1;

export function renderReport(results: BenchResults): string {
  return [
    `# Benchmarks: ${results.scale} scale`,
    '',
    'Latency and throughput of the GraphQL API over HTTP on loopback, measured by `npm run bench`',
    `(test/benchmark/). **This file is written by that command** (\`${results.command}\`); the raw`,
    `numbers are in [benchmarks-${results.scale}.json](benchmarks-${results.scale}.json). See`,
    '[benchmarks.md](benchmarks.md) for the other scales.',
    '',
    ...(results.smoke
      ? [
          '**Smoke run:** a few requests per operation, to prove that every step works; its timings mean nothing.',
          '',
        ]
      : []),
    ...setup(results),
    ...data(results),
    ...serviceResults(results),
    ...sideBySide(results),
    ...targets(results),
    ...failures(results),
    ...reading(),
  ].join('\n');
}

function setup(results: BenchResults): string[] {
  const { machine, settings } = results;
  return [
    '## How it was measured',
    '',
    `- **Command:** \`${results.command}\``,
    `- **Date:** ${results.date}`,
    `- **Machine:** ${machine.cpus} CPUs (nproc; ${machine.cpuModel}), ${machine.memoryGb.toFixed(1)} GB memory, Node.js ${machine.node}, ${machine.os}`,
    `- **Other load:** 1-minute load average ${machine.load[0].toFixed(1)} before the run started anything (other work on the machine), ${machine.load[1].toFixed(1)} at its end (its own processes included), on ${machine.cpus} CPUs.`,
    '- **Service:** the real application (createApp), NODE_ENV=production, in a process of its own, the clients calling with an administrator key (the rate limits and the request log off: LOG_LEVEL=warn), SQLite for the relational store. Kuzu runs inside the service process; Neo4j 5.26 is the project’s development server (scripts/neo4j.js), a separate JVM on the same machine.',
    '- **Comparison servers** (Neo4j run only), each in a process of its own: `@neo4j/graphql` 7 under Apollo Server 5 over the same Neo4j data (test/benchmark/neo4j-graphql-server.ts), and an Apollo Server 5 whose schema answers nothing but `{ __typename }` (test/benchmark/empty-apollo-server.ts).',
    `- **Load:** autocannon 9 in a separate Node.js process, per operation and number of clients: ${settings.warmUp} warm-up requests, then ${settings.measured} measured requests over ${settings.clients.join(' and ')} connections, each sending its next request when the previous answer is in (closed loop)${cap(settings.maxPhaseSeconds)}. Latency is autocannon’s per answer (request written to answer read), the percentiles taken from every measured answer (nearest rank); a request fails when it times out, is not HTTP 2xx or answers GraphQL errors. Throughput is answered requests per second of wall time.`,
    '',
    ...markdownTable(
      ['server', 'operation', 'what is sent'],
      ['left', 'left', 'left'],
      results.operations.map(({ server, name, description }) => [server, name, description]),
    ),
    '',
  ];
}

/** How a time cap per phase changes the request counts, in the setup's words. */
function cap(maxPhaseSeconds: number | null | undefined): string {
  if (maxPhaseSeconds === null || maxPhaseSeconds === undefined) return '';
  return `; each phase stops after ${maxPhaseSeconds} s (BENCH_MAX_SECONDS) with the answers it has, so slow operations have fewer measured requests (column _requests_)`;
}

function data(results: BenchResults): string[] {
  const measured = results.stores.filter((run) => !run.skipped);
  const source =
    results.scale === 'demo'
      ? 'the fictitious demo population (`SEED_DEMO=true`, loaded by the service at its start) on the real reference data.'
      : `the ${results.scale} data set of \`node dist/src/cli/generate.command.js --scale ${results.scale} --seed ${results.seed}\` (${results.dataset?.generatedSeconds === null || results.dataset === null ? 'cached' : `generated in ${seconds(results.dataset.generatedSeconds)}`}), loaded into each store by \`node dist/src/cli/import.command.js\`; _load_ is the import command’s wall time, _on disk_ the store’s files after it.`;
  const memory = (figures: MemoryFigures | null, inService: boolean): [string, string] =>
    inService
      ? ['in the service', 'in the service']
      : [megabytes(figures?.peakMb), megabytes(figures?.servingPeakMb)];
  return [
    '## Data and memory',
    '',
    `**Data:** ${source}`,
    '',
    ...markdownTable(
      [
        'store',
        'municipalities',
        'people',
        'skills',
        'challenges',
        'relationships',
        'load',
        'on disk',
        'service start',
      ],
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
      measured.map(({ store, size, loadSeconds, diskBytes, startSeconds }) => [
        store,
        String(size?.municipalities ?? '–'),
        String(size?.people ?? '–'),
        String(size?.skills ?? '–'),
        String(size?.challenges ?? '–'),
        String(size?.relationships ?? '–'),
        seconds(loadSeconds),
        diskBytes === null ? '–' : megabytes(diskBytes / 1024 ** 2),
        seconds(startSeconds),
      ]),
    ),
    '',
    'Resident memory (/proc/<pid>/status): _peak_ is VmHWM at the end, the most the process held',
    'since it started (for Neo4j the import included); _serving_ the most VmRSS sampled while the',
    'load ran. Kuzu is a library inside the service process: its memory is the service’s.',
    '',
    ...markdownTable(
      ['store', 'service peak', 'service serving', 'store peak', 'store serving'],
      ['left', 'right', 'right', 'right', 'right'],
      measured.map((run) => [
        run.store,
        megabytes(run.serviceMemory?.peakMb),
        megabytes(run.serviceMemory?.servingPeakMb),
        ...memory(run.storeMemory, run.store === 'kuzu'),
      ]),
    ),
    ...results.stores
      .filter((run) => run.skipped)
      .flatMap((run) => ['', `**${run.store} was not measured:** ${run.skipped}`]),
    '',
  ];
}

function serviceResults(results: BenchResults): string[] {
  const names = [
    ...new Set(results.operations.filter((o) => o.server === SERVERS.service).map((o) => o.name)),
  ];
  const service = results.measurements.filter((m) => m.server === SERVERS.service);
  return [
    '## Results',
    '',
    'Milliseconds; throughput in requests per second. _Other CPU_ is the share of all CPU time',
    'that software outside the benchmark (not the service, its clients, Neo4j or the comparison',
    'servers) used while the row was measured; more than a few percent means the row is disturbed.',
    '',
    ...markdownTable(
      [
        'operation',
        'store',
        'clients',
        'requests',
        'p50',
        'p95',
        'p99',
        'mean',
        'throughput',
        'errors',
        'other CPU',
      ],
      [
        'left',
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
      ],
      names.flatMap((name) =>
        service
          .filter((m) => m.operation === name)
          .map(({ operation, store, clients, summary: s, otherCpuShare }) => [
            operation,
            store,
            String(clients),
            String(s.requests),
            ms(s.p50Ms),
            ms(s.p95Ms),
            ms(s.p99Ms),
            ms(s.meanMs),
            perSecond(s.throughput),
            String(s.errors),
            percent(otherCpuShare),
          ]),
      ),
    ),
    '',
  ];
}

function sideBySide(results: BenchResults): string[] {
  const rows = comparisonRows(results.measurements);
  if (rows.length === 0)
    return [
      '## Side by side',
      '',
      'Not measured: the comparison servers run with the Neo4j store.',
      '',
    ];
  return [
    '## Side by side',
    '',
    'The service against `@neo4j/graphql` over the same Neo4j data, and the service’s floor',
    'against the empty Apollo Server’s, measured in the same run with the same load and inputs.',
    'A throughput ratio above 1 and a p95 ratio below 1 favour the service.',
    '',
    ...markdownTable(
      [
        'operation',
        'clients',
        'service on',
        'against',
        'service /s',
        'other /s',
        'throughput ratio',
        'service p95',
        'other p95',
        'p95 ratio',
      ],
      ['left', 'right', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows.map((row) => [
        row.operation,
        String(row.clients),
        row.store,
        row.otherServer,
        perSecond(row.service.throughput),
        perSecond(row.other.throughput),
        ratio(row.throughputRatio),
        ms(row.service.p95Ms),
        ms(row.other.p95Ms),
        ratio(row.p95Ratio),
      ]),
    ),
    '',
  ];
}

function targets(results: BenchResults): string[] {
  if (results.smoke) return [];
  const scope =
    results.scale === 'national'
      ? 'This run uses the national data set the targets are set for.'
      : `This run uses the ${results.scale} data set, smaller than the national one the targets are set for: a target met here is necessary, not sufficient; one missed here is missed for certain.`;
  return [
    '## Against the targets',
    '',
    `The design brief sets its targets for the national data set (342 municipalities, 200,000 people, about 2 million relationships) on a 2-core / 24 GB machine. ${scope}`,
    '',
    ...verdicts(results).map((v) => `- ${v.target} — ${v.subject}: **${v.status}**: ${v.detail}.`),
    '- `searchPeople` and the people filter: the design brief sets no latency target for them.',
    '',
    ...busyWarning(results),
  ];
}

/** A row measured while other software took the CPUs measured that work too; say so. */
function busyWarning(results: BenchResults): string[] {
  const disturbed = results.measurements.filter(
    ({ otherCpuShare }) => otherCpuShare !== null && otherCpuShare > DISTURBED_SHARE,
  );
  if (disturbed.length === 0) return [];
  const rows = disturbed
    .map(
      (m) =>
        `${m.server} ${m.operation} on ${m.store} at ${m.clients} (${percent(m.otherCpuShare)})`,
    )
    .join('; ');
  return [
    `**Other software competed for the CPUs** while these rows were measured: ${rows}. Their latencies are too high by an unknown amount, and a target missed there may be met on a quiet machine; run \`${results.command}\` again with nothing else running before drawing conclusions from them.`,
    '',
  ];
}

function failures(results: BenchResults): string[] {
  const failed = results.measurements.filter((m) => m.summary.errors > 0);
  if (results.failures.length === 0 && failed.length === 0) return [];
  return [
    '## Failures',
    '',
    ...results.failures.map((failure) => `- ${failure}`),
    ...failed.map(
      (m) =>
        `- ${m.server} ${m.operation} on ${m.store} at ${m.clients}: ${m.summary.errors} failed requests; first: \`${(m.failure ?? '').replace(/`/g, "'").replace(/\s+/g, ' ')}\``,
    ),
    '',
  ];
}

function reading(): string[] {
  return [
    '## Reading these numbers',
    '',
    '- Clients, service, Neo4j and the comparison servers share the machine. At 8 clients each',
    '  client waits for its answer before it sends the next, so when the service is saturated the',
    '  latency is mostly waiting in line: about clients ÷ throughput. The service answers from one',
    '  JavaScript thread (store work runs on native threads), so throughput, not the single',
    '  request, decides the 8-client numbers.',
    '- Kuzu runs inside the service process; Neo4j is reached over Bolt, so every store query adds',
    '  a round trip and the JVM competes for the same cores.',
    '- `@neo4j/graphql` answers without authentication, visibility rules or query limits; the',
    '  service checks all three on every request. The floor rows show what that costs.',
    '- Numbers from different machines, or from runs with other software busy, are not',
    '  comparable. The first requests after a start are slower (JIT, caches), which is what the',
    '  warm-up absorbs.',
    '',
  ];
}
