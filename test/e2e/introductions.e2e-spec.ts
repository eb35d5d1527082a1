import { randomInt, randomUUID } from 'node:crypto';
import { OutboxRelay } from '../../src/outbox/outbox-relay';
import { OutboxRepository } from '../../src/outbox/outbox.repository';
import { Visibility } from '../../src/people/models/visibility.enum';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { AdminWrites } from '../support/admin-writes';
import { municipalityRow } from '../support/factories';
import { LocalIdentityProvider } from '../support/local-identity-provider';
import { startTestApp, type TestApp } from '../support/test-app';

const CONNECT = `mutation($a: ID!, $b: ID!) { connectPeople(personId: $a, otherPersonId: $b) }`;
const FIELDS = `id status message responseNote helpful rating feedback requestedAt respondedAt completedAt
  requester { id } expert { id } via { id } challenge { id }`;
const REQUEST = `mutation($expertId: ID!, $message: String!, $challengeId: ID, $via: ID, $onBehalfOf: ID) {
  requestIntroduction(expertId: $expertId, message: $message, challengeId: $challengeId, via: $via, onBehalfOf: $onBehalfOf) { ${FIELDS} } }`;
const RESPOND = `mutation($id: ID!, $answer: IntroductionAnswer!, $note: String, $onBehalfOf: ID) {
  respondToIntroduction(id: $id, answer: $answer, note: $note, onBehalfOf: $onBehalfOf) { ${FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $helpful: Boolean!, $rating: Int!, $feedback: String, $onBehalfOf: ID) {
  completeIntroduction(id: $id, helpful: $helpful, rating: $rating, feedback: $feedback, onBehalfOf: $onBehalfOf) { ${FIELDS} } }`;
const MINE = `query($direction: IntroductionDirection!, $status: IntroductionStatus, $first: Int, $after: String, $onBehalfOf: ID) {
  myIntroductions(direction: $direction, status: $status, first: $first, after: $after, onBehalfOf: $onBehalfOf) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } }`;
const EXPERIENCES = `query($id: ID!) { person(id: $id) { experiences { role outcome challenge { id } } } }`;
const AUDIT = `query($id: ID) { auditLog(objectType: "Introduction", objectId: $id) { edges { node { action actor result } } } }`;

interface IntroductionData {
  id: string;
  status: string;
  message: string;
  responseNote: string | null;
  helpful: boolean | null;
  rating: number | null;
  feedback: string | null;
  requester: { id: string };
  expert: { id: string };
  via: { id: string } | null;
  challenge: { id: string } | null;
}
type Answer = { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> };
const codeOf = (answer: Answer): unknown => answer.errors?.[0]?.extensions?.code;
const reasonOf = (answer: Answer): unknown => answer.errors?.[0]?.extensions?.reason;

const DAILY_LIMIT = 3;
const OPEN_CAP = 2;

/**
 * The introduction workflow against the real server and stores: people of two municipalities
 * without a collaboration (`home` and `away`), signed in through a local identity provider, and
 * API clients acting for them.
 */
describe('introductions over GraphQL', () => {
  let app: TestApp;
  let provider: LocalIdentityProvider;
  const codes = { home: '', away: '' };
  let challengeId = '';
  let writes: AdminWrites;

  const person = (where: keyof typeof codes, visibility = Visibility.NETWORK): Promise<string> =>
    writes.person(codes[where], {}, { visibility, email: `${randomUUID()}@gemeente.example.nl` });
  const as = async <T>(personId: string, query: string, variables: Record<string, unknown>) =>
    app.gql<T>(query, variables, { token: await provider.sign(personId) });
  const request = (requesterId: string, variables: Record<string, unknown>) =>
    as<{ requestIntroduction: IntroductionData }>(requesterId, REQUEST, {
      message: 'Jullie hebben de jeugdzorg regionaal ingekocht; mag ik je bellen?',
      ...variables,
    });

  beforeAll(async () => {
    provider = await LocalIdentityProvider.start();
    app = await startTestApp({
      OIDC_ISSUER: provider.issuer,
      OIDC_AUDIENCE: provider.audience,
      INTRODUCTION_DAILY_LIMIT: String(DAILY_LIMIT),
      INTRODUCTION_OPEN_CAP: String(OPEN_CAP),
    });
    writes = new AdminWrites(app);
    const home = randomInt(9100, 9999);
    codes.home = `GM${home}`;
    codes.away = `GM${home === 9999 ? 9100 : home + 1}`;
    await app.app
      .get(GraphImportRepository)
      .importMunicipalities([
        municipalityRow({ code: codes.home }),
        municipalityRow({ code: codes.away }),
      ]);
    challengeId = await writes.challenge(codes.home, 'OPEN', []);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await provider?.stop();
  });

  it('runs the whole workflow: request through an acquaintance, accept, complete; each side lists it', async () => {
    const [ann, bob, cas] = [await person('home'), await person('away'), await person('home')];
    expect((await app.admin(CONNECT, { a: ann, b: cas })).errors).toBeUndefined();

    const requested = await request(ann, { expertId: bob, challengeId, via: cas });
    expect(requested.errors).toBeUndefined();
    const created = requested.data!.requestIntroduction;
    expect(created).toMatchObject({
      status: 'PENDING',
      requester: { id: ann },
      expert: { id: bob },
      via: { id: cas },
      challenge: { id: challengeId },
      helpful: null,
    });

    for (const [who, direction] of [
      [ann, 'OUTGOING'],
      [bob, 'INCOMING'],
      [cas, 'INCOMING'],
    ] as const) {
      const listed = await as<{
        myIntroductions: { totalCount: number; edges: Array<{ node: { id: string } }> };
      }>(who, MINE, { direction });
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.myIntroductions.edges.map((e) => e.node.id)).toEqual([created.id]);
    }
    const bobOutgoing = await as<{ myIntroductions: { totalCount: number } }>(bob, MINE, {
      direction: 'OUTGOING',
    });
    expect(bobOutgoing.data!.myIntroductions.totalCount).toBe(0);

    const accepted = await as<{ respondToIntroduction: IntroductionData }>(bob, RESPOND, {
      id: created.id,
      answer: 'ACCEPTED',
      note: 'Bel me dinsdag',
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.respondToIntroduction).toMatchObject({
      status: 'ACCEPTED',
      responseNote: 'Bel me dinsdag',
    });

    const completed = await as<{ completeIntroduction: IntroductionData }>(ann, COMPLETE, {
      id: created.id,
      helpful: true,
      rating: 5,
      feedback: '  Precies wat we zochten  ',
    });
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.completeIntroduction).toMatchObject({
      status: 'COMPLETED',
      helpful: true,
      rating: 5,
      feedback: 'Precies wat we zochten',
    });

    // The outbox relay projects the helpful outcome: Bob advised on Ann's challenge.
    await app.app.get(OutboxRelay).drain();
    const bobsWork = await app.admin<{
      person: { experiences: Array<{ role: string; outcome: string; challenge: { id: string } }> };
    }>(EXPERIENCES, { id: bob });
    expect(bobsWork.data!.person.experiences).toEqual([
      { role: 'ADVISOR', outcome: 'ONGOING', challenge: { id: challengeId } },
    ]);
    // Every notice of the workflow (to Bob, to Cas, to Ann, to Bob) went out through the log.
    expect(await app.app.get(OutboxRepository).backlog()).toEqual({
      pending: 0,
      failing: 0,
      oldestPendingAt: null,
    });

    const audit = await app.admin<{
      auditLog: { edges: Array<{ node: { action: string; actor: string; result: string } }> };
    }>(AUDIT, { id: created.id });
    expect(audit.data!.auditLog.edges.map((e) => e.node)).toEqual([
      { action: 'completeIntroduction', actor: `person:${ann}`, result: 'SUCCESS' },
      { action: 'respondToIntroduction', actor: `person:${bob}`, result: 'SUCCESS' },
      { action: 'requestIntroduction', actor: `person:${ann}`, result: 'SUCCESS' },
    ]);
  });

  it('refuses illegal steps, strangers, duplicates and people hidden from the requester, with codes', async () => {
    const [ann, bob, dirk] = [await person('home'), await person('away'), await person('home')];
    const hidden = await person('away', Visibility.MUNICIPALITY);

    expect(codeOf(await request(ann, { expertId: ann }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await request(ann, { expertId: hidden }))).toBe('NOT_FOUND');
    expect(codeOf(await request(ann, { expertId: bob, challengeId: 'no-such-challenge' }))).toBe(
      'NOT_FOUND',
    );
    // Dirk is a colleague, but not an acquaintance of Ann's.
    const notAcquainted = await request(ann, { expertId: bob, via: dirk });
    expect([codeOf(notAcquainted), reasonOf(notAcquainted)]).toEqual([
      'BAD_USER_INPUT',
      'VIA_NOT_ACQUAINTED',
    ]);
    expect(codeOf(await request(ann, { expertId: bob, message: '   ' }))).toBe('BAD_USER_INPUT');

    // Null for the optional arguments (what a client sends for an empty variable) means none.
    const first = await request(ann, { expertId: bob, via: null, challengeId: null });
    expect(first.errors).toBeUndefined();
    expect(first.data!.requestIntroduction.via).toBeNull();
    const id = first.data!.requestIntroduction.id;
    const duplicate = await request(ann, { expertId: bob });
    expect([codeOf(duplicate), reasonOf(duplicate)]).toEqual([
      'CONFLICT',
      'INTRODUCTION_ALREADY_OPEN',
    ]);

    // A stranger learns nothing; the requester cannot answer for the expert; nor complete early.
    expect(codeOf(await as(dirk, RESPOND, { id, answer: 'ACCEPTED' }))).toBe('NOT_FOUND');
    expect(codeOf(await as(ann, RESPOND, { id, answer: 'ACCEPTED' }))).toBe('FORBIDDEN');
    expect(codeOf(await as(ann, COMPLETE, { id, helpful: true, rating: 4 }))).toBe('CONFLICT');
    expect(codeOf(await as(bob, RESPOND, { id, answer: 'COMPLETED' }))).toBe('BAD_USER_INPUT');

    expect((await as(bob, RESPOND, { id, answer: 'DECLINED' })).errors).toBeUndefined();
    const twice = await as(bob, RESPOND, { id, answer: 'ACCEPTED' });
    expect([codeOf(twice), reasonOf(twice)]).toEqual(['CONFLICT', 'INTRODUCTION_WRONG_STATUS']);
    expect(codeOf(await as(ann, COMPLETE, { id, helpful: true, rating: 4 }))).toBe('CONFLICT');
    // Declined, the pair may try again.
    expect((await request(ann, { expertId: bob })).errors).toBeUndefined();
  });

  it('checks the rating and who may act: anonymous callers, a bare admin key, another municipality', async () => {
    const [ann, bob] = [await person('home'), await person('away')];
    const first = await request(ann, { expertId: bob });
    const id = first.data!.requestIntroduction.id;
    await as(bob, RESPOND, { id, answer: 'ACCEPTED' });
    expect(codeOf(await as(ann, COMPLETE, { id, helpful: true, rating: 6 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await as(ann, COMPLETE, { id, helpful: true, rating: 0 }))).toBe(
      'BAD_USER_INPUT',
    );

    expect(codeOf(await app.gql(MINE, { direction: 'OUTGOING' }))).toBe('UNAUTHENTICATED');
    const bareAdmin = await app.admin(MINE, { direction: 'OUTGOING' });
    expect([codeOf(bareAdmin), reasonOf(bareAdmin)]).toEqual(['FORBIDDEN', 'REQUESTER_REQUIRED']);
    const forAnn = await app.admin<{ myIntroductions: { totalCount: number } }>(MINE, {
      direction: 'OUTGOING',
      onBehalfOf: ann,
    });
    expect(forAnn.data?.myIntroductions.totalCount).toBe(1);
    // A signed-in person acts only for themselves.
    const forOther = await as(bob, MINE, { direction: 'OUTGOING', onBehalfOf: ann });
    expect([codeOf(forOther), reasonOf(forOther)]).toEqual(['FORBIDDEN', 'ACTING_FOR_OTHER']);
  });

  it('lets an intranet act for its own people only', async () => {
    const token = await writes.apiKey(codes.home, ['WRITE']);
    const [ann, bob] = [await person('home'), await person('away')];

    const forOwn = await app.gql<{ requestIntroduction: IntroductionData }>(
      REQUEST,
      { expertId: bob, message: 'Namens Ann', onBehalfOf: ann },
      { token },
    );
    expect(forOwn.errors).toBeUndefined();
    expect(forOwn.data!.requestIntroduction.requester.id).toBe(ann);

    // Bob works elsewhere: the intranet of `home` cannot answer in his name.
    const forBob = await app.gql(
      RESPOND,
      { id: forOwn.data!.requestIntroduction.id, answer: 'ACCEPTED', onBehalfOf: bob },
      { token },
    );
    expect([codeOf(forBob), reasonOf(forBob)]).toEqual(['FORBIDDEN', 'ACTING_FOR_OTHER']);
    const withoutPerson = await app.gql(REQUEST, { expertId: bob, message: 'Hallo' }, { token });
    expect(reasonOf(withoutPerson)).toBe('REQUESTER_REQUIRED');
  });

  it(`stops flooding: ${DAILY_LIMIT} requests a day per requester, ${OPEN_CAP} open requests per expert`, async () => {
    const eve = await person('home');
    const experts = [
      await person('away'),
      await person('away'),
      await person('away'),
      await person('away'),
    ];
    for (const expertId of experts.slice(0, DAILY_LIMIT)) {
      expect((await request(eve, { expertId })).errors).toBeUndefined();
    }
    const over = await request(eve, { expertId: experts[DAILY_LIMIT] });
    expect([codeOf(over), reasonOf(over)]).toEqual(['RATE_LIMITED', 'DAILY_LIMIT_REACHED']);
    const retryAfter = over.errors?.[0]?.extensions?.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(23 * 3600);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);

    const popular = await person('away');
    for (let i = 0; i < OPEN_CAP; i++) {
      expect((await request(await person('home'), { expertId: popular })).errors).toBeUndefined();
    }
    const busy = await request(await person('home'), { expertId: popular });
    expect([codeOf(busy), reasonOf(busy)]).toEqual(['CONFLICT', 'EXPERT_BUSY']);
  });

  it('pages through myIntroductions newest first and filters by status', async () => {
    const fan = await person('home');
    const experts = [await person('away'), await person('away'), await person('away')];
    const ids: string[] = [];
    for (const expertId of experts)
      ids.push((await request(fan, { expertId })).data!.requestIntroduction.id);
    await as(experts[1], RESPOND, { id: ids[1], answer: 'DECLINED' });

    type Mine = {
      myIntroductions: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { id: string; status: string } }>;
      };
    };
    const page1 = await as<Mine>(fan, MINE, { direction: 'OUTGOING', first: 2 });
    expect(page1.data!.myIntroductions.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1]]);
    expect(page1.data!.myIntroductions.pageInfo.hasNextPage).toBe(true);
    const page2 = await as<Mine>(fan, MINE, {
      direction: 'OUTGOING',
      first: 2,
      after: page1.data!.myIntroductions.pageInfo.endCursor,
    });
    expect(page2.data!.myIntroductions.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    const declined = await as<Mine>(fan, MINE, { direction: 'OUTGOING', status: 'DECLINED' });
    expect(declined.data!.myIntroductions.edges.map((e) => e.node)).toEqual([
      { id: ids[1], status: 'DECLINED' },
    ]);
  });
});
