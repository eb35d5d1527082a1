import { type Neo4jServer } from './neo4j-server';

/** Stops the Neo4j servers global setup started (same process, so the handles are here). */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __KENNISSEN_NEO4J__?: Neo4jServer[] };
  await Promise.all((state.__KENNISSEN_NEO4J__ ?? []).map((server) => server.dispose()));
}
