import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runCommand } from '../../src/cli/command';
import { projectRoot } from '../../src/common/project-root';
import { type GraphStoreKind } from '../../src/config/app-config';
import { type BenchApp, startBenchApp } from './bench-app';
import { type DevNeo4j, startDevNeo4j } from './dev-neo4j';
import { runLoadInChild } from './load-generator';
import { benchOperations } from './operations';
import { type Measurement, renderReport, type StoreRun } from './report';

/**
 * `npm run bench`: boots the service with the demo population on Kuzu and, when a development
 * Neo4j can be started here, on Neo4j; measures each operation at 1 and 8 clients; writes
 * docs/benchmarks.md. Bounded request counts and an overall time limit make it stop by itself.
 *
 * Environment: BENCH_REQUESTS (measured requests per operation and client count, 500),
 * BENCH_WARMUP (50), BENCH_STORES (kuzu,neo4j).
 */
const COMMAND = 'npm run bench';
const CLIENTS = [1, 8] as const;
const REQUEST_TIMEOUT_MS = 30_000;
const RUN_LIMIT_MS = 45 * 60_000;

function positiveInteger(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

interface StoreResult {
  readonly run: StoreRun;
  readonly operations: ReadonlyArray<{ name: string; description: string }>;
  readonly measurements: Measurement[];
  readonly recommendMissing: boolean;
}

async function benchStore(
  store: GraphStoreKind,
  settings: { warmUp: number; measured: number },
): Promise<StoreResult> {
  let neo4j: DevNeo4j | undefined;
  let app: BenchApp | undefined;
  try {
    if (store === 'neo4j') {
      log('starting a development Neo4j (scripts/neo4j.js)...');
      try {
        neo4j = await startDevNeo4j();
      } catch (error) {
        const reason = `no development Neo4j could be started here (${(error as Error).message}).`;
        log(`skipping Neo4j: ${reason}`);
        return {
          run: { store, size: null, startSeconds: null, skipped: reason },
          operations: [],
          measurements: [],
          recommendMissing: false,
        };
      }
    }
    log(`starting the service on ${store} and loading the demo population...`);
    const started = performance.now();
    app = await startBenchApp(store, neo4j?.uri);
    const startSeconds = (performance.now() - started) / 1000;
    log(`${store}: ${app.size.people} people, ${app.size.relationships} relationships`);
    const withRecommend = app.hasQuery('recommendColleagues');
    const operations = benchOperations(app.size, withRecommend);
    const measurements: Measurement[] = [];
    for (const operation of operations) {
      for (const clients of CLIENTS) {
        const { summary, otherCpuShare } = await runLoadInChild({
          url: app.url,
          token: app.token,
          operation: operation.name,
          population: app.size,
          clients,
          warmUpRequests: settings.warmUp,
          measuredRequests: settings.measured,
          timeoutMs: REQUEST_TIMEOUT_MS,
          watchPids: [process.pid, ...(neo4j?.pid === undefined ? [] : [neo4j.pid])],
        });
        log(
          `${store} ${operation.name} ×${clients}: p50 ${summary.p50Ms.toFixed(1)} ms, p95 ${summary.p95Ms.toFixed(1)} ms, ${summary.throughput.toFixed(0)}/s, ${summary.errors} errors`,
        );
        measurements.push({ store, operation: operation.name, clients, summary, otherCpuShare });
      }
    }
    return {
      run: { store, size: app.size, startSeconds },
      operations: operations.map(({ name, description }) => ({ name, description })),
      measurements,
      recommendMissing: !withRecommend,
    };
  } finally {
    await app?.close();
    await neo4j?.stop();
  }
}

async function main(): Promise<void> {
  const settings = {
    warmUp: positiveInteger('BENCH_WARMUP', 50),
    measured: positiveInteger('BENCH_REQUESTS', 500),
  };
  const stores = (process.env.BENCH_STORES ?? 'kuzu,neo4j')
    .split(',')
    .map((each) => each.trim())
    .filter((each): each is GraphStoreKind => each === 'kuzu' || each === 'neo4j');
  if (stores.length === 0) throw new Error('BENCH_STORES names no store (kuzu, neo4j)');

  const loadAtStart = os.loadavg()[0];
  const results: StoreResult[] = [];
  for (const store of stores) results.push(await benchStore(store, settings));

  const measured = results.filter(({ run }) => run.size !== null);
  const anyMeasured = measured[0];
  const cpus = os.cpus();
  const markdown = renderReport({
    command: process.env.BENCH_COMMAND ?? COMMAND,
    date: new Date(),
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
      memoryGb: os.totalmem() / 1024 ** 3,
      node: process.version,
      os: `${os.type()} ${os.release()}`,
      load: [loadAtStart, os.loadavg()[0]],
    },
    settings: { ...settings, clients: CLIENTS },
    operations: anyMeasured?.operations ?? [],
    recommendMissing: anyMeasured?.recommendMissing ?? true,
    stores: results.map(({ run }) => run),
    measurements: results.flatMap(({ measurements }) => measurements),
  });
  const target = path.join(projectRoot(), 'docs', 'benchmarks.md');
  fs.writeFileSync(target, markdown);
  log(`wrote ${path.relative(projectRoot(), target)}`);
}

// However the run goes, it ends: a hung store or request cannot keep it alive past the limit.
const limit = setTimeout(() => {
  log(`stopped after ${RUN_LIMIT_MS / 60_000} minutes, the run's time limit`);
  process.exit(3);
}, RUN_LIMIT_MS);
limit.unref();

runCommand('bench: failed', main, { showStack: () => true });
