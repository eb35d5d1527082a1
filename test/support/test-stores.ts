/**
 * Which stores this test file runs against. Jest runs the contract and end-to-end suites once
 * per graph store (see jest.config.js: one project per store, each setting the global
 * TEST_GRAPH_STORE); the servers a run needs are started once by test/support/global-setup.ts,
 * one per Jest worker, and found here by the worker's id.
 */
import { type GraphStoreKind } from '../../src/config/app-config';

declare const TEST_GRAPH_STORE: GraphStoreKind | undefined;

export function currentGraphStore(): GraphStoreKind {
  return typeof TEST_GRAPH_STORE === 'string' ? TEST_GRAPH_STORE : 'kuzu';
}

function workerId(): string {
  return process.env.JEST_WORKER_ID ?? '1';
}

/** The Neo4j server of this worker; throws if global setup started none (a bug in the config). */
export function neo4jUriForWorker(): string {
  const uri = process.env.TEST_NEO4J_URI ?? process.env[`KENNISSEN_TEST_NEO4J_URI_${workerId()}`];
  if (!uri)
    throw new Error('No Neo4j server for this Jest worker: global setup did not start one.');
  return uri;
}

/** This worker's own PostgreSQL database, when the run has PostgreSQL; otherwise undefined. */
export function postgresUrlForWorker(): string | undefined {
  return process.env[`KENNISSEN_TEST_POSTGRES_URL_${workerId()}`];
}
