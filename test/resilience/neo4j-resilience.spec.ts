import neo4j from 'neo4j-driver';
import { OutboxRepository } from '../../src/outbox/outbox.repository';
import { AdminWrites, dataOf } from '../support/admin-writes';
import { type Neo4jServer, startNeo4jServer } from '../support/neo4j-server';
import { startTestApp, type TestApp } from '../support/test-app';
import { FAIL_FAST } from '../support/test-config';
import { askedBetween, traffic } from '../support/traffic';

/**
 * The service against a real Neo4j server that goes away and comes back: it must start without
 * it, say so (readiness, SERVICE_UNAVAILABLE), recover without a restart, and lose no write it
 * acknowledged. This file owns its server, so it can stop and start it.
 */
describe('resilience against Neo4j going away', () => {
  let server: Neo4jServer;

  beforeAll(async () => {
    server = await startNeo4jServer({ heap: '512m' });
  }, 180_000);
  afterAll(() => server.dispose(), 60_000);

  async function waitFor<T>(
    probe: () => T | undefined | Promise<T | undefined>,
    timeoutMs: number,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`Not reached within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  const readiness = async (
    app: TestApp,
  ): Promise<{ status: number; body: { checks: { graph: { status: string } } } }> => {
    const response = await fetch(`${app.url}/health/ready`);
    return {
      status: response.status,
      body: (await response.json()) as { checks: { graph: { status: string } } },
    };
  };

  it('starts while Neo4j is down, answers SERVICE_UNAVAILABLE, and recovers when it comes up', async () => {
    await server.stop();
    const app = await startTestApp({ GRAPH_STORE: 'neo4j', NEO4J_URI: server.uri, ...FAIL_FAST });
    try {
      const notReady = await readiness(app);
      expect(notReady.status).toBe(503);
      expect(notReady.body.checks.graph.status).toBe('down');

      const refused = await app.gql('{ municipalities(first: 1) { totalCount } }');
      expect(refused.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(refused.errors?.[0].message).toMatch(/cannot be reached/);

      await server.start();
      // The start-up retry applies the schema and loads the reference data on its own.
      const total = await waitFor(async () => {
        const answer = await app.gql<{ municipalities: { totalCount: number } }>(
          '{ municipalities(first: 1) { totalCount } }',
        );
        const count = answer.data?.municipalities.totalCount;
        return count === 342 ? count : undefined;
      }, 60_000);
      expect(total).toBe(342);
      expect((await readiness(app)).status).toBe(200);
    } finally {
      await app.close();
    }
  }, 180_000);

  /** `clients` callers asking a graph read in a loop until stopped. */
  const graphTraffic = (app: TestApp, clients: number) =>
    traffic(() => app.gql('{ people(first: 1) { totalCount } }'), clients);

  it('answers SERVICE_UNAVAILABLE within 2 s while Neo4j is stopped during traffic, and recovers by itself', async () => {
    const app = await startTestApp({ GRAPH_STORE: 'neo4j', NEO4J_URI: server.uri, ...FAIL_FAST });
    const load = graphTraffic(app, 4);
    try {
      await waitFor(() => (load.answers.length >= 20 ? true : undefined), 60_000);
      const stopping = Date.now();
      await server.stop();
      const stopped = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      const restarting = Date.now();
      await server.start();
      const back = await waitFor(
        () => load.answers.find(({ startedAt, code }) => startedAt > restarting && code === 'OK'),
        60_000,
      );
      await load.stop();

      // Nothing but answers and the one refusal meant for this.
      expect(new Set(load.answers.map(({ code }) => code))).toEqual(
        new Set(['OK', 'SERVICE_UNAVAILABLE']),
      );
      // While it was down: refused, every one within 2 s.
      const whileDown = askedBetween(load.answers, stopped, restarting);
      expect(whileDown.length).toBeGreaterThan(10);
      expect(whileDown.filter(({ code }) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
      expect(Math.max(...whileDown.map(({ ms }) => ms))).toBeLessThan(2_000);
      // Asked while the server was shutting down: answered or refused, none waited out the driver.
      const duringStop = askedBetween(load.answers, stopping, stopped);
      expect(duringStop.filter(({ ms }) => ms >= 2_000)).toEqual([]);
      // Back without a restart of the service, and ready again.
      expect(back.code).toBe('OK');
      expect((await readiness(app)).status).toBe(200);
    } finally {
      await load.stop();
      await app.close();
    }
  }, 180_000);

  it('answers within 2 s when Neo4j stops answering without closing its connections, and recovers', async () => {
    const app = await startTestApp({ GRAPH_STORE: 'neo4j', NEO4J_URI: server.uri, ...FAIL_FAST });
    const load = graphTraffic(app, 4);
    try {
      await waitFor(() => (load.answers.length >= 20 ? true : undefined), 60_000);
      const paused = Date.now();
      server.pause();
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      const resumed = Date.now();
      server.resume();
      await waitFor(
        () => load.answers.find(({ startedAt, code }) => startedAt > resumed && code === 'OK'),
        60_000,
      );
      await load.stop();

      const whileSilent = askedBetween(load.answers, paused, resumed - 2_000);
      expect(whileSilent.length).toBeGreaterThan(10);
      expect(whileSilent.filter(({ code }) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
      expect(Math.max(...whileSilent.map(({ ms }) => ms))).toBeLessThan(2_000);
      expect((await readiness(app)).status).toBe(200);
    } finally {
      server.resume();
      await load.stop();
      await app.close();
    }
  }, 180_000);

  it('keeps every acknowledged write across a Neo4j restart during traffic, and keeps running', async () => {
    const app = await startTestApp({ GRAPH_STORE: 'neo4j', NEO4J_URI: server.uri, ...FAIL_FAST });
    const acknowledged: string[] = [];
    const refusals = new Set<string>();
    let writing = true;
    const writer = (async () => {
      // Refusals come at once while the store is down (the circuit): pause after one, and count
      // only acknowledged writes towards the end, or the refusals would use up the loop.
      for (let n = 0; writing && acknowledged.length < 400; n++) {
        const answer = await app.admin<{ createPerson: { id: string } }>(
          'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
          { input: { name: `Herstart Test ${n}`, municipalityCode: 'GM0363' } },
        );
        if (answer.data?.createPerson) acknowledged.push(answer.data.createPerson.id);
        else {
          refusals.add(String(answer.errors?.[0].extensions?.code));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    })();
    try {
      await waitFor(() => (acknowledged.length >= 5 ? true : undefined), 60_000);
      await server.restart();
      const before = acknowledged.length;
      await waitFor(() => (acknowledged.length >= before + 5 ? true : undefined), 90_000);
      writing = false;
      await writer;

      // A write that was refused said why; none failed in an unexplained way.
      expect([...refusals].filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
      // Every acknowledged write is there.
      const found = await app.gql<{ people: { totalCount: number } }>(
        '{ people(first: 1, filter: { text: "Herstart" }) { totalCount } }',
      );
      const ids = await Promise.all(
        acknowledged.map(async (id) => {
          const answer = await app.gql<{ person: { id: string } | null }>(
            'query($id: ID!) { person(id: $id) { id } }',
            { id },
          );
          return answer.data?.person?.id;
        }),
      );
      expect(ids).toEqual(acknowledged);
      expect(found.data?.people.totalCount).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      writing = false;
      await writer;
      await app.close();
    }
  }, 240_000);

  it('carries introductions completed while Neo4j is down to the graph when it is back: one HELPED per event', async () => {
    const app = await startTestApp({
      GRAPH_STORE: 'neo4j',
      NEO4J_URI: server.uri,
      OUTBOX_POLL_MS: '200',
      OUTBOX_RETRY_BASE_MS: '200',
      OUTBOX_RETRY_MAX_MS: '1000',
    });
    const driver = neo4j.driver(server.uri);
    try {
      const writes = new AdminWrites(app);
      const ann = await writes.person('GM0363', {});
      const experts = [await writes.person('GM0599', {}), await writes.person('GM0344', {})];
      const challengeId = await writes.challenge('GM0363', 'OPEN', []);
      const ids: string[] = [];
      for (const expert of experts) {
        const requested = await dataOf(
          app.admin<{ requestIntroduction: { id: string } }>(
            `mutation($e: ID!, $c: ID, $a: ID!) { requestIntroduction(expertId: $e, challengeId: $c,
              message: "Mag ik je bellen?", onBehalfOf: $a) { id } }`,
            { e: expert, c: challengeId, a: ann },
          ),
        );
        const id = requested.requestIntroduction.id;
        await dataOf(
          app.admin(
            `mutation($id: ID!, $e: ID!) { respondToIntroduction(id: $id, answer: ACCEPTED, onBehalfOf: $e) { id } }`,
            { id, e: expert },
          ),
        );
        ids.push(id);
      }

      await server.stop();
      // The introduction is the relational store's; completing it does not wait for the graph.
      for (const id of ids) {
        const completed = await app.admin<{ completeIntroduction: { status: string } }>(
          `mutation($id: ID!, $a: ID!) { completeIntroduction(id: $id, helpful: true, rating: 5, onBehalfOf: $a) { status } }`,
          { id, a: ann },
        );
        expect(completed.errors).toBeUndefined();
        expect(completed.data?.completeIntroduction.status).toBe('COMPLETED');
      }
      // The relay tries, fails, and keeps the events for later.
      const outbox = app.app.get(OutboxRepository);
      await waitFor(async () => ((await outbox.backlog()).failing > 0 ? true : undefined), 30_000);

      await server.start();
      const helped = await waitFor(async () => {
        const result = await driver
          .executeQuery(
            `MATCH (e:Person)-[h:HELPED]->(:Person {id: $ann})
             RETURN h.introductionId AS introductionId, h.eventId AS eventId, e.id AS expertId`,
            { ann },
          )
          .catch(() => undefined);
        return result && result.records.length >= ids.length ? result.records : undefined;
      }, 90_000);
      // Give any second delivery time to land before counting.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const again = await driver.executeQuery(
        `MATCH (:Person)-[h:HELPED]->(:Person {id: $ann}) RETURN h.eventId AS eventId`,
        { ann },
      );
      expect(again.records).toHaveLength(ids.length);
      const column = (name: string) => new Set(helped.map((record) => String(record.get(name))));
      expect(column('introductionId')).toEqual(new Set(ids));
      expect(column('expertId')).toEqual(new Set(experts));
      const advisors = await driver.executeQuery(
        `MATCH (e:Person)-[w:WORKED_ON {role: 'ADVISOR'}]->(:Challenge {id: $challengeId})
         RETURN count(DISTINCT e) AS advisors`,
        { challengeId },
      );
      expect(Number(advisors.records[0].get('advisors'))).toBe(experts.length);
    } finally {
      await driver.close();
      await app.close();
    }
  }, 240_000);
});
