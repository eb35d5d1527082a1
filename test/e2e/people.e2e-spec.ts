import { MunicipalitiesRepository } from '../../src/municipalities/municipalities.repository';
import { PeopleRepository } from '../../src/people/people.repository';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { SkillsRepository } from '../../src/skills/skills.repository';
import { createPersonInput, municipalityRow, nextNumber, skillInput } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const PERSON_FIELDS = `
  id name email title bio availability visibility department createdAt updatedAt
  municipality { code name }
  skills { level skill { id name } }
  acquaintances { id name }`;

const CREATE_PERSON = `mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) { ${PERSON_FIELDS} }
}`;
const UPDATE_PERSON = `mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
  updatePerson(id: $id, input: $input) { ${PERSON_FIELDS} }
}`;
const SET_PERSON_SKILLS = `mutation SetPersonSkills($personId: ID!, $skills: [PersonSkillInput!]!) {
  setPersonSkills(personId: $personId, skills: $skills) { ${PERSON_FIELDS} }
}`;
const CONNECT_PEOPLE = `mutation ConnectPeople($personId: ID!, $otherPersonId: ID!) {
  connectPeople(personId: $personId, otherPersonId: $otherPersonId)
}`;
const UPSERT_SKILL = `mutation UpsertSkill($input: SkillInput!) { upsertSkill(input: $input) { id name } }`;
const PERSON = `query Person($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
const PROFILE = `query Profile($id: ID!) {
  person(id: $id) { name municipality { code } skills { level skill { id name } } }
}`;
const PEOPLE = `query People($first: Int, $after: String, $filter: PersonFilter) {
  people(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${PERSON_FIELDS} } }
  }
}`;
const MUNICIPALITY_PEOPLE = `query MunicipalityPeople($a: ID!, $b: ID!, $first: Int, $filter: PersonFilter) {
  a: municipality(code: $a) { code people(first: $first, filter: $filter) { totalCount pageInfo { hasNextPage } edges { node { ${PERSON_FIELDS} } } } }
  b: municipality(code: $b) { code people(first: $first, filter: $filter) { totalCount pageInfo { hasNextPage } edges { node { ${PERSON_FIELDS} } } } }
}`;
const MUNICIPALITIES_PEOPLE = `query MunicipalitiesPeople($search: String) {
  municipalities(search: $search) {
    edges { node { code people { totalCount edges { node { ${PERSON_FIELDS} } } } } }
  }
}`;
const SKILL_PEOPLE = `query SkillPeople($id: ID!, $minLevel: Int) {
  skill(id: $id) { id people(minLevel: $minLevel) { totalCount edges { node { id name } } } }
}`;

interface PersonNode {
  id: string;
  name: string;
  email: string | null;
  title: string | null;
  bio: string | null;
  availability: string;
  visibility: string;
  department: string | null;
  createdAt: string;
  updatedAt: string;
  municipality: { code: string; name: string };
  skills: Array<{ level: number; skill: { id: string; name: string } }>;
  acquaintances: Array<{ id: string; name: string }>;
}
interface PersonConnectionData {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: Array<{ node: PersonNode }>;
}

/** Letters only: the full-text index splits words at digits. */
/** Runs `query` and counts how often each spied store method was called while it ran. */
async function countingCalls<T>(
  spies: jest.SpyInstance[],
  query: () => Promise<T>,
): Promise<{ response: T; calls: number[] }> {
  try {
    const response = await query();
    return { response, calls: spies.map((spy) => spy.mock.calls.length) };
  } finally {
    spies.forEach((spy) => spy.mockRestore());
  }
}

const uniqueWord = (prefix: string): string =>
  `${prefix}${String(nextNumber()).replace(/\d/g, (digit) => 'bcdfghjklm'[Number(digit)])}`;

describe('people over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    // Reference data may not be loaded at start yet; MERGE makes this harmless when it is.
    await app.app.get(GraphImportRepository).importMunicipalities([
      { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', population: 931298 },
      { code: 'GM0344', name: 'Utrecht', province: 'Utrecht', population: 374238 },
    ]);
  });
  afterAll(() => app.close());

  /** A municipality of the test's own, so its people lists hold only what the test created. */
  const newMunicipality = async (): Promise<string> => {
    const row = municipalityRow();
    await app.app.get(GraphImportRepository).importMunicipalities([row]);
    return row.code;
  };
  const createPerson = async (overrides: Record<string, unknown> = {}): Promise<PersonNode> => {
    const response = await app.admin<{ createPerson: PersonNode }>(CREATE_PERSON, {
      input: createPersonInput(overrides),
    });
    expect(response.errors).toBeUndefined();
    return response.data!.createPerson;
  };
  const createSkill = async (
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: string; name: string }> => {
    const response = await app.admin<{ upsertSkill: { id: string; name: string } }>(UPSERT_SKILL, {
      input: skillInput(overrides),
    });
    expect(response.errors).toBeUndefined();
    return response.data!.upsertSkill;
  };
  const setSkills = async (personId: string, skills: Array<{ skillId: string; level: number }>) => {
    const response = await app.admin<{ setPersonSkills: PersonNode }>(SET_PERSON_SKILLS, {
      personId,
      skills,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.setPersonSkills;
  };
  const connect = async (personId: string, otherPersonId: string): Promise<void> => {
    const response = await app.admin<{ connectPeople: boolean }>(CONNECT_PEOPLE, {
      personId,
      otherPersonId,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.connectPeople).toBe(true);
  };

  describe('the happy path', () => {
    it('creates a person, sets skills, and reads them back via person, people and municipality.people', async () => {
      const code = await newMunicipality();
      const word = uniqueWord('inkoop');
      const created = await createPerson({
        name: '  Fatima El Amrani ',
        email: `fatima${nextNumber()}@gemeente.example.nl`,
        bio: `Regisseur ${word} en aanbestedingen jeugdhulp.`,
        municipalityCode: code,
        department: 'Sociaal domein',
      });
      expect(created).toMatchObject({
        name: 'Fatima El Amrani',
        availability: 'AVAILABLE',
        visibility: 'NETWORK',
        department: 'Sociaal domein',
        municipality: { code },
        skills: [],
        acquaintances: [],
      });
      expect(new Date(created.createdAt).toISOString()).toBe(created.createdAt);

      const jeugd = await createSkill();
      const wmo = await createSkill();
      const withSkills = await setSkills(created.id, [
        { skillId: wmo.id, level: 2 },
        { skillId: jeugd.id, level: 5 },
      ]);
      expect(withSkills.skills).toEqual([
        { level: 5, skill: jeugd },
        { level: 2, skill: wmo },
      ]);
      expect(withSkills.updatedAt >= created.updatedAt).toBe(true);

      const person = await app.admin<{ person: PersonNode }>(PERSON, { id: created.id });
      expect(person.errors).toBeUndefined();
      expect(person.data?.person).toEqual(withSkills);
      // Anonymous readers see the (NETWORK) person, but never an e-mail address.
      const anonymous = await app.gql<{ person: PersonNode }>(PERSON, { id: created.id });
      expect(anonymous.data?.person).toEqual({ ...withSkills, email: null });

      const people = await app.admin<{ people: PersonConnectionData }>(PEOPLE, {
        filter: { text: 'aanbesteding', skillId: jeugd.id, minLevel: 4, municipalityCode: code },
      });
      expect(people.errors).toBeUndefined();
      expect(people.data?.people.totalCount).toBe(1);
      expect(people.data?.people.edges[0].node).toEqual(withSkills);

      const viaMunicipality = await app.admin<{ a: { people: PersonConnectionData } }>(
        MUNICIPALITY_PEOPLE,
        {
          a: code,
          b: 'GM0344',
        },
      );
      expect(viaMunicipality.errors).toBeUndefined();
      expect(viaMunicipality.data?.a.people.edges.map((e) => e.node)).toEqual([withSkills]);
    });

    it('updates a person: fields left out stay, null clears, a new municipality moves them', async () => {
      const from = await newMunicipality();
      const to = await newMunicipality();
      const created = await createPerson({
        email: `jan${nextNumber()}@example.nl`,
        title: 'Jurist',
        municipalityCode: from,
        department: 'Juridische zaken',
      });
      const response = await app.admin<{ updatePerson: PersonNode }>(UPDATE_PERSON, {
        id: created.id,
        input: { email: null, availability: 'LIMITED', municipalityCode: to },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.updatePerson).toMatchObject({
        name: created.name,
        title: 'Jurist',
        email: null,
        availability: 'LIMITED',
        department: 'Juridische zaken',
        municipality: { code: to },
      });
      const lists = await app.gql<{
        a: { people: PersonConnectionData };
        b: { people: PersonConnectionData };
      }>(MUNICIPALITY_PEOPLE, { a: from, b: to });
      expect(lists.data?.a.people.totalCount).toBe(0);
      expect(lists.data?.b.people.edges.map((e) => e.node.id)).toEqual([created.id]);
    });

    it('connects people once, either way round, and shows them as each other’s acquaintances', async () => {
      const code = await newMunicipality();
      const a = await createPerson({ name: 'Aaltje', municipalityCode: code });
      const b = await createPerson({ name: 'Bert', municipalityCode: code });
      await connect(a.id, b.id);
      await connect(b.id, a.id);
      const response = await app.gql<{ people: PersonConnectionData }>(PEOPLE, {
        filter: { municipalityCode: code },
      });
      expect(response.data?.people.edges.map((e) => [e.node.name, e.node.acquaintances])).toEqual([
        ['Aaltje', [{ id: b.id, name: 'Bert' }]],
        ['Bert', [{ id: a.id, name: 'Aaltje' }]],
      ]);
    });

    it('reads a profile (the person, their skills and workplace) in one store call', async () => {
      const code = await newMunicipality();
      const [skill, other] = [await createSkill(), await createSkill()];
      const ann = await createPerson({ name: 'Ann', municipalityCode: code });
      await setSkills(ann.id, [
        { skillId: other.id, level: 2 },
        { skillId: skill.id, level: 5 },
      ]);
      // Once, so that the municipality catalogue (reference data) is read before counting.
      await app.gql(PROFILE, { id: ann.id });

      const people = app.app.get(PeopleRepository);
      const spies = [
        jest.spyOn(people, 'findWithSkills'),
        jest.spyOn(people, 'findByIds'),
        jest.spyOn(people, 'skillsOf'),
        jest.spyOn(app.app.get(SkillsRepository), 'findByIds'),
        jest.spyOn(app.app.get(MunicipalitiesRepository), 'findByCodes'),
      ];
      const { response, calls } = await countingCalls(spies, () =>
        app.gql<{
          person: {
            name: string;
            municipality: { code: string };
            skills: Array<{ level: number; skill: { id: string; name: string } }>;
          };
        }>(PROFILE, { id: ann.id }),
      );

      expect(response.errors).toBeUndefined();
      expect(response.data?.person).toEqual({
        name: 'Ann',
        municipality: { code },
        skills: [
          { level: 5, skill: { id: skill.id, name: skill.name } },
          { level: 2, skill: { id: other.id, name: other.name } },
        ],
      });
      expect(calls).toEqual([1, 0, 0, 0, 0]);
    });

    it('resolves nested lists for several parents in one query, one store call per field', async () => {
      const word = uniqueWord('batch');
      const [one, two] = [
        municipalityRow({ name: `${word} Een` }),
        municipalityRow({ name: `${word} Twee` }),
      ];
      await app.app.get(GraphImportRepository).importMunicipalities([one, two]);
      const skill = await createSkill();
      const other = await createSkill();
      const ann = await createPerson({ name: 'Ann', municipalityCode: one.code });
      const bob = await createPerson({ name: 'Bob', municipalityCode: one.code });
      const cas = await createPerson({ name: 'Cas', municipalityCode: two.code });
      await setSkills(ann.id, [{ skillId: skill.id, level: 3 }]);
      await setSkills(bob.id, [
        { skillId: other.id, level: 1 },
        { skillId: skill.id, level: 4 },
      ]);
      await connect(ann.id, cas.id);

      const people = app.app.get(PeopleRepository);
      const spies = [
        jest.spyOn(people, 'listByMunicipalities'),
        jest.spyOn(people, 'skillsOf'),
        jest.spyOn(people, 'acquaintancesOf'),
        jest.spyOn(app.app.get(SkillsRepository), 'findByIds'),
      ];
      const { response, calls } = await countingCalls(spies, () =>
        app.gql<{
          municipalities: {
            edges: Array<{ node: { code: string; people: PersonConnectionData } }>;
          };
        }>(MUNICIPALITIES_PEOPLE, { search: word }),
      );

      expect(response.errors).toBeUndefined();
      const summary = response.data?.municipalities.edges.map(({ node }) => ({
        code: node.code,
        people: node.people.edges.map(({ node: person }) => ({
          name: person.name,
          municipality: person.municipality.code,
          skills: person.skills.map((s) => `${s.skill.id}:${s.level}`),
          acquaintances: person.acquaintances.map((p) => p.name),
        })),
      }));
      expect(summary).toEqual([
        {
          code: one.code,
          people: [
            {
              name: 'Ann',
              municipality: one.code,
              skills: [`${skill.id}:3`],
              acquaintances: ['Cas'],
            },
            {
              name: 'Bob',
              municipality: one.code,
              skills: [`${skill.id}:4`, `${other.id}:1`],
              acquaintances: [],
            },
          ],
        },
        {
          code: two.code,
          people: [{ name: 'Cas', municipality: two.code, skills: [], acquaintances: ['Ann'] }],
        },
      ]);
      // Municipality.people, Person.skills, Person.acquaintances: one call each; PersonSkill.skill
      // none, as the skills' records came with Person.skills.
      expect(calls).toEqual([1, 1, 1, 0]);

      const bySkill = await app.gql<{
        skill: { people: { totalCount: number; edges: Array<{ node: { id: string } }> } };
      }>(SKILL_PEOPLE, { id: skill.id, minLevel: 4 });
      expect(bySkill.errors).toBeUndefined();
      expect(bySkill.data?.skill.people.edges.map((e) => e.node.id)).toEqual([bob.id]);
    });

    it('pages Municipality.people with the same arguments for every municipality', async () => {
      const one = await newMunicipality();
      const two = await newMunicipality();
      for (const name of ['Dirk', 'Els', 'Fenna'])
        await createPerson({ name, municipalityCode: one });
      await createPerson({ name: 'Gert', municipalityCode: two });
      const response = await app.gql<{
        a: { people: PersonConnectionData };
        b: { people: PersonConnectionData };
      }>(MUNICIPALITY_PEOPLE, { a: one, b: two, first: 2 });
      expect(response.data?.a.people).toMatchObject({
        totalCount: 3,
        pageInfo: { hasNextPage: true },
      });
      expect(response.data?.a.people.edges.map((e) => e.node.name)).toEqual(['Dirk', 'Els']);
      expect(response.data?.b.people).toMatchObject({
        totalCount: 1,
        pageInfo: { hasNextPage: false },
      });
    });

    it('pages people by name with a cursor', async () => {
      const code = await newMunicipality();
      for (const name of ['Zeger', 'Yara', 'Xander'])
        await createPerson({ name, municipalityCode: code });
      const first = await app.gql<{ people: PersonConnectionData }>(PEOPLE, {
        first: 2,
        filter: { municipalityCode: code },
      });
      expect(first.data?.people.edges.map((e) => e.node.name)).toEqual(['Xander', 'Yara']);
      const second = await app.gql<{ people: PersonConnectionData }>(PEOPLE, {
        first: 2,
        after: first.data?.people.pageInfo.endCursor,
        filter: { municipalityCode: code },
      });
      expect(second.data?.people.edges.map((e) => e.node.name)).toEqual(['Zeger']);
      expect(second.data?.people).toMatchObject({
        totalCount: 3,
        pageInfo: { hasNextPage: false },
      });
    });

    it.each([`") OR 1=1 //`, 'MATCH (n) DETACH DELETE n', '*', `'; DROP TABLE Person; --`])(
      'treats the text filter %j as words, not as a query',
      async (text) => {
        const code = await newMunicipality();
        const person = await createPerson({ municipalityCode: code });
        const response = await app.gql<{ people: PersonConnectionData }>(PEOPLE, {
          filter: { text },
        });
        expect(response.errors).toBeUndefined();
        expect(response.data?.people.totalCount).toBe(0);
        expect(
          (await app.gql<{ person: PersonNode | null }>(PERSON, { id: person.id })).data?.person
            ?.id,
        ).toBe(person.id);
      },
    );
  });

  describe('validation', () => {
    it.each([
      ['a one-letter name', { name: 'A' }, /name must be 2 to 120 characters/],
      ['a name over 120 characters', { name: 'x'.repeat(121) }, /name must be 2 to 120 characters/],
      ['a malformed email', { email: 'not-an-email' }, /email must be an email address/],
      [
        'an email over 254 characters',
        { email: `${'x'.repeat(250)}@example.nl` },
        /email must be at most 254/,
      ],
      ['a title over 120 characters', { title: 'x'.repeat(121) }, /title must be at most 120/],
      ['a bio over 2000 characters', { bio: 'x'.repeat(2001) }, /bio must be at most 2000/],
      [
        'a department over 120 characters',
        { department: 'x'.repeat(121) },
        /department must be at most 120/,
      ],
      [
        'a malformed municipality code',
        { municipalityCode: 'Amsterdam' },
        /municipalityCode: .*GM followed by four digits/,
      ],
      ['an unknown availability', { availability: 'SOMETIMES' }, /Availability/],
    ])(
      'createPerson refuses %s with BAD_USER_INPUT naming the field',
      async (_case, overrides, message) => {
        const response = await app.admin(CREATE_PERSON, { input: createPersonInput(overrides) });
        expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0].message).toMatch(message);
      },
    );

    it.each([
      ['a null name', { name: null }, /name cannot be null/],
      ['a null municipality code', { municipalityCode: null }, /municipalityCode cannot be null/],
      ['a null availability', { availability: null }, /availability cannot be null/],
      ['a one-letter name', { name: 'B' }, /name must be 2 to 120 characters/],
    ])(
      'updatePerson refuses %s with BAD_USER_INPUT naming the field',
      async (_case, input, message) => {
        const person = await createPerson();
        const response = await app.admin(UPDATE_PERSON, { id: person.id, input });
        expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0].message).toMatch(message);
      },
    );

    it.each([
      ['level 0', [{ skillId: 'wmo', level: 0 }], /level must be from 1 to 5/],
      ['level 6', [{ skillId: 'wmo', level: 6 }], /level must be from 1 to 5/],
      ['a malformed skill id', [{ skillId: 'Wmo 2015', level: 3 }], /skillId must be a skill id/],
      [
        'more than 100 skills',
        Array.from({ length: 101 }, (_, i) => ({ skillId: `s-${i}`, level: 1 })),
        /skills may hold at most 100/,
      ],
      [
        'a skill given twice',
        [
          { skillId: 'wmo', level: 1 },
          { skillId: 'wmo', level: 2 },
        ],
        /"wmo" more than once/,
      ],
    ])(
      'setPersonSkills refuses %s with BAD_USER_INPUT naming the field',
      async (_case, skills, message) => {
        const person = await createPerson();
        const response = await app.admin(SET_PERSON_SKILLS, { personId: person.id, skills });
        expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0].message).toMatch(message);
      },
    );

    it.each([
      ['minLevel without skillId', { minLevel: 3 }, /minLevel needs filter.skillId/],
      ['minLevel 6', { skillId: 'wmo', minLevel: 6 }, /minLevel must be from 1 to 5/],
      ['an empty text', { text: '   ' }, /text must be 1 to 200 characters/],
      ['a text over 200 characters', { text: 'x'.repeat(201) }, /text must be 1 to 200 characters/],
      ['a malformed municipality code', { municipalityCode: 'GM12' }, /municipalityCode: /],
      ['a malformed skill id', { skillId: 'Not_A_Slug' }, /skillId must be a skill id/],
    ])('people refuses a filter with %s with BAD_USER_INPUT', async (_case, filter, message) => {
      const response = await app.gql(PEOPLE, { filter });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toMatch(message);
    });

    it('applies the same filter rules to Municipality.people', async () => {
      const response = await app.gql(MUNICIPALITY_PEOPLE, {
        a: 'GM0363',
        b: 'GM0344',
        filter: { minLevel: 2 },
      });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toMatch(/minLevel needs filter.skillId/);
    });

    it.each([
      ['person', PERSON, { id: 'not a person id!' }, /id must be a person id/],
      [
        'connectPeople with one person twice',
        CONNECT_PEOPLE,
        { personId: 'p-1', otherPersonId: 'p-1' },
        /otherPersonId must differ from personId/,
      ],
    ])('refuses %s with BAD_USER_INPUT', async (_case, query, variables, message) => {
      const response = await app.admin(query, variables);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toMatch(message);
    });
  });

  describe('not found and conflicts', () => {
    it('answers null for an unknown person', async () => {
      const response = await app.gql<{ person: null }>(PERSON, { id: 'no-such-person' });
      expect(response.errors).toBeUndefined();
      expect(response.data?.person).toBeNull();
    });

    it('answers NOT_FOUND for an unknown municipality, person or skill', async () => {
      const person = await createPerson();
      const cases = [
        [CREATE_PERSON, { input: createPersonInput({ municipalityCode: 'GM8997' }) }, /GM8997/],
        [UPDATE_PERSON, { id: 'no-such-person', input: { name: 'Iemand' } }, /"no-such-person"/],
        [UPDATE_PERSON, { id: person.id, input: { municipalityCode: 'GM8997' } }, /GM8997/],
        [SET_PERSON_SKILLS, { personId: 'no-such-person', skills: [] }, /"no-such-person"/],
        [
          CONNECT_PEOPLE,
          { personId: person.id, otherPersonId: 'no-such-person' },
          /"no-such-person"/,
        ],
      ] as const;
      for (const [query, variables, message] of cases) {
        const response = await app.admin(query, variables);
        expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(response.errors?.[0].message).toMatch(message);
      }
    });

    it('names every unknown skill and keeps the old skills', async () => {
      const person = await createPerson();
      const kept = await createSkill();
      await setSkills(person.id, [{ skillId: kept.id, level: 2 }]);
      const response = await app.admin(SET_PERSON_SKILLS, {
        personId: person.id,
        skills: [
          { skillId: kept.id, level: 5 },
          { skillId: 'onbekend-een', level: 1 },
          { skillId: 'onbekend-twee', level: 1 },
        ],
      });
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(response.errors?.[0].message).toMatch(/"onbekend-een", "onbekend-twee"/);
      const read = await app.gql<{ person: PersonNode }>(PERSON, { id: person.id });
      expect(read.data?.person.skills).toEqual([{ level: 2, skill: kept }]);
    });

    it('answers CONFLICT for an email another person has, without naming them', async () => {
      const email = `dubbel${nextNumber()}@example.nl`;
      const owner = await createPerson({ email });
      const created = await app.admin(CREATE_PERSON, {
        input: createPersonInput({ email: email.toUpperCase() }),
      });
      expect(created.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(created.errors?.[0].message).toMatch(/already has this email/);
      expect(created.errors?.[0].message).not.toContain(owner.id);

      const other = await createPerson();
      const updated = await app.admin(UPDATE_PERSON, { id: other.id, input: { email } });
      expect(updated.errors?.[0].extensions?.code).toBe('CONFLICT');
    });
  });

  describe('authentication', () => {
    it.each([
      ['createPerson', CREATE_PERSON, { input: createPersonInput() }],
      ['updatePerson', UPDATE_PERSON, { id: 'p-1', input: { name: 'Iemand' } }],
      ['setPersonSkills', SET_PERSON_SKILLS, { personId: 'p-1', skills: [] }],
      ['connectPeople', CONNECT_PEOPLE, { personId: 'p-1', otherPersonId: 'p-2' }],
    ])('refuses %s without the administrator key', async (_case, query, variables) => {
      const response = await app.gql(query, variables);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.data).toBeNull();
    });

    it('refuses a wrong key also for reads', async () => {
      const response = await app.gql(PEOPLE, {}, { token: 'wrong-key-0123456789' });
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
