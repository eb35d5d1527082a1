import { randomInt, randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { pseudonymOf } from '../../src/audit/audit-chain.record';
import { AuditLogService } from '../../src/audit/audit-log.service';
import { IntroductionOutcomesRepository } from '../../src/introductions/introduction-outcomes.repository';
import { LearningRepository } from '../../src/learning/learning.repository';
import { OutboxRelay } from '../../src/outbox/outbox-relay';
import { RELATIONAL_DATA_SOURCE } from '../../src/relational/typeorm/typeorm-adapters';
import { type PersonalData } from '../../src/privacy/personal-data';
import { EXPORT_KINDS, GraphExportRepository } from '../../src/seed/graph-export.repository';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { AdminWrites, dataOf } from '../support/admin-writes';
import { experienceInput, municipalityRow } from '../support/factories';
import { LocalIdentityProvider } from '../support/local-identity-provider';
import { startTestApp, type TestApp } from '../support/test-app';

const EXPORT = `query($personId: ID) { exportMyData(personId: $personId) { personId generatedAt json } }`;
const ERASE = `mutation($id: ID!) { erasePerson(id: $id) {
  reference removedFromGraph introductionsAnonymised auditRecordsPseudonymised outboxEventsScrubbed } }`;
const REQUEST = `mutation($e: ID!, $a: ID!, $c: ID) { requestIntroduction(expertId: $e, onBehalfOf: $a,
  challengeId: $c, message: "Hoi, ik ben Ann; mag ik je bellen?") { id } }`;
const RESPOND = `mutation($id: ID!, $e: ID!) { respondToIntroduction(id: $id, answer: ACCEPTED, onBehalfOf: $e) { id } }`;
const COMPLETE = `mutation($id: ID!, $a: ID!) { completeIntroduction(id: $id, helpful: true, rating: 5,
  feedback: "Dank je Bob", onBehalfOf: $a) { id } }`;
const WANTS_TO_LEARN = `mutation($skillIds: [ID!]!) { setWantsToLearn(skillIds: $skillIds) { id } }`;
const MY_INTRODUCTIONS = `query($p: ID) { myIntroductions(direction: OUTGOING, onBehalfOf: $p) {
  edges { node { status requester { id } } } } }`;

type Answer = { errors?: Array<{ extensions?: { code?: string } }> };
const codeOf = (answer: Answer): unknown => answer.errors?.[0]?.extensions?.code;

/**
 * The rights of a listed person against the real service and stores: the export of everything
 * stored about them, self-service visibility and availability, and an erasure after which no
 * store or index holds their name, e-mail address or id.
 */
describe('a person’s rights: export and erasure', () => {
  let app: TestApp;
  let provider: LocalIdentityProvider;
  let writes: AdminWrites;
  const code = { home: '', away: '' };

  beforeAll(async () => {
    provider = await LocalIdentityProvider.start();
    app = await startTestApp({ OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: provider.audience });
    writes = new AdminWrites(app);
    const home = randomInt(9100, 9998);
    [code.home, code.away] = [`GM${home}`, `GM${home + 1}`];
    await app.app
      .get(GraphImportRepository)
      .importMunicipalities([
        municipalityRow({ code: code.home }),
        municipalityRow({ code: code.away }),
      ]);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await provider?.stop();
  });

  const as = async <T>(personId: string, query: string, variables: Record<string, unknown> = {}) =>
    app.gql<T>(query, variables, { token: await provider.sign(personId) });

  /** Every place a trace could be: the whole graph read out, its full-text search, every SQL table. */
  async function tracesOf(needles: readonly string[]): Promise<string[]> {
    const found: string[] = [];
    const look = (where: string, text: string) => {
      for (const needle of needles) if (text.includes(needle)) found.push(`${where}: ${needle}`);
    };
    const graph = app.app.get(GraphExportRepository);
    for (const kind of EXPORT_KINDS) {
      for (let after: string | null = null; ;) {
        const batch: { rows: unknown[]; next: string | null } = await graph.exportBatch(
          kind,
          after,
          1000,
        );
        look(`graph ${kind}`, JSON.stringify(batch.rows));
        if (batch.next === null) break;
        after = batch.next;
      }
    }
    for (const needle of needles) {
      const hits = await dataOf(
        app.admin<{ searchPeople: unknown[] }>(
          'query($q: String!) { searchPeople(query: $q, first: 50) { person { id name email } } }',
          { q: needle },
        ),
      );
      look('full-text index', JSON.stringify(hits.searchPeople));
    }
    const sql = app.app.get<DataSource>(RELATIONAL_DATA_SOURCE, { strict: false });
    const tables = sql.entityMetadatas.map((entity) => entity.tableName);
    for (const table of [...new Set(tables)]) {
      look(`table ${table}`, JSON.stringify(await sql.query(`SELECT * FROM ${table}`)));
    }
    return found;
  }

  it('exports everything about a person, lets them set their own visibility, and erases every trace', async () => {
    const tag = randomUUID().slice(0, 8);
    const annName = `Annelies Verwijderdam${tag}`;
    const annMail = `ann.${tag}@gemeente.example.nl`;
    const ann = await writes.person(code.home, {}, { name: annName, email: annMail });
    const bob = await writes.person(code.away, {}, { email: `bob.${tag}@gemeente.example.nl` });
    const challengeId = await writes.challenge(code.home, 'OPEN', []);
    const solved = await writes.challenge(code.away, 'SOLVED', []);
    await dataOf(
      app.admin('mutation($input: ExperienceInput!) { recordExperience(input: $input) { role } }', {
        input: experienceInput({ personId: ann, challengeId: solved }),
      }),
    );
    await dataOf(
      app.admin('mutation($a: ID!, $b: ID!) { connectPeople(personId: $a, otherPersonId: $b) }', {
        a: ann,
        b: bob,
      }),
    );
    const { requestIntroduction: helped } = await dataOf(
      app.admin<{ requestIntroduction: { id: string } }>(REQUEST, {
        e: bob,
        a: ann,
        c: challengeId,
      }),
    );
    await dataOf(app.admin(RESPOND, { id: helped.id, e: bob }));
    await dataOf(app.admin(COMPLETE, { id: helped.id, a: ann }));
    const { requestIntroduction: open } = await dataOf(
      app.admin<{ requestIntroduction: { id: string } }>(REQUEST, { e: ann, a: bob }),
    );
    await app.app.get(OutboxRelay).drain();

    // Self-service: visibility and availability are the person's own to set.
    const own = await as<{ updatePerson: { visibility: string; availability: string } }>(
      ann,
      'mutation($id: ID!) { updatePerson(id: $id, input: { visibility: COLLABORATIONS, availability: LIMITED }) { visibility availability } }',
      { id: ann },
    );
    expect(own.data?.updatePerson).toEqual({
      visibility: 'COLLABORATIONS',
      availability: 'LIMITED',
    });
    // And so is what she wants to learn.
    const wish = { skillId: `aanbesteden-${tag}`, name: `Aanbesteden ${tag}` };
    await writes.skill({ id: wish.skillId, name: wish.name });
    const wished = await as<{ setWantsToLearn: { id: string } }>(ann, WANTS_TO_LEARN, {
      skillIds: [wish.skillId],
    });
    expect(wished.data?.setWantsToLearn).toEqual({ id: ann });

    // The export: everything, from both stores.
    const exported = await as<{ exportMyData: { personId: string; json: string } }>(ann, EXPORT);
    expect(exported.errors).toBeUndefined();
    const data = JSON.parse(exported.data!.exportMyData.json) as PersonalData;
    expect(data.format).toBe('kennissen-personal-data/1');
    expect(data.profile).toMatchObject({
      id: ann,
      name: annName,
      email: annMail,
      visibility: 'COLLABORATIONS',
      availability: 'LIMITED',
      municipality: { code: code.home },
    });
    expect(
      data.experiences.map((experience) => [
        experience.challengeId,
        experience.role,
        typeof experience.lessonsLearned,
      ]),
    ).toEqual([[solved, 'LEAD', 'string']]);
    expect(data.acquaintances.named.map((other) => [other.personId, typeof other.name])).toEqual([
      [bob, 'string'],
    ]);
    expect(data.helped).toEqual([
      expect.objectContaining({
        direction: 'RECEIVED',
        otherId: bob,
        rating: 5,
        introductionId: helped.id,
      }),
    ]);
    expect(data.wantsToLearn).toEqual([wish]);
    expect(data.learningProgrammes).toEqual([]);
    expect(
      data.introductions.map((introduction) => [
        introduction.id,
        introduction.roles,
        introduction.status,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [helped.id, ['REQUESTER'], 'COMPLETED'],
        [open.id, ['EXPERT'], 'PENDING'],
      ]),
    );
    expect(data.auditTrail.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'createPerson',
        'recordExperience',
        'connectPeople',
        'updatePerson',
        'setWantsToLearn',
      ]),
    );

    // Only the person, or an administrator naming them.
    expect(codeOf(await as(bob, EXPORT, { personId: ann }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(EXPORT))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.admin(EXPORT))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as(bob, ERASE, { id: ann }))).toBe('FORBIDDEN');
    expect((await app.admin(EXPORT, { personId: ann })).errors).toBeUndefined();
    // A signed-in person whose role grants admin answers someone else's request too.
    const adminToken = await provider.sign(bob, { claims: { roles: ['kennissen.admin'] } });
    const byAdmin = await app.gql<{ exportMyData: { personId: string } }>(
      EXPORT,
      { personId: ann },
      { token: adminToken },
    );
    expect(byAdmin.data?.exportMyData.personId).toBe(ann);
    // Asked through a fragment on the root, it is on record all the same.
    const throughFragment = await app.admin(
      'query($p: ID) { ...Mine } fragment Mine on Query { exportMyData(personId: $p) { personId } }',
      { p: ann },
    );
    expect(throughFragment.errors).toBeUndefined();
    // Every export is on record: who asked for whose data, refused ones with their code.
    const exports = await dataOf(
      app.admin<{
        auditLog: { edges: Array<{ node: { action: string; actor: string; result: string } }> };
      }>(
        'query($id: ID) { auditLog(objectId: $id, objectType: "Person", first: 50) { edges { node { action actor result } } } }',
        { id: ann },
      ),
    );
    expect(
      exports.auditLog.edges
        .map(({ node }) => node)
        .filter((node) => node.action === 'exportMyData')
        .map((node) => [node.actor, node.result]),
    ).toEqual([
      ['admin', 'SUCCESS'],
      [`person:${bob}`, 'SUCCESS'],
      ['admin', 'SUCCESS'],
      [`person:${bob}`, 'FORBIDDEN'],
      [`person:${ann}`, 'SUCCESS'],
    ]);

    // Ann, an administrator by her role, made an API key: it names her as its creator.
    const annAsAdmin = await provider.sign(ann, { claims: { roles: ['kennissen.admin'] } });
    const madeKey = await app.gql<{ createApiClient: { id: string } }>(
      `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { id } }`,
      { input: { name: 'Intranet van Ann', municipalityCode: code.home, scopes: ['READ'] } },
      { token: annAsAdmin },
    );
    expect(madeKey.errors).toBeUndefined();

    // The erasure, by the person themselves.
    const erased = await as<{ erasePerson: Record<string, unknown> }>(ann, ERASE, { id: ann });
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.erasePerson).toMatchObject({
      reference: pseudonymOf(ann),
      removedFromGraph: true,
      introductionsAnonymised: 2,
    });
    expect(erased.data!.erasePerson.auditRecordsPseudonymised).toBeGreaterThan(3);

    expect(await tracesOf([annName, annMail, ann])).toEqual([]);
    expect(await app.app.get(IntroductionOutcomesRepository).helpedLinksOf(bob)).toEqual([]);
    // The graph export leaves learning out; the erasure took her wish all the same.
    expect(await app.app.get(LearningRepository).wishesOf([ann])).toEqual([]);
    // Bob keeps his side: the introduction he asked for is cancelled, with a pseudonym for Ann.
    const bobs = await dataOf(
      app.admin<{ myIntroductions: { edges: Array<{ node: { status: string } }> } }>(
        MY_INTRODUCTIONS,
        { p: bob },
      ),
    );
    expect(bobs.myIntroductions.edges.map((e) => e.node.status)).toEqual(['CANCELLED']);
    // The audit trail is whole, with the pseudonym where Ann's id was.
    await expect(app.app.get(AuditLogService).verify()).resolves.toMatchObject({ broken: null });
    const trail = await dataOf(
      app.admin<{ auditLog: { edges: Array<{ node: { action: string; actor: string } }> } }>(
        'query($id: ID) { auditLog(objectId: $id, first: 50) { edges { node { action actor } } } }',
        { id: pseudonymOf(ann) },
      ),
    );
    expect(trail.auditLog.edges[0].node).toEqual({
      action: 'erasePerson',
      actor: `person:${pseudonymOf(ann)}`,
    });

    // A second erasure (the administrator's) finds nothing left, and says so without an error.
    const again = await app.admin<{ erasePerson: Record<string, unknown> }>(ERASE, { id: ann });
    expect(again.errors).toBeUndefined();
    expect(again.data!.erasePerson).toMatchObject({
      removedFromGraph: false,
      introductionsAnonymised: 0,
      auditRecordsPseudonymised: 0,
    });
    expect(await tracesOf([annName, annMail, ann])).toEqual([]);
    expect(codeOf(await app.admin(EXPORT, { personId: ann }))).toBe('NOT_FOUND');
  });
});
