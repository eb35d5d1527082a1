import { ChallengesException } from '../../challenges/challenges.exception';
import { type ExperienceRole, type Outcome } from '../../experiences/experience-role';
import { type ExperienceRecord } from '../../experiences/experience.record';
import { ExperiencesRepository } from '../../experiences/experiences.repository';
import { PeopleException } from '../../people/people.exception';
import { type Neo4jClient } from './neo4j-client';
import { type Neo4jRow } from './neo4j-values';

const COLUMNS = `
  p.id AS personId, c.id AS challengeId, w.role AS role, w.outcome AS outcome,
  w.year AS year, w.lessonsLearned AS lessonsLearned`;

// coalesce puts experiences without a year last, the same on every store (Neo4j alone would
// sort a null year first in a descending order).
const BY_CHALLENGES = `
  UNWIND $ids AS id
  MATCH (p:Person)-[w:WORKED_ON]->(c:Challenge {id: id})
  RETURN ${COLUMNS}
  ORDER BY challengeId, coalesce(w.year, 0) DESC, personId`;

const BY_PEOPLE = `
  UNWIND $ids AS id
  MATCH (p:Person {id: id})-[w:WORKED_ON]->(c:Challenge)
  RETURN ${COLUMNS}
  ORDER BY personId, coalesce(w.year, 0) DESC, challengeId`;

const PERSON_EXISTS = `MATCH (p:Person {id: $id}) RETURN p.id AS id`;
const CHALLENGE_EXISTS = `MATCH (c:Challenge {id: $id}) RETURN c.id AS id`;

// MERGE keeps one WORKED_ON per pair (and makes a retried transaction harmless); SET replaces
// what an earlier recording said, a null removing the property.
const RECORD = `
  MATCH (p:Person {id: $personId}), (c:Challenge {id: $challengeId})
  MERGE (p)-[w:WORKED_ON]->(c)
  SET w.role = $role, w.outcome = $outcome, w.year = $year, w.lessonsLearned = $lessonsLearned`;

function toExperienceRecord(row: Neo4jRow): ExperienceRecord {
  return {
    personId: row.personId as string,
    challengeId: row.challengeId as string,
    role: row.role as ExperienceRole,
    outcome: row.outcome as Outcome,
    year: (row.year as number | null) ?? null,
    lessonsLearned: (row.lessonsLearned as string | null) ?? null,
  };
}

export class ExperiencesNeo4jRepository extends ExperiencesRepository {
  constructor(private readonly client: Neo4jClient) {
    super();
  }

  async record(experience: ExperienceRecord): Promise<ExperienceRecord> {
    await this.client.write(async (tx) => {
      if ((await tx.run(PERSON_EXISTS, { id: experience.personId })).length === 0) {
        throw PeopleException.notFound(experience.personId);
      }
      if ((await tx.run(CHALLENGE_EXISTS, { id: experience.challengeId })).length === 0) {
        throw ChallengesException.notFound(experience.challengeId);
      }
      await tx.run(RECORD, {
        personId: experience.personId,
        challengeId: experience.challengeId,
        role: experience.role,
        outcome: experience.outcome,
        year: experience.year,
        lessonsLearned: experience.lessonsLearned,
      });
    });
    return experience;
  }

  async findByChallengeIds(challengeIds: readonly string[]): Promise<ExperienceRecord[]> {
    if (challengeIds.length === 0) return [];
    const rows = await this.client.read(BY_CHALLENGES, { ids: [...challengeIds] });
    return rows.map(toExperienceRecord);
  }

  async findByPersonIds(personIds: readonly string[]): Promise<ExperienceRecord[]> {
    if (personIds.length === 0) return [];
    const rows = await this.client.read(BY_PEOPLE, { ids: [...personIds] });
    return rows.map(toExperienceRecord);
  }
}
