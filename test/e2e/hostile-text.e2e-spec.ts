import { randomUUID } from 'node:crypto';
import {
  collaborationInput,
  createChallengeInput,
  createPersonInput,
  experienceInput,
} from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Text that would change a query if it were ever pasted into one: a Cypher fragment that
 * deletes everything, a quote that closes a string or map, and full-text (Lucene / Kuzu FTS)
 * syntax. Each also carries a word of its own, so it can be searched for.
 */
const hostileTexts = (word: string): string[] => [
  `${word} '); MATCH (n) DETACH DELETE n; //`,
  `${word} "}) RETURN 1 UNION MATCH (p) RETURN p //`,
  `${word} *:* OR name:[a TO z]~2 ^3 \\ $param {x}`,
];

const CREATE_PERSON = `mutation($input: CreatePersonInput!) {
  createPerson(input: $input) { id name title bio department email }
}`;
const CREATE_CHALLENGE = `mutation($input: CreateChallengeInput!) {
  createChallenge(input: $input) { id title description }
}`;
const UPSERT_SKILL = `mutation($input: SkillInput!) { upsertSkill(input: $input) { id name aliases } }`;
const UPSERT_COLLABORATION = `mutation($input: CollaborationInput!) {
  upsertCollaboration(input: $input) { id name }
}`;
const RECORD = `mutation($input: ExperienceInput!) { recordExperience(input: $input) { lessonsLearned } }`;
const PERSON = `query($id: ID!) { person(id: $id) { name title bio department email } }`;
const CHALLENGE = `query($id: ID!) { challenge(id: $id) { title description experiences { lessonsLearned } } }`;
const COUNTS = `{ people(first: 1) { totalCount } challenges(first: 1) { totalCount } skills(first: 1) { totalCount } }`;
const PEOPLE_TEXT = `query($text: String!) { people(first: 10, filter: { text: $text }) { totalCount edges { node { id } } } }`;
const CHALLENGES_TEXT = `query($text: String!) { challenges(first: 10, filter: { text: $text }) { edges { node { id } } } }`;
const SEARCH = `query($query: String!) { searchPeople(query: $query, first: 10) { person { id } } }`;
const RECOMMEND = `query($description: String!) {
  recommendColleagues(input: { description: $description, first: 5 }) { person { id } }
}`;

type Answer<T> = {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
};
const ok = <T>(answer: Answer<T>): T => {
  expect(answer.errors).toBeUndefined();
  return answer.data!;
};

/** Issue 5: Cypher fragments, quotes and full-text syntax in every text input are stored and searched literally. */
describe('hostile text in every text input', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each([0, 1, 2])('stores text %i exactly as sent, and finds it as plain words', async (i) => {
    // Letters only: the full-text tokenizers split at digits.
    const word = `vijandig${randomUUID()
      .replace(/[^a-f]/g, '')
      .slice(0, 8)}`;
    const text = hostileTexts(word)[i];
    const before = ok(await app.admin<Record<string, { totalCount: number }>>(COUNTS));

    const person = ok(
      await app.admin<{ createPerson: Record<string, string> }>(CREATE_PERSON, {
        input: createPersonInput({
          name: text,
          title: text,
          bio: text,
          department: text,
          email: `o'${word}+x@gemeente.example.nl`,
        }),
      }),
    ).createPerson;
    expect(ok(await app.admin<{ person: unknown }>(PERSON, { id: person.id })).person).toEqual({
      name: text,
      title: text,
      bio: text,
      department: text,
      email: `o'${word}+x@gemeente.example.nl`,
    });

    const challenge = ok(
      await app.admin<{ createChallenge: { id: string } }>(CREATE_CHALLENGE, {
        input: createChallengeInput({ title: text, description: text }),
      }),
    ).createChallenge;
    ok(
      await app.admin(RECORD, {
        input: experienceInput({
          personId: person.id,
          challengeId: challenge.id,
          lessonsLearned: text,
        }),
      }),
    );
    expect(ok(await app.admin(CHALLENGE, { id: challenge.id }))).toEqual({
      challenge: { title: text, description: text, experiences: [{ lessonsLearned: text }] },
    });

    const skill = ok(
      await app.admin<{ upsertSkill: unknown }>(UPSERT_SKILL, {
        input: { id: `vijandig-${word}`, name: text, aliases: [text] },
      }),
    ).upsertSkill;
    expect(skill).toEqual({ id: `vijandig-${word}`, name: text, aliases: [text] });
    const collaboration = ok(
      await app.admin<{ upsertCollaboration: { name: string } }>(UPSERT_COLLABORATION, {
        input: collaborationInput({ id: `vijandig-${word}`, name: text }),
      }),
    ).upsertCollaboration;
    expect(collaboration.name).toBe(text);

    // Searched as words: the person and the challenge are found by the full hostile text.
    const byText = ok(
      await app.admin<{ people: { edges: Array<{ node: { id: string } }> } }>(PEOPLE_TEXT, {
        text: word,
      }),
    );
    expect(byText.people.edges.map((edge) => edge.node.id)).toEqual([person.id]);
    ok(await app.admin(PEOPLE_TEXT, { text }));
    const challenges = ok(
      await app.admin<{ challenges: { edges: Array<{ node: { id: string } }> } }>(CHALLENGES_TEXT, {
        text: word,
      }),
    );
    expect(challenges.challenges.edges.map((edge) => edge.node.id)).toEqual([challenge.id]);
    ok(await app.admin(CHALLENGES_TEXT, { text }));
    const hits = ok(
      await app.admin<{ searchPeople: Array<{ person: { id: string } }> }>(SEARCH, {
        query: text,
      }),
    );
    expect(hits.searchPeople.map((hit) => hit.person.id)).toContain(person.id);
    ok(await app.admin(RECOMMEND, { description: text }));

    // Nothing was deleted or added beside what was asked for.
    const after = ok(await app.admin<Record<string, { totalCount: number }>>(COUNTS));
    expect(after.people.totalCount).toBe(before.people.totalCount + 1);
    expect(after.challenges.totalCount).toBe(before.challenges.totalCount + 1);
    expect(after.skills.totalCount).toBe(before.skills.totalCount + 1);
  });
});
