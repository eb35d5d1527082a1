import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { createChallengeInput, createPersonInput } from '../support/factories';
import { epochSeconds, LocalIdentityProvider } from '../support/local-identity-provider';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE_PERSON = `mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) { id }
}`;
const PERSON = `query Person($id: ID!) { person(id: $id) { id name municipality { code } } }`;
const UPDATE_TITLE = `mutation UpdateTitle($id: ID!, $title: String!) {
  updatePerson(id: $id, input: { title: $title }) { id title }
}`;
const CREATE_CHALLENGE = `mutation CreateChallenge($input: CreateChallengeInput!) {
  createChallenge(input: $input) { id }
}`;
const SKILL_GAPS = `query SkillGaps($code: ID!) {
  skillGaps(input: { municipalityCode: $code }) { municipality { code } challengeCount }
}`;
const AUDIT_LOG = `query AuditLog($objectId: ID) {
  auditLog(objectId: $objectId, first: 10) { edges { node { action actor result } } }
}`;

describe('people signing in with OIDC', () => {
  let provider: LocalIdentityProvider;
  let app: TestApp;
  let personId: string;

  beforeAll(async () => {
    provider = await LocalIdentityProvider.start();
    app = await startTestApp({
      ALLOW_ANONYMOUS_READ: 'false',
      OIDC_ISSUER: provider.issuer,
      OIDC_AUDIENCE: provider.audience,
    });
    await app.app.get(GraphImportRepository).importMunicipalities([
      { code: 'GM0855', name: 'Tilburg', province: 'Noord-Brabant', population: 227_000 },
      { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', population: 931_000 },
    ]);
    const created = await app.admin<{ createPerson: { id: string } }>(CREATE_PERSON, {
      input: createPersonInput({ municipalityCode: 'GM0855' }),
    });
    expect(created.errors).toBeUndefined();
    personId = created.data!.createPerson.id;
  });
  afterAll(async () => {
    await app?.close();
    await provider?.stop();
  });

  it('lets a signed-in person query while anonymous reads are off', async () => {
    const token = await provider.sign(personId);
    const answer = await app.gql<{ person: { id: string; municipality: { code: string } } }>(
      PERSON,
      { id: personId },
      { token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.person).toMatchObject({ id: personId, municipality: { code: 'GM0855' } });

    const anonymous = await app.gql(PERSON, { id: personId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token with UNAUTHENTICATED and a clear message', async () => {
    const token = await provider.sign(personId, {
      claims: { iat: epochSeconds() - 900, exp: epochSeconds() - 600 },
    });
    const answer = await app.gql(PERSON, { id: personId }, { token });
    expect(answer.data?.person ?? null).toBeNull();
    expect(answer.errors?.[0]).toMatchObject({
      message: 'The sign-in token has expired. Sign in again.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses a token for someone who is not in the directory', async () => {
    const token = await provider.sign('not-a-person');
    const answer = await app.gql(PERSON, { id: personId }, { token });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.errors?.[0]?.message).toMatch(/"not-a-person", who is not in the directory/);
  });

  it('refuses changes beyond their own profile without a role that grants write', async () => {
    const token = await provider.sign(personId, { claims: { roles: ['Domain Users'] } });
    const input = createChallengeInput({ municipalityCode: 'GM0855' });
    const answer = await app.gql(CREATE_CHALLENGE, { input }, { token });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.message).toMatch(
      /Changes need scope write\. Your sign-in has scope/,
    );
  });

  it('lets the write role change things of their own municipality only', async () => {
    const token = await provider.sign(personId, { claims: { roles: ['kennissen.write'] } });
    const own = createChallengeInput({ municipalityCode: 'GM0855' });
    expect((await app.gql(CREATE_CHALLENGE, { input: own }, { token })).errors).toBeUndefined();
    const elsewhere = createChallengeInput({ municipalityCode: 'GM0363' });
    const refused = await app.gql(CREATE_CHALLENGE, { input: elsewhere }, { token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/own municipality GM0855/);
  });

  it('records the person as the actor of a change they are allowed to make', async () => {
    const token = await provider.sign(personId, { claims: { roles: ['kennissen.admin'] } });
    const changed = await app.gql(UPDATE_TITLE, { id: personId, title: 'Teamleider' }, { token });
    expect(changed.errors).toBeUndefined();

    const log = await app.gql<{
      auditLog: { edges: Array<{ node: { action: string; actor: string; result: string } }> };
    }>(AUDIT_LOG, { objectId: personId }, { token });
    expect(log.errors).toBeUndefined();
    expect(log.data?.auditLog.edges.map((edge) => edge.node)).toContainEqual({
      action: 'updatePerson',
      actor: `person:${personId}`,
      result: 'SUCCESS',
    });
  });

  it('opens the HR analytics to the role that maps to the hr scope', async () => {
    const withoutRole = await provider.sign(personId, { claims: { roles: ['Domain Users'] } });
    const refused = await app.gql(SKILL_GAPS, { code: 'GM0855' }, { token: withoutRole });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const hr = await provider.sign(personId, { claims: { roles: ['kennissen.hr'] } });
    const answer = await app.gql<{ skillGaps: { municipality: { code: string } } }>(
      SKILL_GAPS,
      { code: 'GM0855' },
      { token: hr },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.skillGaps.municipality).toEqual({ code: 'GM0855' });
    const exported = await fetch(`${app.url}/exports/skill-gaps.csv?municipalityCode=GM0855`, {
      headers: { authorization: `Bearer ${hr}` },
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });
});

describe('signing in while the identity provider does not answer', () => {
  let provider: LocalIdentityProvider;
  let app: TestApp;

  beforeAll(async () => {
    provider = await LocalIdentityProvider.start();
    app = await startTestApp({
      OIDC_ISSUER: provider.issuer,
      OIDC_AUDIENCE: provider.audience,
      OIDC_HTTP_TIMEOUT_MS: '500',
    });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.stop();
  });

  it('answers SERVICE_UNAVAILABLE within the timeout instead of hanging', async () => {
    const token = await provider.sign('someone');
    provider.down();
    const started = Date.now();
    const query = await app.gql('query { skills(first: 1) { totalCount } }', {}, { token });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(query.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(query.errors?.[0]?.message).toMatch(/could not be read: no answer within 500 ms/);
  });
});
