import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import {
  createChallengeInput,
  experienceInput,
  municipalityRow,
  personRow,
} from '../support/factories';
import { type GraphqlResponse, startTestApp, type TestApp } from '../support/test-app';

interface ExperienceNode {
  role: string;
  outcome: string;
  year: number | null;
  lessonsLearned: string | null;
  person: { id: string; name: string };
  challenge: { id: string; title: string };
}

const EXPERIENCE_FIELDS =
  'role outcome year lessonsLearned person { id name } challenge { id title }';
const RECORD = `mutation ($input: ExperienceInput!) { recordExperience(input: $input) { ${EXPERIENCE_FIELDS} } }`;
const CREATE_CHALLENGE = `mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id title } }`;
const PERSON_EXPERIENCES = `query ($id: ID!) {
  person(id: $id) { id experiences { ${EXPERIENCE_FIELDS} } }
}`;
const CHALLENGE_EXPERIENCES = `query ($id: ID!) {
  challenge(id: $id) { id experiences { ${EXPERIENCE_FIELDS} } }
}`;

function expectError(response: GraphqlResponse, code: string, message: RegExp): void {
  expect(response.errors?.[0]?.extensions?.code).toBe(code);
  expect(response.errors?.[0]?.message).toMatch(message);
}

describe('experiences over GraphQL', () => {
  let app: TestApp;
  const home = municipalityRow();

  beforeAll(async () => {
    app = await startTestApp();
    await app.app.get(GraphImportRepository).importMunicipalities([home]);
  });
  afterAll(() => app.close());

  async function newPerson(): Promise<{ id: string; name: string }> {
    const person = personRow({ municipalityCode: home.code });
    await app.app.get(GraphImportRepository).importPeople([person]);
    return { id: person.id, name: person.name };
  }

  async function newChallenge(): Promise<{ id: string; title: string }> {
    const response = await app.admin<{ createChallenge: { id: string; title: string } }>(
      CREATE_CHALLENGE,
      {
        input: createChallengeInput({ municipalityCode: home.code }),
      },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createChallenge;
  }

  it('records an experience and reads it back from the person and the challenge', async () => {
    const person = await newPerson();
    const challenge = await newChallenge();
    const recorded = await app.admin<{ recordExperience: ExperienceNode }>(RECORD, {
      input: experienceInput({ personId: person.id, challengeId: challenge.id }),
    });
    expect(recorded.errors).toBeUndefined();
    const expected: ExperienceNode = {
      role: 'LEAD',
      outcome: 'SOLVED',
      year: 2023,
      lessonsLearned: 'Begin klein en betrek de aanbieders vroeg.',
      person,
      challenge,
    };
    expect(recorded.data?.recordExperience).toEqual(expected);

    const byPerson = await app.gql<{ person: { experiences: ExperienceNode[] } }>(
      PERSON_EXPERIENCES,
      { id: person.id },
    );
    expect(byPerson.errors).toBeUndefined();
    expect(byPerson.data?.person.experiences).toEqual([expected]);
    const byChallenge = await app.gql<{ challenge: { experiences: ExperienceNode[] } }>(
      CHALLENGE_EXPERIENCES,
      {
        id: challenge.id,
      },
    );
    expect(byChallenge.data?.challenge.experiences).toEqual([expected]);
  });

  it('keeps one experience per person and challenge: recording again replaces it', async () => {
    const person = await newPerson();
    const challenge = await newChallenge();
    await app.admin(RECORD, {
      input: experienceInput({ personId: person.id, challengeId: challenge.id }),
    });
    const again = await app.admin<{ recordExperience: ExperienceNode }>(RECORD, {
      input: { personId: person.id, challengeId: challenge.id, role: 'MEMBER', outcome: 'ONGOING' },
    });
    expect(again.data?.recordExperience).toMatchObject({
      role: 'MEMBER',
      outcome: 'ONGOING',
      year: null,
      lessonsLearned: null,
    });
    const byChallenge = await app.gql<{ challenge: { experiences: ExperienceNode[] } }>(
      CHALLENGE_EXPERIENCES,
      {
        id: challenge.id,
      },
    );
    expect(byChallenge.data?.challenge.experiences).toHaveLength(1);
    expect(byChallenge.data?.challenge.experiences[0]).toMatchObject({
      role: 'MEMBER',
      outcome: 'ONGOING',
    });
  });

  it("lists a person's experiences most recent year first", async () => {
    const person = await newPerson();
    const older = await newChallenge();
    const newer = await newChallenge();
    await app.admin(RECORD, {
      input: experienceInput({ personId: person.id, challengeId: older.id, year: 2015 }),
    });
    await app.admin(RECORD, {
      input: experienceInput({ personId: person.id, challengeId: newer.id, year: 2024 }),
    });
    const byPerson = await app.gql<{ person: { experiences: ExperienceNode[] } }>(
      PERSON_EXPERIENCES,
      { id: person.id },
    );
    expect(byPerson.data?.person.experiences.map((e) => e.challenge.id)).toEqual([
      newer.id,
      older.id,
    ]);
  });

  const nextYear = new Date().getUTCFullYear() + 1;
  it.each([
    ['a year before 1990', { year: 1989 }, /year must be a whole year from 1990 to/],
    [
      'a year after next year',
      { year: nextYear + 1 },
      new RegExp(`year must be a whole year from 1990 to ${nextYear}`),
    ],
    [
      'lessons of 2001 characters',
      { lessonsLearned: 'x'.repeat(2001) },
      /lessonsLearned must be at most 2000 characters/,
    ],
    ['an empty personId', { personId: '' }, /personId must be 1 to 100 characters/],
    ['an empty challengeId', { challengeId: '' }, /challengeId must be 1 to 100 characters/],
    ['an unknown role', { role: 'BOSS' }, /role/],
    ['an unknown outcome', { outcome: 'GREAT' }, /outcome/],
    ['a fractional year', { year: 2020.5 }, /year/],
  ])('refuses %s with BAD_USER_INPUT', async (_case, overrides, message) => {
    const input = experienceInput({ personId: 'p', challengeId: 'c', ...overrides });
    expectError(await app.admin(RECORD, { input }), 'BAD_USER_INPUT', message);
  });

  it('accepts next year, for work that is planned', async () => {
    const person = await newPerson();
    const challenge = await newChallenge();
    const response = await app.admin<{ recordExperience: ExperienceNode }>(RECORD, {
      input: experienceInput({ personId: person.id, challengeId: challenge.id, year: nextYear }),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.recordExperience.year).toBe(nextYear);
  });

  it('answers NOT_FOUND for an unknown person or challenge, and records nothing', async () => {
    const person = await newPerson();
    const challenge = await newChallenge();
    expectError(
      await app.admin(RECORD, {
        input: experienceInput({ personId: 'no-such-person', challengeId: challenge.id }),
      }),
      'NOT_FOUND',
      /no-such-person/,
    );
    expectError(
      await app.admin(RECORD, {
        input: experienceInput({ personId: person.id, challengeId: 'no-such-challenge' }),
      }),
      'NOT_FOUND',
      /no-such-challenge/,
    );
    const byChallenge = await app.gql<{ challenge: { experiences: ExperienceNode[] } }>(
      CHALLENGE_EXPERIENCES,
      {
        id: challenge.id,
      },
    );
    expect(byChallenge.data?.challenge.experiences).toEqual([]);
  });

  it('refuses to record without credentials', async () => {
    const person = await newPerson();
    const challenge = await newChallenge();
    const input = experienceInput({ personId: person.id, challengeId: challenge.id });
    expectError(
      await app.gql(RECORD, { input }),
      'UNAUTHENTICATED',
      /write scope, or signing in as the person concerned/,
    );
    expectError(
      await app.gql(RECORD, { input }, { token: 'not-the-key' }),
      'UNAUTHENTICATED',
      /not valid/,
    );
    const byPerson = await app.gql<{ person: { experiences: ExperienceNode[] } }>(
      PERSON_EXPERIENCES,
      { id: person.id },
    );
    expect(byPerson.data?.person.experiences).toEqual([]);
  });
});
