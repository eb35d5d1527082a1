import { Client } from 'pg';
import { type Neo4jServer, startNeo4jServer } from './neo4j-server';

/**
 * Starts what the run's store suites need, once: one real Neo4j server per Jest worker (when a
 * Neo4j project is in the run) and one PostgreSQL database per worker (when TEST_POSTGRES_URL
 * names a server). Each worker then owns its stores, so suites never see each other's data.
 * The URIs reach the workers through the environment, which they inherit.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const workers = Math.max(1, globalConfig.maxWorkers);
  const needsNeo4j = process.env.KENNISSEN_TEST_NEO4J === '1' && !process.env.TEST_NEO4J_URI;
  const state = globalThis as { __KENNISSEN_NEO4J__?: Neo4jServer[] };
  if (needsNeo4j) {
    const servers = await Promise.all(
      Array.from({ length: workers }, () => startNeo4jServer({ heap: '768m' })),
    );
    state.__KENNISSEN_NEO4J__ = servers;
    servers.forEach((server, index) => {
      process.env[`KENNISSEN_TEST_NEO4J_URI_${index + 1}`] = server.uri;
    });
  }
  const postgres = process.env.TEST_POSTGRES_URL;
  if (postgres) {
    for (let worker = 1; worker <= workers; worker++) {
      process.env[`KENNISSEN_TEST_POSTGRES_URL_${worker}`] = await freshDatabase(postgres, worker);
    }
  }
}

/** Drops and recreates `<database>_w<worker>` on the server of `url`; returns its URL. */
async function freshDatabase(url: string, worker: number): Promise<string> {
  const target = new URL(url);
  const name = `${target.pathname.replace(/^\//, '') || 'kennissen_test'}_w${worker}`;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unusable test database name ${name}`);
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  target.pathname = `/${name}`;
  return target.toString();
}
