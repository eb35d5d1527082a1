import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../../src/common/project-root';
import { type GraphStoreKind } from '../../src/config/app-config';
import { checkAnswer } from './answer-check';
import { type BenchSettings } from './bench-args';
import { type ServiceJob, type ServiceReady } from './bench-app';
import { type BenchParameters } from './bench-parameters';
import { type ChildServer, startChildServer } from './child-server';
import { emptyApolloOperations, neo4jGraphqlOperations } from './comparison-operations';
import { importDataset } from './dataset';
import { type DevNeo4j, startDevNeo4j } from './dev-neo4j';
import { diskBytes } from './disk-size';
import { runLoadInChild } from './load-runner';
import { type BenchOperation, benchOperations } from './operations';
import { readMemory, sampleRss } from './process-memory';
import { type Measurement, type ServerName, SERVERS, type StoreRun } from './results';

/** What every store's run shares. */
export interface BenchContext {
  readonly settings: BenchSettings;
  readonly clients: readonly number[];
  /** The administrator key the service accepts and the clients send. */
  readonly token: string;
  /** The generated import folder; null at demo scale (the service seeds itself). */
  readonly dataset: string | null;
  readonly log: (message: string) => void;
}

export interface StoreOutcome {
  readonly run: StoreRun;
  readonly operations: ReadonlyArray<{ server: ServerName; name: string; description: string }>;
  readonly measurements: Measurement[];
  readonly failures: string[];
}

const REQUEST_TIMEOUT_SECONDS = 30;
/** The demo seed, or counting 2 million relationships at national scale, takes a while. */
const SERVICE_READY_MS = 20 * 60_000;
const SERVER_READY_MS = 120_000;

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * One store: a fresh store (Kuzu in a directory under data/bench/, Neo4j a development server),
 * the data set imported into it (timed), the service over it, every operation at each client
 * count; on Neo4j then `@neo4j/graphql` over the same data. Everything it started it stops.
 */
export async function benchStore(
  store: GraphStoreKind,
  context: BenchContext,
): Promise<StoreOutcome> {
  const { log, settings } = context;
  const failures: string[] = [];
  // Not under the system's temporary directory: that may be memory, and a national Kuzu store is large.
  const runs = path.join(projectRoot(), 'data', 'bench');
  fs.mkdirSync(runs, { recursive: true });
  const dir = fs.mkdtempSync(path.join(runs, `run-${store}-`));
  let neo4j: DevNeo4j | undefined;
  let service: ChildServer<ServiceReady> | undefined;
  try {
    if (store === 'neo4j') {
      log('starting a development Neo4j (scripts/neo4j.js)...');
      try {
        neo4j = await startDevNeo4j(settings.scale);
      } catch (error) {
        const reason = `no development Neo4j could be started here (${message(error)}).`;
        log(`skipping Neo4j: ${reason}`);
        // A smoke run proves that both stores work: one that cannot start is a failure there.
        return {
          run: skippedRun(store, reason),
          operations: [],
          measurements: [],
          failures: settings.smoke ? [`neo4j: ${reason}`] : [],
        };
      }
    }
    const job: ServiceJob = {
      store,
      kuzuPath: path.join(dir, 'kuzu', 'graph'),
      databaseUrl: `sqlite:${path.join(dir, 'kennissen.sqlite')}`,
      neo4jUri: neo4j?.uri,
      token: context.token,
      seedDemo: context.dataset === null,
    };
    const storeFiles = neo4j?.dataDir ?? path.join(dir, 'kuzu');
    let loadSeconds: number | null = null;
    if (context.dataset !== null) {
      log(`importing ${path.relative(projectRoot(), context.dataset)} into ${store}...`);
      fs.mkdirSync(path.dirname(job.kuzuPath), { recursive: true });
      loadSeconds = await importDataset(context.dataset, {
        GRAPH_STORE: store,
        KUZU_PATH: job.kuzuPath,
        ...(neo4j ? { NEO4J_URI: neo4j.uri } : {}),
        DATABASE_URL: job.databaseUrl,
      });
      log(`${store}: imported in ${loadSeconds.toFixed(1)} s`);
    }
    log(`starting the service on ${store}${job.seedDemo ? ' with the demo population' : ''}...`);
    const started = performance.now();
    service = await startChildServer<ServiceReady>('bench-service.js', job, SERVICE_READY_MS);
    const startSeconds = (performance.now() - started) / 1000;
    const { size, parameters, url } = service.ready;
    log(
      `${store}: ${size.people} people, ${size.relationships} relationships, up in ${startSeconds.toFixed(1)} s`,
    );
    const onDisk = diskBytes(storeFiles);

    const serviceRss = sampleRss(service.pid);
    const storeRss = neo4j?.pid === undefined ? null : sampleRss(neo4j.pid);
    const operations = benchOperations(parameters);
    const measurements = await measureAll(
      {
        server: SERVERS.service,
        store,
        url,
        headers: { authorization: `Bearer ${context.token}` },
      },
      operations,
      [service.pid, ...(neo4j?.pid === undefined ? [] : [neo4j.pid])],
      context,
    );
    const servingPeakMb = serviceRss.stop();
    const serviceMemory = { peakMb: readMemory(service.pid)?.peakMb ?? null, servingPeakMb };
    // Neo4j's serving peak is the service's load only, not @neo4j/graphql's after it.
    const storeServingPeakMb = storeRss?.stop() ?? null;
    await service.stop();
    service = undefined;

    const compared = neo4j ? await benchNeo4jGraphql(neo4j, parameters, context) : null;
    if (compared?.failure) failures.push(compared.failure);
    const storeMemory =
      neo4j?.pid === undefined
        ? null
        : {
            peakMb: readMemory(neo4j.pid)?.peakMb ?? null,
            servingPeakMb: storeServingPeakMb,
          };
    return {
      run: {
        store,
        size,
        loadSeconds,
        diskBytes: onDisk,
        startSeconds,
        serviceMemory,
        storeMemory,
      },
      operations: [
        ...operations.map(describe(SERVERS.service)),
        ...(compared?.operations.map(describe(SERVERS.neo4jGraphql)) ?? []),
      ],
      measurements: [...measurements, ...(compared?.measurements ?? [])],
      failures,
    };
  } catch (error) {
    log(`${store} failed: ${message(error)}`);
    return {
      run: skippedRun(store, `failed: ${message(error)}`),
      operations: [],
      measurements: [],
      failures: [`${store}: ${message(error)}`],
    };
  } finally {
    await service?.stop();
    await neo4j?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `@neo4j/graphql` over the Neo4j the service just used, same inputs; a failure is reported, not thrown. */
async function benchNeo4jGraphql(
  neo4j: DevNeo4j,
  parameters: BenchParameters,
  context: BenchContext,
): Promise<{ operations: BenchOperation[]; measurements: Measurement[]; failure?: string }> {
  const operations = neo4jGraphqlOperations(parameters);
  let server: ChildServer<{ url: string }> | undefined;
  try {
    context.log('starting @neo4j/graphql over the same Neo4j...');
    server = await startChildServer<{ url: string }>(
      'neo4j-graphql-server.js',
      { neo4jUri: neo4j.uri },
      SERVER_READY_MS,
    );
    const watch = [server.pid, ...(neo4j.pid === undefined ? [] : [neo4j.pid])];
    const measurements = await measureAll(
      { server: SERVERS.neo4jGraphql, store: 'neo4j', url: server.ready.url, headers: {} },
      operations,
      watch,
      context,
    );
    return { operations, measurements };
  } catch (error) {
    return { operations: [], measurements: [], failure: `@neo4j/graphql: ${message(error)}` };
  } finally {
    await server?.stop();
  }
}

/** The floor of an Apollo Server that does nothing else; once per run, with no store. */
export async function benchEmptyApollo(context: BenchContext): Promise<Omit<StoreOutcome, 'run'>> {
  const operations = emptyApolloOperations();
  let server: ChildServer<{ url: string }> | undefined;
  try {
    server = await startChildServer<{ url: string }>('empty-apollo-server.js', {}, SERVER_READY_MS);
    const measurements = await measureAll(
      { server: SERVERS.emptyApollo, store: 'none', url: server.ready.url, headers: {} },
      operations,
      [server.pid],
      context,
    );
    return {
      operations: operations.map(describe(SERVERS.emptyApollo)),
      measurements,
      failures: [],
    };
  } catch (error) {
    return { operations: [], measurements: [], failures: [`empty Apollo: ${message(error)}`] };
  } finally {
    await server?.stop();
  }
}

interface Target {
  readonly server: ServerName;
  readonly store: string;
  readonly url: string;
  readonly headers: Record<string, string>;
}

/** Each operation at each client count, one client process per phase. */
async function measureAll(
  target: Target,
  operations: readonly BenchOperation[],
  watchPids: readonly number[],
  context: BenchContext,
): Promise<Measurement[]> {
  const { settings } = context;
  const measurements: Measurement[] = [];
  for (const operation of operations) {
    const wrong = await checkAnswer(target.url, target.headers, operation);
    if (wrong) throw new Error(`${target.server} ${operation.name}: ${wrong}`);
    const bodies = Array.from(
      { length: Math.min(settings.warmUp + settings.measured, BODIES) },
      (_, i) => JSON.stringify(operation.request(i)),
    );
    for (const clients of context.clients) {
      const { summary, otherCpuShare, failure } = await runLoadInChild({
        url: target.url,
        headers: target.headers,
        bodies,
        clients,
        warmUpRequests: settings.warmUp,
        measuredRequests: settings.measured,
        maxPhaseSeconds: settings.maxPhaseSeconds,
        timeoutSeconds: REQUEST_TIMEOUT_SECONDS,
        watchPids: [process.pid, ...watchPids],
      });
      context.log(
        `${target.server} on ${target.store}, ${operation.name} ×${clients}: p50 ${summary.p50Ms.toFixed(1)} ms, p95 ${summary.p95Ms.toFixed(1)} ms, ${summary.throughput.toFixed(0)}/s, ${summary.errors} errors${failure ? ` (${failure.slice(0, 200)})` : ''}`,
      );
      measurements.push({
        server: target.server,
        store: target.store,
        operation: operation.name,
        clients,
        summary,
        otherCpuShare,
        ...(failure ? { failure } : {}),
      });
    }
  }
  return measurements;
}

/** Distinct request bodies per operation: enough that no single answer stays hot. */
const BODIES = 1_024;

const describe =
  (server: ServerName) =>
  ({
    name,
    description,
  }: BenchOperation): { server: ServerName; name: string; description: string } => ({
    server,
    name,
    description,
  });

function skippedRun(store: string, reason: string): StoreRun {
  return {
    store,
    skipped: reason,
    size: null,
    loadSeconds: null,
    diskBytes: null,
    startSeconds: null,
    serviceMemory: null,
    storeMemory: null,
  };
}
