import * as path from 'node:path';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { currentGraphStore, neo4jUriForWorker, postgresUrlForWorker } from './test-stores';

export const TEST_ADMIN_KEY = 'test-admin-key-0123456789';

/**
 * A validated configuration on temporary stores under `dir`: the graph store of this test
 * project (Kuzu in `dir`, or this worker's Neo4j server) and SQLite in `dir` — or, next to Neo4j,
 * this worker's PostgreSQL database when the run has one (the production pair).
 */
export function testConfig(dir: string, overrides: Record<string, string> = {}): AppConfig {
  const store = overrides.GRAPH_STORE ?? currentGraphStore();
  const postgres = store === 'neo4j' ? postgresUrlForWorker() : undefined;
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    GRAPH_STORE: store,
    KUZU_PATH: path.join(dir, 'graph'),
    KUZU_BUFFER_POOL_MB: '128',
    ...(store === 'neo4j' ? { NEO4J_URI: neo4jUriForWorker() } : {}),
    DATABASE_URL: postgres ?? `sqlite:${path.join(dir, 'kennissen.sqlite')}`,
    ADMIN_API_KEY: TEST_ADMIN_KEY,
    ALLOW_ANONYMOUS_READ: 'true',
    // A request log line per request of every suite would bury the test output.
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    // Suites send hundreds of requests from 127.0.0.1; the limiter still counts them
    // (test/e2e/hardening.e2e-spec.ts tests the limits themselves).
    RATE_LIMIT_PER_IP: '100000',
    RATE_LIMIT_PER_CLIENT: '100000',
    // A shared test machine under full load has taken over 15 s (the default) for one Neo4j
    // write; the hardening test sets its own short timeout.
    GRAPHQL_TIMEOUT_MS: '120000',
    // Nor does a loaded 2-core machine answer every Neo4j probe within the 0.8 s that the default
    // 2 s budget allows, and an opened circuit fails requests that did nothing wrong; the
    // fail-fast suites (test/resilience) set the production default themselves.
    STORE_FAIL_WITHIN_MS: '20000',
    ...overrides,
  });
}

/** The production default of STORE_FAIL_WITHIN_MS, which the fail-fast suites hold the service to. */
export const FAIL_FAST = { STORE_FAIL_WITHIN_MS: String(new AppConfig().STORE_FAIL_WITHIN_MS) };
