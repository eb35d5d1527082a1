import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { createChallengeInput, municipalityRow, personRow, skillRow } from '../support/factories';
import { type GraphqlResponse, startTestApp, type TestApp } from '../support/test-app';

interface ChallengeNode {
  id: string;
  title: string;
  description: string;
  theme: string | null;
  status: string;
  createdAt: string;
  updatedAt: string;
  municipality: { code: string; name: string };
  requiredSkills: Array<{ id: string; name: string }>;
  experiences: Array<{
    role: string;
    outcome: string;
    year: number | null;
    person: { id: string };
  }>;
}
interface ChallengePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string; title: string } }>;
}

const CHALLENGE_FIELDS = `id title description theme status createdAt updatedAt
  municipality { code name } requiredSkills { id name }
  experiences { role outcome year person { id } }`;
const PAGE_FIELDS =
  'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } }';

const CREATE = `mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { ${CHALLENGE_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateChallengeInput!) {
  updateChallenge(id: $id, input: $input) { ${CHALLENGE_FIELDS} }
}`;
const CHALLENGE = `query ($id: ID!) { challenge(id: $id) { ${CHALLENGE_FIELDS} } }`;
const CHALLENGES = `query ($first: Int, $after: String, $filter: ChallengeFilter) {
  challenges(first: $first, after: $after, filter: $filter) { ${PAGE_FIELDS} }
}`;
const MUNICIPALITY_CHALLENGES = `query ($code: ID!, $first: Int, $after: String) {
  municipality(code: $code) { code challenges(first: $first, after: $after) { ${PAGE_FIELDS} } }
}`;
const RECORD_EXPERIENCE = `mutation ($input: ExperienceInput!) { recordExperience(input: $input) { role } }`;

function expectError(response: GraphqlResponse, code: string, message: RegExp): void {
  expect(response.errors?.[0]?.extensions?.code).toBe(code);
  expect(response.errors?.[0]?.message).toMatch(message);
  expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);
}

describe('challenges over GraphQL', () => {
  let app: TestApp;
  const amsterdam = municipalityRow({
    code: 'GM0363',
    name: 'Amsterdam',
    province: 'Noord-Holland',
    population: 931298,
  });
  const inkoop = skillRow({ name: 'Inkoop en aanbesteden' });
  const jeugdrecht = skillRow({ name: 'Jeugdrecht' });

  beforeAll(async () => {
    app = await startTestApp();
    const importer = app.app.get(GraphImportRepository);
    await importer.importMunicipalities([amsterdam]);
    await importer.importSkills([inkoop, jeugdrecht]);
  });
  afterAll(() => app.close());

  /** A municipality of the test's own, so lists filtered on it hold only what the test made. */
  async function newMunicipality(): Promise<string> {
    const row = municipalityRow();
    await app.app.get(GraphImportRepository).importMunicipalities([row]);
    return row.code;
  }

  async function create(overrides: Record<string, unknown> = {}): Promise<ChallengeNode> {
    const response = await app.admin<{ createChallenge: ChallengeNode }>(CREATE, {
      input: createChallengeInput(overrides),
    });
    expect(response.errors).toBeUndefined();
    return response.data!.createChallenge;
  }

  it('creates a challenge with required skills and reads it all back', async () => {
    const created = await create({
      title: 'Jeugdhulp regionaal inkopen',
      requiredSkillIds: [jeugdrecht.id, inkoop.id],
    });
    expect(created).toMatchObject({
      title: 'Jeugdhulp regionaal inkopen',
      theme: 'sociaal-domein',
      status: 'OPEN',
      municipality: { code: 'GM0363', name: 'Amsterdam' },
      experiences: [],
    });
    expect(created.requiredSkills.map((s) => s.id).sort()).toEqual(
      [inkoop.id, jeugdrecht.id].sort(),
    );
    expect(created.requiredSkills.find((s) => s.id === inkoop.id)?.name).toBe(
      'Inkoop en aanbesteden',
    );
    expect(new Date(created.createdAt).toISOString()).toBe(created.createdAt);
    expect(created.updatedAt).toBe(created.createdAt);

    const read = await app.gql<{ challenge: ChallengeNode }>(CHALLENGE, { id: created.id });
    expect(read.errors).toBeUndefined();
    expect(read.data?.challenge).toEqual(created);

    const listed = await app.gql<{ challenges: ChallengePage }>(CHALLENGES, {
      filter: { municipalityCode: 'GM0363', requiredSkillId: jeugdrecht.id },
    });
    expect(listed.data?.challenges.edges.map((e) => e.node.id)).toContain(created.id);
  });

  it('reads experiences back through challenge, challenges and municipality.challenges', async () => {
    const code = await newMunicipality();
    const person = personRow({ municipalityCode: code });
    await app.app.get(GraphImportRepository).importPeople([person]);
    const created = await create({ municipalityCode: code });
    const recorded = await app.admin(RECORD_EXPERIENCE, {
      input: {
        personId: person.id,
        challengeId: created.id,
        role: 'ADVISOR',
        outcome: 'PARTIAL',
        year: 2021,
      },
    });
    expect(recorded.errors).toBeUndefined();

    const read = await app.gql<{ challenge: ChallengeNode }>(CHALLENGE, { id: created.id });
    expect(read.data?.challenge.experiences).toEqual([
      { role: 'ADVISOR', outcome: 'PARTIAL', year: 2021, person: { id: person.id } },
    ]);
    const nested = await app.gql<{
      municipality: {
        challenges: { edges: Array<{ node: { id: string; experiences: unknown[] } }> };
      };
    }>(
      `query ($code: ID!) { municipality(code: $code) { challenges { edges { node { id experiences { role person { id } } } } } } }`,
      { code },
    );
    expect(nested.errors).toBeUndefined();
    expect(nested.data?.municipality.challenges.edges).toEqual([
      { node: { id: created.id, experiences: [{ role: 'ADVISOR', person: { id: person.id } }] } },
    ]);
  });

  it('lists newest first and pages with cursors, also under municipality.challenges', async () => {
    const code = await newMunicipality();
    const made: string[] = [];
    for (const title of ['Eerste opgave', 'Tweede opgave', 'Derde opgave'])
      made.push((await create({ municipalityCode: code, title })).id);
    const newestFirst = [...made].reverse();

    const first = await app.gql<{ challenges: ChallengePage }>(CHALLENGES, {
      first: 2,
      filter: { municipalityCode: code },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.challenges).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
    });
    const second = await app.gql<{ challenges: ChallengePage }>(CHALLENGES, {
      first: 2,
      after: first.data?.challenges.pageInfo.endCursor,
      filter: { municipalityCode: code },
    });
    expect(second.data?.challenges).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: false },
    });
    const ids = [...first.data!.challenges.edges, ...second.data!.challenges.edges].map(
      (e) => e.node.id,
    );
    expect(ids).toEqual(newestFirst);

    const nestedFirst = await app.gql<{ municipality: { challenges: ChallengePage } }>(
      MUNICIPALITY_CHALLENGES,
      { code, first: 2 },
    );
    expect(nestedFirst.errors).toBeUndefined();
    expect(nestedFirst.data?.municipality.challenges.totalCount).toBe(3);
    expect(nestedFirst.data?.municipality.challenges.edges.map((e) => e.node.id)).toEqual(
      newestFirst.slice(0, 2),
    );
    const nestedSecond = await app.gql<{ municipality: { challenges: ChallengePage } }>(
      MUNICIPALITY_CHALLENGES,
      {
        code,
        first: 2,
        after: nestedFirst.data?.municipality.challenges.pageInfo.endCursor,
      },
    );
    expect(nestedSecond.data?.municipality.challenges).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: false },
      edges: [{ node: { id: newestFirst[2] } }],
    });
  });

  it('filters on theme, status and text with Dutch stemming', async () => {
    const code = await newMunicipality();
    const aanbesteding = await create({
      municipalityCode: code,
      theme: 'financien',
      description: 'Wij bundelen de aanbestedingen voor leerlingenvervoer.',
    });
    await create({
      municipalityCode: code,
      theme: 'ict',
      status: 'SOLVED',
      description: 'Overstap naar de cloud.',
    });

    const byText = await app.gql<{ challenges: ChallengePage }>(CHALLENGES, {
      filter: { municipalityCode: code, text: 'aanbesteding' },
    });
    expect(byText.data?.challenges.edges.map((e) => e.node.id)).toEqual([aanbesteding.id]);
    const byTheme = await app.gql<{ challenges: ChallengePage }>(CHALLENGES, {
      filter: { municipalityCode: code, theme: 'financien' },
    });
    expect(byTheme.data?.challenges.edges.map((e) => e.node.id)).toEqual([aanbesteding.id]);
    const byStatus = await app.gql<{ challenges: ChallengePage }>(CHALLENGES, {
      filter: { municipalityCode: code, status: 'SOLVED' },
    });
    expect(byStatus.data?.challenges.totalCount).toBe(1);
  });

  it.each([['"jeugd" OR *:*'], ["') RETURN 1 //"], ['MATCH (n) DETACH DELETE n']])(
    'answers the text %j normally, as plain words',
    async (text) => {
      const response = await app.gql<{ challenges: ChallengePage }>(CHALLENGES, {
        filter: { text },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.challenges.totalCount).toBeGreaterThanOrEqual(0);
      const all = await app.gql<{ challenges: ChallengePage }>(CHALLENGES, {});
      expect(all.data?.challenges.totalCount).toBeGreaterThan(0);
    },
  );

  it('updates only the given fields, clears the theme and replaces the skills', async () => {
    const created = await create({ theme: 'ict', requiredSkillIds: [inkoop.id] });
    const response = await app.admin<{ updateChallenge: ChallengeNode }>(UPDATE, {
      id: created.id,
      input: { status: 'IN_PROGRESS', theme: null, requiredSkillIds: [jeugdrecht.id] },
    });
    expect(response.errors).toBeUndefined();
    const updated = response.data!.updateChallenge;
    expect(updated).toMatchObject({
      title: created.title,
      description: created.description,
      status: 'IN_PROGRESS',
      theme: null,
      requiredSkills: [{ id: jeugdrecht.id, name: jeugdrecht.name }],
      createdAt: created.createdAt,
    });
    expect(updated.updatedAt >= created.updatedAt).toBe(true);
    expect(
      (await app.gql<{ challenge: ChallengeNode }>(CHALLENGE, { id: created.id })).data?.challenge,
    ).toEqual(updated);
  });

  const long = (n: number): string => 'x'.repeat(n);
  it.each([
    ['a title of 2 characters', { title: 'ab' }, /title must be 3 to 200 characters/],
    ['a title of 201 characters', { title: long(201) }, /title must be 3 to 200 characters/],
    ['a blank title', { title: '     ' }, /title must be 3 to 200 characters/],
    ['an empty description', { description: '' }, /description must be 1 to 5000 characters/],
    [
      'a description of 5001 characters',
      { description: long(5001) },
      /description must be 1 to 5000 characters/,
    ],
    ['a theme with capitals', { theme: 'Sociaal Domein' }, /theme must be/],
    ['a theme of one character', { theme: 'a' }, /theme must be/],
    ['a theme of 61 characters', { theme: long(61) }, /theme must be/],
    [
      'a malformed CBS code',
      { municipalityCode: 'Amsterdam' },
      /municipalityCode: .*GM followed by four digits/,
    ],
    [
      '31 required skills',
      { requiredSkillIds: Array.from({ length: 31 }, (_, i) => `s${i}`) },
      /requiredSkillIds must hold at most 30/,
    ],
    [
      'a skill named twice',
      { requiredSkillIds: ['inkoop', 'inkoop'] },
      /requiredSkillIds must not name a skill twice/,
    ],
    [
      'an empty skill id',
      { requiredSkillIds: [''] },
      /requiredSkillIds must hold ids of 1 to 100 characters/,
    ],
    ['an unknown status', { status: 'CLOSED' }, /status/],
  ])('refuses %s in createChallenge with BAD_USER_INPUT', async (_case, overrides, message) => {
    expectError(
      await app.admin(CREATE, { input: createChallengeInput(overrides) }),
      'BAD_USER_INPUT',
      message,
    );
  });

  it.each([
    ['a title of 2 characters', { title: 'ab' }, /title must be 3 to 200 characters/],
    ['a theme with spaces', { theme: 'een thema' }, /theme must be/],
    [
      'a skill named twice',
      { requiredSkillIds: ['a', 'a'] },
      /requiredSkillIds must not name a skill twice/,
    ],
  ])('refuses %s in updateChallenge with BAD_USER_INPUT', async (_case, input, message) => {
    const created = await create();
    expectError(await app.admin(UPDATE, { id: created.id, input }), 'BAD_USER_INPUT', message);
  });

  it.each([
    ['empty text', { text: '' }, /text must be 1 to 200 characters/],
    ['text of 201 characters', { text: long(201) }, /text must be 1 to 200 characters/],
    ['a malformed CBS code', { municipalityCode: 'GM363' }, /municipalityCode/],
    ['a malformed theme', { theme: 'ICT!' }, /theme must be/],
    ['an unknown status', { status: 'DONE' }, /status/],
  ])('refuses %s in the challenges filter with BAD_USER_INPUT', async (_case, filter, message) => {
    expectError(await app.gql(CHALLENGES, { filter }), 'BAD_USER_INPUT', message);
  });

  it('refuses bad paging with BAD_USER_INPUT', async () => {
    expectError(
      await app.gql(CHALLENGES, { first: 101 }),
      'BAD_USER_INPUT',
      /first must be between 1 and 100/,
    );
    expectError(
      await app.gql(CHALLENGES, { after: 'bm90LWEtY3Vyc29y' }),
      'BAD_USER_INPUT',
      /cursor is not valid/,
    );
    const municipalities = await app.gql<{ municipalities: { pageInfo: { endCursor: string } } }>(
      '{ municipalities(first: 1) { pageInfo { endCursor } } }',
    );
    const foreign = municipalities.data?.municipalities.pageInfo.endCursor;
    expectError(
      await app.gql(CHALLENGES, { after: foreign }),
      'BAD_USER_INPUT',
      /cursor is not valid/,
    );
    expectError(
      await app.gql(MUNICIPALITY_CHALLENGES, { code: 'GM0363', after: foreign }),
      'BAD_USER_INPUT',
      /cursor is not valid/,
    );
  });

  it('answers NOT_FOUND naming an unknown municipality, and creates nothing', async () => {
    expectError(
      await app.admin(CREATE, { input: createChallengeInput({ municipalityCode: 'GM0000' }) }),
      'NOT_FOUND',
      /GM0000/,
    );
  });

  it('answers NOT_FOUND naming every unknown skill, and creates nothing', async () => {
    const code = await newMunicipality();
    const response = await app.admin(CREATE, {
      input: createChallengeInput({
        municipalityCode: code,
        requiredSkillIds: [inkoop.id, 'geen-skill', 'ook-geen'],
      }),
    });
    expectError(response, 'NOT_FOUND', /"geen-skill".*"ook-geen"/);
    const listed = await app.gql<{ challenges: ChallengePage }>(CHALLENGES, {
      filter: { municipalityCode: code },
    });
    expect(listed.data?.challenges.totalCount).toBe(0);
  });

  it('answers NOT_FOUND for an unknown challenge in updateChallenge, and null in challenge', async () => {
    expectError(
      await app.admin(UPDATE, { id: 'no-such-challenge', input: { title: 'Nieuw' } }),
      'NOT_FOUND',
      /no-such-challenge/,
    );
    const read = await app.gql<{ challenge: null }>(CHALLENGE, { id: 'no-such-challenge' });
    expect(read.errors).toBeUndefined();
    expect(read.data?.challenge).toBeNull();
  });

  it('refuses changes without credentials', async () => {
    expectError(
      await app.gql(CREATE, { input: createChallengeInput() }),
      'UNAUTHENTICATED',
      /needs credentials with the write scope/,
    );
    const created = await create();
    expectError(
      await app.gql(UPDATE, { id: created.id, input: { title: 'Gekaapt' } }),
      'UNAUTHENTICATED',
      /needs credentials with the write scope/,
    );
    expectError(
      await app.gql(
        UPDATE,
        { id: created.id, input: { title: 'Gekaapt' } },
        { token: 'not-the-key' },
      ),
      'UNAUTHENTICATED',
      /not valid/,
    );
    expect(
      (await app.gql<{ challenge: ChallengeNode }>(CHALLENGE, { id: created.id })).data?.challenge
        .title,
    ).toBe(created.title);
  });
});
