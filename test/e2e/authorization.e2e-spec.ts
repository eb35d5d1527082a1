import { randomInt, randomUUID } from 'node:crypto';
import { Visibility } from '../../src/people/models/visibility.enum';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { collaborationInput, createPersonInput, municipalityRow } from '../support/factories';
import { LocalIdentityProvider } from '../support/local-identity-provider';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_ADMIN_KEY } from '../support/test-config';

const CREATE_CLIENT = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }`;
const UPSERT_COLLABORATION = `mutation($input: CollaborationInput!) { upsertCollaboration(input: $input) { id } }`;
const ADD_MEMBER = `mutation($id: ID!, $code: ID!) {
  addCollaborationMember(collaborationId: $id, municipalityCode: $code) { id }
}`;
const UPSERT_SKILL = `mutation($input: SkillInput!) { upsertSkill(input: $input) { id } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const SET_SKILLS = `mutation($id: ID!, $skillId: ID!) {
  setPersonSkills(personId: $id, skills: [{ skillId: $skillId, level: 3 }]) { id }
}`;
const UPDATE_PERSON = `mutation($id: ID!, $input: UpdatePersonInput!) {
  updatePerson(id: $id, input: $input) { id title availability municipality { code } }
}`;
const SKILL_PEOPLE = `query($id: ID!) {
  skill(id: $id) { people(first: 50) { totalCount edges { node { id } } } }
}`;
const PEOPLE = `query($skillId: ID!) {
  people(first: 50, filter: { skillId: $skillId }) { totalCount edges { node { id } } }
}`;
const MUNICIPALITY_PEOPLE = `query($code: ID!, $skillId: ID!) {
  municipality(code: $code) { people(first: 50, filter: { skillId: $skillId }) { totalCount } }
}`;
const PERSON = `query($id: ID!) { person(id: $id) { id email title } }`;
const SEARCH = `query($query: String!) { searchPeople(query: $query, first: 50) { person { id } } }`;

type Answer<T> = {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
};
const codeOf = (answer: Answer<unknown>): string | undefined =>
  answer.errors?.[0]?.extensions?.code;

/** A CBS-shaped code no other test file is likely to use (they count up from GM9000). */
const randomCode = (): string => `GM${randomInt(9100, 9999)}`;

/**
 * Who may see and change what, against the real server: API clients of three municipalities —
 * `home`, `partner` (sharing a collaboration with home) and `stranger` — a signed-in person and
 * anonymous callers. Each municipality has one person per visibility, all holding one skill of
 * this file's own, so lists filtered on it see only these nine.
 */
describe('authorization relative to the caller', () => {
  let app: TestApp;
  let provider: LocalIdentityProvider;
  const codes = { home: '', partner: '', stranger: '' };
  const skillId = `authz-${randomUUID().slice(0, 8)}`;
  const skillName = `Autorisatietoets${randomUUID().slice(0, 6).replace(/\d/g, 'x')}`;
  const people = new Map<string, string>();
  const idOf = (where: keyof typeof codes, visibility: Visibility): string =>
    people.get(`${where}/${visibility}`)!;
  const keys = { homeRead: '', homeWrite: '', strangerWrite: '' };

  const createKey = async (code: string, scopes: string[]): Promise<string> => {
    const answer = await app.admin<{ createApiClient: { key: string } }>(CREATE_CLIENT, {
      input: { name: `Intranet ${code}`, municipalityCode: code, scopes },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.createApiClient.key;
  };
  const visibleIds = async (token: string | undefined): Promise<string[]> => {
    const answer = await app.gql<{
      skill: { people: { totalCount: number; edges: Array<{ node: { id: string } }> } };
    }>(SKILL_PEOPLE, { id: skillId }, { token });
    expect(answer.errors).toBeUndefined();
    const { totalCount, edges } = answer.data!.skill.people;
    expect(totalCount).toBe(edges.length);
    return edges.map((edge) => edge.node.id).sort();
  };

  beforeAll(async () => {
    provider = await LocalIdentityProvider.start();
    app = await startTestApp({
      ALLOW_ANONYMOUS_READ: 'true',
      OIDC_ISSUER: provider.issuer,
      OIDC_AUDIENCE: provider.audience,
    });
    const rows = [municipalityRow({ code: randomCode() })];
    while (rows.length < 3) {
      const code = randomCode();
      if (!rows.some((row) => row.code === code)) rows.push(municipalityRow({ code }));
    }
    [codes.home, codes.partner, codes.stranger] = rows.map((row) => row.code);
    await app.app.get(GraphImportRepository).importMunicipalities(rows);

    const collaboration = await app.admin<{ upsertCollaboration: { id: string } }>(
      UPSERT_COLLABORATION,
      { input: collaborationInput() },
    );
    const collaborationId = collaboration.data!.upsertCollaboration.id;
    for (const code of [codes.home, codes.partner]) {
      expect((await app.admin(ADD_MEMBER, { id: collaborationId, code })).errors).toBeUndefined();
    }
    const skill = { id: skillId, name: skillName, aliases: [] };
    expect((await app.admin(UPSERT_SKILL, { input: skill })).errors).toBeUndefined();

    for (const where of Object.keys(codes) as Array<keyof typeof codes>) {
      for (const visibility of Object.values(Visibility)) {
        const created = await app.admin<{ createPerson: { id: string } }>(CREATE_PERSON, {
          input: createPersonInput({
            municipalityCode: codes[where],
            visibility,
            email: `${randomUUID()}@gemeente.example.nl`,
          }),
        });
        expect(created.errors).toBeUndefined();
        const id = created.data!.createPerson.id;
        expect((await app.admin(SET_SKILLS, { id, skillId })).errors).toBeUndefined();
        people.set(`${where}/${visibility}`, id);
      }
    }
    keys.homeRead = await createKey(codes.home, ['READ']);
    keys.homeWrite = await createKey(codes.home, ['WRITE']);
    keys.strangerWrite = await createKey(codes.stranger, ['WRITE']);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await provider?.stop();
  });

  describe('seeing people', () => {
    it('shows each caller exactly the people their municipality may see, in lists and counts', async () => {
      const all = Object.values(Visibility);
      const network = (['home', 'partner', 'stranger'] as const).map((w) =>
        idOf(w, Visibility.NETWORK),
      );
      const fromHome = [
        ...all.map((v) => idOf('home', v)),
        idOf('partner', Visibility.NETWORK),
        idOf('partner', Visibility.COLLABORATIONS),
        idOf('stranger', Visibility.NETWORK),
      ].sort();
      const fromStranger = [
        ...all.map((v) => idOf('stranger', v)),
        idOf('home', Visibility.NETWORK),
        idOf('partner', Visibility.NETWORK),
      ].sort();

      expect(await visibleIds(keys.homeRead)).toEqual(fromHome);
      expect(await visibleIds(keys.strangerWrite)).toEqual(fromStranger);
      expect(await visibleIds(undefined)).toEqual([...network].sort());
      expect(await visibleIds(TEST_ADMIN_KEY)).toEqual([...people.values()].sort());
    });

    it('counts the same in people and Municipality.people', async () => {
      const people = await app.gql<{ people: { totalCount: number } }>(
        PEOPLE,
        { skillId },
        { token: keys.homeRead },
      );
      expect(people.data?.people.totalCount).toBe(6);
      const partner = await app.gql<{ municipality: { people: { totalCount: number } } }>(
        MUNICIPALITY_PEOPLE,
        { code: codes.partner, skillId },
        { token: keys.homeRead },
      );
      expect(partner.data?.municipality.people.totalCount).toBe(2);
      const stranger = await app.gql<{ municipality: { people: { totalCount: number } } }>(
        MUNICIPALITY_PEOPLE,
        { code: codes.stranger, skillId },
        { token: keys.homeRead },
      );
      expect(stranger.data?.municipality.people.totalCount).toBe(1);
    });

    it('answers null for a person the caller may not see, and shows e-mail only with credentials', async () => {
      const hidden = idOf('home', Visibility.MUNICIPALITY);
      const own = await app.gql<{ person: { id: string; email: string | null } | null }>(
        PERSON,
        { id: hidden },
        { token: keys.homeRead },
      );
      expect(own.data?.person?.id).toBe(hidden);
      expect(own.data?.person?.email).toMatch(/@/);
      const other = await app.gql<{ person: unknown }>(
        PERSON,
        { id: hidden },
        { token: keys.strangerWrite },
      );
      expect(other.errors).toBeUndefined();
      expect(other.data?.person).toBeNull();

      const open = idOf('stranger', Visibility.NETWORK);
      const anonymous = await app.gql<{ person: { email: string | null } }>(PERSON, { id: open });
      expect(anonymous.data?.person.email).toBeNull();
      const withKey = await app.gql<{ person: { email: string | null } }>(
        PERSON,
        { id: open },
        { token: keys.homeRead },
      );
      expect(withKey.data?.person.email).toMatch(/@/);
    });

    it('searches with the same eyes', async () => {
      const found = async (token?: string): Promise<number> => {
        const answer = await app.gql<{ searchPeople: unknown[] }>(
          SEARCH,
          { query: skillName },
          { token },
        );
        expect(answer.errors).toBeUndefined();
        return answer.data!.searchPeople.length;
      };
      expect(await found(keys.homeRead)).toBe(6);
      expect(await found(keys.strangerWrite)).toBe(5);
      expect(await found()).toBe(3);
    });
  });

  describe('changing people', () => {
    it('lets a read key query but not write', async () => {
      const answer = await app.gql(
        CREATE_PERSON,
        { input: createPersonInput({ municipalityCode: codes.home }) },
        { token: keys.homeRead },
      );
      expect(codeOf(answer)).toBe('FORBIDDEN');
      expect(answer.errors?.[0].message).toMatch(/Changes need scope write/);
    });

    it("lets a write key change its own municipality's people only", async () => {
      const own = idOf('home', Visibility.NETWORK);
      const changed = await app.gql<{ updatePerson: { title: string } }>(
        UPDATE_PERSON,
        { id: own, input: { title: 'Teamleider' } },
        { token: keys.homeWrite },
      );
      expect(changed.errors).toBeUndefined();
      expect(changed.data?.updatePerson.title).toBe('Teamleider');

      const theirs = idOf('stranger', Visibility.NETWORK);
      const refused = await app.gql(
        UPDATE_PERSON,
        { id: theirs, input: { title: 'Gekaapt' } },
        { token: keys.homeWrite },
      );
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.errors?.[0].message).toMatch(
        new RegExp(`own municipality ${codes.home}; person ${theirs} belongs to ${codes.stranger}`),
      );
      const after = await app.admin<{ person: { title: string | null } }>(PERSON, { id: theirs });
      expect(after.data?.person.title).not.toBe('Gekaapt');

      const elsewhere = await app.gql(
        CREATE_PERSON,
        { input: createPersonInput({ municipalityCode: codes.stranger }) },
        { token: keys.homeWrite },
      );
      expect(codeOf(elsewhere)).toBe('FORBIDDEN');
      const moved = await app.gql(
        UPDATE_PERSON,
        { id: own, input: { municipalityCode: codes.stranger } },
        { token: keys.homeWrite },
      );
      expect(codeOf(moved)).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for a person the writer may not even see', async () => {
      const hidden = idOf('stranger', Visibility.MUNICIPALITY);
      const answer = await app.gql(
        UPDATE_PERSON,
        { id: hidden, input: { title: 'Gekaapt' } },
        { token: keys.homeWrite },
      );
      expect(codeOf(answer)).toBe('NOT_FOUND');
    });

    it('lets a signed-in person change their own profile, but not a colleague or their municipality', async () => {
      const self = idOf('home', Visibility.MUNICIPALITY);
      const token = await provider.sign(self);
      const changed = await app.gql<{ updatePerson: { availability: string } }>(
        UPDATE_PERSON,
        { id: self, input: { availability: 'LIMITED', visibility: 'COLLABORATIONS' } },
        { token },
      );
      expect(changed.errors).toBeUndefined();
      expect(changed.data?.updatePerson.availability).toBe('LIMITED');

      const colleague = await app.gql(
        UPDATE_PERSON,
        { id: idOf('home', Visibility.NETWORK), input: { title: 'Gekaapt' } },
        { token },
      );
      expect(codeOf(colleague)).toBe('FORBIDDEN');
      expect(colleague.errors?.[0].message).toMatch(/only your own profile/);

      const move = await app.gql(
        UPDATE_PERSON,
        { id: self, input: { municipalityCode: codes.partner } },
        { token },
      );
      expect(codeOf(move)).toBe('FORBIDDEN');
    });
  });
});

describe('anonymous callers in production mode (anonymous reads off, the default outside npm start)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production', ALLOW_ANONYMOUS_READ: 'false' });
  });
  afterAll(() => app.close());

  it('refuses every query with UNAUTHENTICATED and says what to send', async () => {
    const answer: Answer<unknown> = await app.gql('{ people(first: 1) { totalCount } }');
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
    expect(answer.errors?.[0].message).toMatch(/Authorization: Bearer/);
    expect(answer.data ?? null).toBeNull();
  });
});
