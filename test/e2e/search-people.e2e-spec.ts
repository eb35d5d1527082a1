import { startTestApp, type TestApp } from '../support/test-app';

const SEARCH_PEOPLE = `query SearchPeople($query: String!, $first: Int, $filter: PersonFilter) {
  searchPeople(query: $query, first: $first, filter: $filter) {
    score
    person {
      id
      name
      visibility
      availability
      municipality { code }
      skills { level skill { id } }
    }
    matchedSkills { id name aliases }
  }
}`;

interface Hit {
  score: number;
  person: {
    id: string;
    name: string;
    visibility: string;
    availability: string;
    municipality: { code: string };
    skills: Array<{ level: number; skill: { id: string } }>;
  };
  matchedSkills: Array<{ id: string; name: string; aliases: string[] }>;
}
type SearchData = { searchPeople: Hit[] };

const descending = (hits: readonly Hit[]): boolean =>
  hits.every((hit, i) => i === 0 || hits[i - 1].score >= hit.score);

describe('searchPeople over GraphQL (demo population)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'true', ALLOW_ANONYMOUS_READ: 'true' });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  const anonymous = (variables: Record<string, unknown>) =>
    app.gql<SearchData>(SEARCH_PEOPLE, variables);
  const admin = (variables: Record<string, unknown>) =>
    app.admin<SearchData>(SEARCH_PEOPLE, variables);

  describe('validation', () => {
    it.each([
      ['an empty query', { query: '' }, 'query must be 1 to 200 characters'],
      ['a blank query', { query: '   ' }, 'query must be 1 to 200 characters'],
      [
        'a query of 201 characters',
        { query: 'x'.repeat(201) },
        'query must be 1 to 200 characters',
      ],
      ['first: 0', { query: 'wmo', first: 0 }, 'first must be between 1 and 50'],
      ['first: 51', { query: 'wmo', first: 51 }, 'first must be between 1 and 50'],
      [
        'a municipality name for a code',
        { query: 'wmo', filter: { municipalityCode: 'Amsterdam' } },
        'municipalityCode',
      ],
      [
        'a skill id that is no slug',
        { query: 'wmo', filter: { skillId: 'Not A Slug' } },
        'skillId',
      ],
      ['minLevel 9', { query: 'wmo', filter: { skillId: 'wmo-2015', minLevel: 9 } }, 'minLevel'],
      [
        'minLevel without skillId',
        { query: 'wmo', filter: { minLevel: 3 } },
        'filter.minLevel needs filter.skillId',
      ],
      [
        'filter.text',
        { query: 'wmo', filter: { text: 'jeugd' } },
        'filter.text is for people(filter)',
      ],
    ])('refuses %s with BAD_USER_INPUT', async (_label, variables, message) => {
      const answer = await anonymous(variables);
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message).toContain(message);
    });

    it('refuses an availability GraphQL does not know', async () => {
      const answer = await anonymous({ query: 'wmo', filter: { availability: 'SOMETIMES' } });
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('happy path', () => {
    it('finds procurement people, best first, ten by default, NETWORK only for anonymous', async () => {
      const answer = await anonymous({ query: 'aanbesteding' });
      expect(answer.errors).toBeUndefined();
      const hits = answer.data?.searchPeople ?? [];
      expect(hits).toHaveLength(10);
      expect(descending(hits)).toBe(true);
      expect(hits.every((hit) => hit.score > 0 && hit.score <= 1)).toBe(true);
      expect(hits.every((hit) => hit.person.visibility === 'NETWORK')).toBe(true);
      expect(new Set(hits.map((hit) => hit.person.id)).size).toBe(hits.length);
    });

    it('finds people by a skill alias and names the matched skill', async () => {
      const answer = await anonymous({ query: 'Wmo', first: 50 });
      expect(answer.errors).toBeUndefined();
      const hits = answer.data?.searchPeople ?? [];
      expect(hits.length).toBeGreaterThan(0);
      const bySkill = hits.filter((hit) => hit.matchedSkills.some(({ id }) => id === 'wmo-2015'));
      expect(bySkill.length).toBeGreaterThan(0);
      for (const hit of bySkill) {
        expect(hit.person.skills.map(({ skill }) => skill.id)).toContain('wmo-2015');
      }
    });

    it('honours first and the filter', async () => {
      const answer = await anonymous({
        query: 'jeugdzorg',
        first: 3,
        filter: { availability: 'AVAILABLE', skillId: 'jeugdwet', minLevel: 2 },
      });
      expect(answer.errors).toBeUndefined();
      const hits = answer.data?.searchPeople ?? [];
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.length).toBeLessThanOrEqual(3);
      for (const { person } of hits) {
        expect(person.availability).toBe('AVAILABLE');
        const jeugdwet = person.skills.find(({ skill }) => skill.id === 'jeugdwet');
        expect(jeugdwet?.level).toBeGreaterThanOrEqual(2);
      }
    });

    it('shows the administrator people whose visibility is narrower than NETWORK', async () => {
      const query = { query: 'beleidsadviseur', first: 50 };
      const seenByAdmin = (await admin(query)).data?.searchPeople ?? [];
      const seenByAnonymous = (await anonymous(query)).data?.searchPeople ?? [];
      expect(seenByAdmin.some((hit) => hit.person.visibility !== 'NETWORK')).toBe(true);
      expect(seenByAnonymous.every((hit) => hit.person.visibility === 'NETWORK')).toBe(true);
    });
  });

  describe('input is data', () => {
    it.each([
      `") OR 1=1 //`,
      "'); MATCH (n) DETACH DELETE n; //",
      '*:*',
      'aanbesteding* AND NOT "jeugd~2"',
    ])('answers %j without an error', async (query) => {
      const answer = await anonymous({ query });
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(Array.isArray(answer.data?.searchPeople)).toBe(true);
    });

    it('answers [] for a query without a word', async () => {
      const answer = await anonymous({ query: '!!! ??? ***' });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.searchPeople).toEqual([]);
    });

    it('still has every demo person afterwards', async () => {
      const answer = await app.admin<{ people: { totalCount: number } }>(
        '{ people(first: 1) { totalCount } }',
      );
      expect(answer.data?.people.totalCount).toBe(2000);
    });
  });
});
