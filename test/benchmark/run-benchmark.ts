import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCommand } from '../../src/cli/command';
import { projectRoot } from '../../src/common/project-root';
import { BenchArgsError, type BenchSettings, parseBenchArgs, type Scale } from './bench-args';
import { type Dataset, ensureDataset, MissingCliError, requireClis } from './dataset';
import { renderReport } from './report';
import { type BenchResults } from './results';
import { benchEmptyApollo, benchStore, type StoreOutcome } from './store-bench';

/**
 * `npm run bench -- --scale demo|regional|national --store kuzu|neo4j|both [--seed N] [--smoke]`
 * (see bench-args.ts): for each store, loads the data set (at demo scale the service seeds it),
 * starts the service over it, measures each operation at 1 and 8 clients from a separate
 * process, and on Neo4j measures `@neo4j/graphql` over the same data; then an empty Apollo
 * Server. Writes docs/benchmarks-<scale>.md and .json (a smoke run: data/bench/smoke/ instead).
 * Exits 1 when a step failed or a request answered an error, after writing the report.
 */
const CLIENTS = [1, 8] as const;
/** However the run goes, it ends: a hung store or request cannot keep it alive past this. */
const RUN_LIMIT_MINUTES: Record<Scale, number> = { demo: 45, regional: 90, national: 240 };
const SMOKE_LIMIT_MINUTES = 20;

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  let settings: BenchSettings;
  try {
    settings = parseBenchArgs(argv, process.env);
  } catch (error) {
    if (!(error instanceof BenchArgsError)) throw error;
    log(error.message);
    return 2;
  }
  const minutes = settings.smoke ? SMOKE_LIMIT_MINUTES : RUN_LIMIT_MINUTES[settings.scale];
  setTimeout(() => {
    log(`stopped after ${minutes} minutes, the run's time limit`);
    process.exit(3);
  }, minutes * 60_000).unref();

  const loadAtStart = os.loadavg()[0];
  let dataset: Dataset | null = null;
  if (settings.scale !== 'demo') {
    requireClis(['generate', 'import']);
    dataset = await ensureDataset(settings.scale, settings.seed, log);
  }
  const common = {
    settings,
    clients: CLIENTS,
    token: randomBytes(24).toString('base64url'),
    dataset: dataset?.folder ?? null,
    log,
  };
  const outcomes: StoreOutcome[] = [];
  for (const store of settings.stores) outcomes.push(await benchStore(store, common));
  const apollo = await benchEmptyApollo(common);

  const results: BenchResults = {
    scale: settings.scale,
    seed: settings.scale === 'demo' ? null : settings.seed,
    smoke: settings.smoke,
    command:
      process.env.BENCH_COMMAND ??
      `${settingsFromEnvironment()}npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: machine(loadAtStart),
    settings: {
      warmUp: settings.warmUp,
      measured: settings.measured,
      maxPhaseSeconds: settings.maxPhaseSeconds,
      clients: CLIENTS,
    },
    dataset: dataset && {
      folder: path.relative(projectRoot(), dataset.folder),
      generatedSeconds: dataset.generatedSeconds,
    },
    // Each store's run lists the operations it sent; the report describes each once.
    operations: uniqueOperations([...outcomes.flatMap((o) => o.operations), ...apollo.operations]),
    stores: outcomes.map((o) => o.run),
    measurements: [...outcomes.flatMap((o) => o.measurements), ...apollo.measurements],
    failures: [...outcomes.flatMap((o) => o.failures), ...apollo.failures],
  };
  write(results);
  const failedRows = results.measurements.filter((m) => m.summary.errors > 0).length;
  if (results.failures.length > 0 || failedRows > 0) {
    log(`${results.failures.length} failed steps, ${failedRows} measurements with failed requests`);
    return 1;
  }
  return 0;
}

function machine(loadAtStart: number): BenchResults['machine'] {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    load: [loadAtStart, os.loadavg()[0]],
  };
}

/**
 * One Markdown and one JSON file per scale, so that a demo run never overwrites national
 * numbers; docs/benchmarks.md links them. A smoke run's numbers mean nothing: not in docs/.
 */
function write(results: BenchResults): void {
  const folder = results.smoke
    ? path.join(projectRoot(), 'data', 'bench', 'smoke')
    : path.join(projectRoot(), 'docs');
  fs.mkdirSync(folder, { recursive: true });
  const base = path.join(folder, `benchmarks-${results.scale}`);
  fs.writeFileSync(`${base}.md`, renderReport(results));
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${path.relative(projectRoot(), base)}.md and .json`);
}

// A missing command is explained in its message; anything else gets its stack.
runCommand('bench: failed', main, { showStack: (error) => !(error instanceof MissingCliError) });

function uniqueOperations<T extends { server: string; name: string }>(
  operations: readonly T[],
): T[] {
  const seen = new Set<string>();
  return operations.filter(({ server, name }) => {
    const key = `${server}\u0000${name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The variables that shaped this run, as they would be typed before the command to repeat it. */
const RUN_VARIABLES = [
  'BENCH_REQUESTS',
  'BENCH_WARMUP',
  'BENCH_MAX_SECONDS',
  'BENCH_STORES',
  'BENCH_SMOKE',
  'NEO4J_HEAP',
  'NEO4J_PAGECACHE',
];

function settingsFromEnvironment(): string {
  return RUN_VARIABLES.filter((name) => process.env[name])
    .map((name) => `${name}=${process.env[name]} `)
    .join('');
}
