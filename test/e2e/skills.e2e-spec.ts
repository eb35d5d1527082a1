import { nextNumber, skillInput } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const SKILL_FIELDS = 'id name aliases category escoUri';

const UPSERT_SKILL = `mutation UpsertSkill($input: SkillInput!) {
  upsertSkill(input: $input) { ${SKILL_FIELDS} }
}`;
const SKILL = `query Skill($id: ID!) { skill(id: $id) { ${SKILL_FIELDS} } }`;
const SKILLS = `query Skills($first: Int, $after: String, $search: String) {
  skills(first: $first, after: $after, search: $search) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${SKILL_FIELDS} } }
  }
}`;

interface SkillNode {
  id: string;
  name: string;
  aliases: string[];
  category: string | null;
  escoUri: string | null;
}
interface SkillsData {
  skills: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: SkillNode }>;
  };
}

/** Letters only, so it also works as one word in a search. */
const uniqueWord = (): string =>
  `woord${String(nextNumber()).replace(/\d/g, (digit) => 'bcdfghjklm'[Number(digit)])}`;

describe('skills over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const upsert = async (input: Record<string, unknown>): Promise<SkillNode> => {
    const response = await app.admin<{ upsertSkill: SkillNode }>(UPSERT_SKILL, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.upsertSkill;
  };

  it('creates a skill with an id made from its name, and reads it back', async () => {
    const word = uniqueWord();
    const created = await upsert({
      name: `Financiën ${word}`,
      aliases: [' begroting ', 'Begroting'],
    });
    expect(created).toEqual({
      id: `financien-${word}`,
      name: `Financiën ${word}`,
      aliases: ['begroting'],
      category: null,
      escoUri: null,
    });
    const read = await app.gql<{ skill: SkillNode }>(SKILL, { id: created.id });
    expect(read.data?.skill).toEqual(created);
    expect((await app.gql<{ skill: null }>(SKILL, { id: 'no-such-skill' })).data?.skill).toBeNull();
  });

  it('updates a skill by id, keeping fields left out and clearing fields set to null', async () => {
    const input = skillInput({
      aliases: ['VTH'],
      category: 'omgeving',
      escoUri: 'http://data.europa.eu/esco/skill/14d1e367-3efe-4ec5-86ae-eca48710ee4e',
    });
    const created = await upsert(input);
    const renamed = await upsert({ id: created.id, name: `${created.name} (nieuw)` });
    expect(renamed).toEqual({ ...created, name: `${created.name} (nieuw)` });
    const cleared = await upsert({
      id: created.id,
      name: renamed.name,
      category: null,
      aliases: [],
    });
    expect(cleared).toEqual({ ...renamed, category: null, aliases: [] });
  });

  it('answers CONFLICT when another skill has the name, naming that skill', async () => {
    const owner = await upsert(skillInput());
    const response = await app.admin(UPSERT_SKILL, {
      input: skillInput({ name: owner.name.toLowerCase() }),
    });
    expect(response.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(response.errors?.[0].message).toContain(`"${owner.id}"`);
  });

  it('lists skills by name in pages, searching names and aliases', async () => {
    const word = uniqueWord();
    const b = await upsert(skillInput({ name: `B ${word}` }));
    const a = await upsert(skillInput({ name: `A ${word}` }));
    const c = await upsert(
      skillInput({ name: `C andere naam ${uniqueWord()}`, aliases: [`alias ${word}`] }),
    );

    const first = await app.gql<SkillsData>(SKILLS, { first: 2, search: word.toUpperCase() });
    expect(first.errors).toBeUndefined();
    expect(first.data?.skills.totalCount).toBe(3);
    expect(first.data?.skills.edges.map((e) => e.node.id)).toEqual([a.id, b.id]);
    expect(first.data?.skills.pageInfo.hasNextPage).toBe(true);

    const second = await app.gql<SkillsData>(SKILLS, {
      first: 2,
      search: word,
      after: first.data?.skills.pageInfo.endCursor,
    });
    expect(second.data?.skills.edges.map((e) => e.node.id)).toEqual([c.id]);
    expect(second.data?.skills.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['an id that is not a slug', { id: 'Not A Slug' }, /id must be a skill id/],
    ['an id over 80 characters', { id: 'a'.repeat(81) }, /id must be at most 80 characters/],
    ['a one-letter name', { name: 'X' }, /name must be 2 to 100 characters/],
    ['a name over 100 characters', { name: 'x'.repeat(101) }, /name must be 2 to 100 characters/],
    [
      'more than 20 aliases',
      { aliases: Array.from({ length: 21 }, (_, i) => `a${i}`) },
      /aliases may hold at most 20/,
    ],
    ['an empty alias', { aliases: ['ok', '  '] }, /aliases must be 1 to 100 characters/],
    [
      'an alias over 100 characters',
      { aliases: ['x'.repeat(101)] },
      /aliases must be 1 to 100 characters/,
    ],
    [
      'a category over 60 characters',
      { category: 'x'.repeat(61) },
      /category must be 1 to 60 characters/,
    ],
    [
      'an escoUri outside ESCO',
      { escoUri: 'https://example.com/esco/skill/1' },
      /escoUri must be an ESCO URI/,
    ],
    [
      'a name without letters or digits and no id',
      { id: undefined, name: '!?' },
      /name needs at least one letter or digit/,
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, overrides, message) => {
    const response = await app.admin(UPSERT_SKILL, { input: { ...skillInput(), ...overrides } });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(message);
  });

  it.each([
    ['a skill id that is not a slug', SKILL, { id: 'Wmo 2015' }, /id must be a skill id/],
    ['an empty search', SKILLS, { search: '' }, /search must be 1 to 100 characters/],
    ['first above 100', SKILLS, { first: 101 }, /first must be between 1 and 100/],
  ])('refuses %s in a query with BAD_USER_INPUT', async (_case, query, variables, message) => {
    const response = await app.gql(query, variables);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(message);
  });

  it('treats query-looking search text as plain text', async () => {
    const response = await app.gql<SkillsData>(SKILLS, {
      search: '") OR 1=1 // MATCH (n) DETACH DELETE n',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.skills.totalCount).toBe(0);
  });

  it('refuses upsertSkill without the administrator key', async () => {
    const response = await app.gql(UPSERT_SKILL, { input: skillInput() });
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data).toBeNull();
  });
});
