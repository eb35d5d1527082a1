import { collaborationInput, createChallengeInput, createPersonInput } from './factories';
import { type GraphqlResponse, type TestApp } from './test-app';

const CREATE_CLIENT = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }`;
const UPSERT_SKILL = `mutation($input: SkillInput!) { upsertSkill(input: $input) { id } }`;
const UPSERT_COLLABORATION = `mutation($input: CollaborationInput!) { upsertCollaboration(input: $input) { id } }`;
const ADD_MEMBER = `mutation($id: ID!, $code: ID!) {
  addCollaborationMember(collaborationId: $id, municipalityCode: $code) { id }
}`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const SET_SKILLS = `mutation($id: ID!, $skills: [PersonSkillInput!]!) {
  setPersonSkills(personId: $id, skills: $skills) { id }
}`;
const CREATE_CHALLENGE = `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`;

/** The data of an answer that must have succeeded; fails the test with its errors otherwise. */
export async function dataOf<T>(
  answer: Promise<GraphqlResponse<T>> | GraphqlResponse<T>,
): Promise<NonNullable<T>> {
  const settled = await answer;
  expect(settled.errors).toBeUndefined();
  return settled.data as NonNullable<T>;
}

/**
 * The writes an end-to-end spec makes as administrator to set up its own small world: each
 * returns the new id (or key) and fails the test when the service refuses it.
 */
export class AdminWrites {
  constructor(private readonly app: TestApp) {}

  async apiKey(municipalityCode: string, scopes: string[]): Promise<string> {
    const input = {
      name: `Intranet ${municipalityCode} ${scopes.join('+')}`,
      municipalityCode,
      scopes,
    };
    const data = await dataOf(
      this.app.admin<{ createApiClient: { key: string } }>(CREATE_CLIENT, { input }),
    );
    return data.createApiClient.key;
  }

  async skill(input: { id: string; name: string }): Promise<void> {
    await dataOf(this.app.admin(UPSERT_SKILL, { input }));
  }

  /** A collaboration with these members (municipality codes). */
  async collaboration(id: string, name: string, members: readonly string[]): Promise<void> {
    await dataOf(this.app.admin(UPSERT_COLLABORATION, { input: collaborationInput({ id, name }) }));
    for (const code of members) await dataOf(this.app.admin(ADD_MEMBER, { id, code }));
  }

  /** A person of the municipality with these skill levels; `extra` overrides the input. */
  async person(
    municipalityCode: string,
    skills: Record<string, number>,
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const created = await dataOf(
      this.app.admin<{ createPerson: { id: string } }>(CREATE_PERSON, {
        input: createPersonInput({ municipalityCode, ...extra }),
      }),
    );
    const id = created.createPerson.id;
    const list = Object.entries(skills).map(([skillId, level]) => ({ skillId, level }));
    if (list.length > 0) await dataOf(this.app.admin(SET_SKILLS, { id, skills: list }));
    return id;
  }

  async challenge(
    municipalityCode: string,
    status: string,
    requiredSkillIds: readonly string[],
  ): Promise<string> {
    const created = await dataOf(
      this.app.admin<{ createChallenge: { id: string } }>(CREATE_CHALLENGE, {
        input: createChallengeInput({ municipalityCode, status, requiredSkillIds }),
      }),
    );
    return created.createChallenge.id;
  }
}
