import {
  type PostgresServer,
  postgresBinaries,
  startPostgresServer,
} from '../support/postgres-server';
import { type DataSource } from 'typeorm';
import { RELATIONAL_DATA_SOURCE } from '../../src/relational/typeorm/typeorm-adapters';
import { startTestApp, type TestApp } from '../support/test-app';
import { FAIL_FAST } from '../support/test-config';
import { askedBetween, traffic } from '../support/traffic';

/**
 * The service on a real PostgreSQL server that goes away during traffic: requests that need it
 * are answered SERVICE_UNAVAILABLE within 2 s, requests that do not (graph reads) carry on, and
 * it recovers without a restart. This file owns its server (see postgres-server.ts).
 */
const runnable = postgresBinaries() !== undefined;
if (!runnable && process.env.REQUIRE_POSTGRES) {
  throw new Error('REQUIRE_POSTGRES is set, but no PostgreSQL binaries are installed');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Not reached within ${timeoutMs} ms`);
    await sleep(200);
  }
}

(runnable ? describe : describe.skip)('resilience against PostgreSQL going away', () => {
  let server: PostgresServer;
  let app: TestApp;

  beforeAll(async () => {
    server = await startPostgresServer();
    app = await startTestApp({ DATABASE_URL: server.url, ...FAIL_FAST });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    server?.dispose();
  }, 60_000);

  /** Admin reads of the API clients (PostgreSQL) beside anonymous reads of people (the graph). */
  function mixedTraffic() {
    const relational = traffic(() => app.admin('{ apiClients(first: 1) { totalCount } }'), 3);
    const graph = traffic(() => app.gql('{ people(first: 1) { totalCount } }'), 1);
    return {
      relational,
      graph,
      stop: () => Promise.all([relational.stop(), graph.stop()]),
    };
  }

  const readiness = async (): Promise<number> => (await fetch(`${app.url}/health/ready`)).status;

  it('answers SERVICE_UNAVAILABLE within 2 s while PostgreSQL is stopped, serves the graph meanwhile, and recovers by itself', async () => {
    const load = mixedTraffic();
    try {
      await waitFor(() => (load.relational.answers.length >= 20 ? true : undefined), 30_000);
      server.stop();
      const stopped = Date.now();
      await sleep(4_000);
      expect(await readiness()).toBe(503);
      const restarting = Date.now();
      server.start();
      await waitFor(
        () =>
          load.relational.answers.find(
            ({ startedAt, code }) => startedAt > restarting && code === 'OK',
          ),
        30_000,
      );
      await load.stop();

      const whileDown = askedBetween(load.relational.answers, stopped, restarting);
      expect(whileDown.length).toBeGreaterThan(10);
      expect(whileDown.filter(({ code }) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
      expect(Math.max(...whileDown.map(({ ms }) => ms))).toBeLessThan(2_000);
      // The graph does not need PostgreSQL: its reads went on being answered.
      const graphWhileDown = askedBetween(load.graph.answers, stopped, restarting);
      expect(graphWhileDown.length).toBeGreaterThan(5);
      expect(graphWhileDown.filter(({ code }) => code !== 'OK')).toEqual([]);
      expect(await readiness()).toBe(200);
    } finally {
      await load.stop();
    }
  }, 120_000);

  it('answers within 2 s when PostgreSQL stops answering without closing its connections, and recovers', async () => {
    const load = mixedTraffic();
    try {
      await waitFor(() => (load.relational.answers.length >= 20 ? true : undefined), 30_000);
      const paused = Date.now();
      server.pause();
      await sleep(5_000);
      const resumed = Date.now();
      server.resume();
      await waitFor(
        () =>
          load.relational.answers.find(
            ({ startedAt, code }) => startedAt > resumed && code === 'OK',
          ),
        30_000,
      );
      await load.stop();

      const whileSilent = askedBetween(load.relational.answers, paused, resumed - 2_000);
      expect(whileSilent.length).toBeGreaterThan(10);
      expect(whileSilent.filter(({ code }) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
      expect(Math.max(...whileSilent.map(({ ms }) => ms))).toBeLessThan(2_000);
      expect(await readiness()).toBe(200);
      // Every connection of the requests released mid-way went back to the pool: none is lost
      // (which would in time leave the pool empty, and keep shutdown waiting).
      const pool = app.app.get<DataSource>(RELATIONAL_DATA_SOURCE).driver as unknown as {
        master: { totalCount: number; idleCount: number };
      };
      expect(pool.master.totalCount - pool.master.idleCount).toBe(0);
    } finally {
      server.resume();
      await load.stop();
    }
  }, 120_000);
});
