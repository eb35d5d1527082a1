import { ChallengesException } from '../../challenges/challenges.exception';
import { CollaborationsException } from '../../collaborations/collaborations.exception';
import { MunicipalitiesException } from '../../municipalities/municipalities.exception';
import { PeopleException } from '../../people/people.exception';
import { SkillsException } from '../../skills/skills.exception';
import { type CypherTransaction } from './cypher-client';
import { cypher } from './statement';

/**
 * The checks a write makes inside its own transaction that the things it links exist, so that a
 * concurrent delete cannot slip in between the check and the write. Each throws the owning
 * feature's NOT_FOUND before anything is written.
 */

type Ids = { ids: readonly string[] };
type IdRow = { id: string };

const EXISTING_MUNICIPALITIES = cypher<IdRow, Ids>(`
  UNWIND $ids AS code MATCH (m:Municipality {code: code}) RETURN m.code AS id`);
const EXISTING_COLLABORATIONS = cypher<IdRow, Ids>(`
  UNWIND $ids AS id MATCH (c:Collaboration {id: id}) RETURN c.id AS id`);
const EXISTING_PEOPLE = cypher<IdRow, Ids>(`
  UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id`);
const EXISTING_SKILLS = cypher<IdRow, Ids>(`
  UNWIND $ids AS id MATCH (s:Skill {id: id}) RETURN s.id AS id`);
const EXISTING_CHALLENGES = cypher<IdRow, Ids>(`
  UNWIND $ids AS id MATCH (c:Challenge {id: id}) RETURN c.id AS id`);

/** The ids of `ids` that `statement` does not find, in the order given. */
async function missing(
  tx: CypherTransaction,
  statement: typeof EXISTING_SKILLS,
  ids: readonly string[],
): Promise<string[]> {
  // An empty list would bind as null on Kuzu; nothing is missing from nothing anyway.
  if (ids.length === 0) return [];
  const found = new Set((await tx.run(statement, { ids: [...ids] })).map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

export async function assertMunicipalityExists(tx: CypherTransaction, code: string): Promise<void> {
  if ((await missing(tx, EXISTING_MUNICIPALITIES, [code])).length > 0) {
    throw MunicipalitiesException.notFound(code);
  }
}

export async function assertCollaborationExists(tx: CypherTransaction, id: string): Promise<void> {
  if ((await missing(tx, EXISTING_COLLABORATIONS, [id])).length > 0) {
    throw CollaborationsException.notFound(id);
  }
}

/** Names the first unknown person. */
export async function assertPeopleExist(
  tx: CypherTransaction,
  ids: readonly string[],
): Promise<void> {
  const [first] = await missing(tx, EXISTING_PEOPLE, ids);
  if (first !== undefined) throw PeopleException.notFound(first);
}

/** Names every unknown skill. */
export async function assertSkillsExist(
  tx: CypherTransaction,
  ids: readonly string[],
): Promise<void> {
  const unknown = await missing(tx, EXISTING_SKILLS, ids);
  if (unknown.length > 0) throw SkillsException.notFound(unknown);
}

export async function assertChallengeExists(tx: CypherTransaction, id: string): Promise<void> {
  if ((await missing(tx, EXISTING_CHALLENGES, [id])).length > 0) {
    throw ChallengesException.notFound(id);
  }
}
