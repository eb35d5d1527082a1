import { type ExperienceRecord } from '../../experiences/experience.record';
import { ExperiencesRepository } from '../../experiences/experiences.repository';
import { type CypherClient } from './cypher-client';
import { assertChallengeExists, assertPeopleExist } from './existence-checks';
import { cypher, cypherEachId, type FieldsOf } from './statement';

type ExperienceRow = FieldsOf<ExperienceRecord>;

const COLUMNS = `
  p.id AS personId, c.id AS challengeId, w.role AS role, w.outcome AS outcome,
  w.year AS year, w.lessonsLearned AS lessonsLearned`;

// coalesce puts experiences without a year last, the same on every store (Neo4j alone would sort
// a null year first in a descending order).
// Per id; the ids are read in sorted order, so the rows come ordered by challenge (or person).
const BY_CHALLENGE = cypherEachId<ExperienceRow>(
  'challengeId',
  `
  MATCH (p:Person)-[w:WORKED_ON]->(c:Challenge {id: $id})
  RETURN ${COLUMNS}
  ORDER BY coalesce(w.year, 0) DESC, personId`,
);

const BY_PERSON = cypherEachId<ExperienceRow>(
  'personId',
  `
  MATCH (p:Person {id: $id})-[w:WORKED_ON]->(c:Challenge)
  RETURN ${COLUMNS}
  ORDER BY coalesce(w.year, 0) DESC, challengeId`,
);

// MERGE keeps one WORKED_ON per pair (and makes a repeated transaction harmless); SET replaces
// what an earlier recording said, a null removing the property.
const RECORD = cypher<object, ExperienceRow>(`
  MATCH (p:Person {id: $personId}), (c:Challenge {id: $challengeId})
  MERGE (p)-[w:WORKED_ON]->(c)
  SET w.role = $role, w.outcome = $outcome, w.year = $year, w.lessonsLearned = $lessonsLearned`);

function toExperienceRecord(row: ExperienceRow): ExperienceRecord {
  return {
    personId: row.personId,
    challengeId: row.challengeId,
    role: row.role,
    outcome: row.outcome,
    year: row.year ?? null,
    lessonsLearned: row.lessonsLearned ?? null,
  };
}

export class ExperiencesCypherRepository extends ExperiencesRepository {
  constructor(private readonly client: CypherClient) {
    super();
  }

  async record(experience: ExperienceRecord): Promise<ExperienceRecord> {
    const { personId, challengeId, role, outcome, year, lessonsLearned } = experience;
    await this.client.write(async (tx) => {
      await assertPeopleExist(tx, [personId]);
      await assertChallengeExists(tx, challengeId);
      await tx.run(RECORD, { personId, challengeId, role, outcome, year, lessonsLearned });
    });
    return experience;
  }

  async findByChallengeIds(challengeIds: readonly string[]): Promise<ExperienceRecord[]> {
    if (challengeIds.length === 0) return [];
    const rows = await this.client.readEach(BY_CHALLENGE, [...challengeIds].sort());
    return rows.map(toExperienceRecord);
  }

  async findByPersonIds(personIds: readonly string[]): Promise<ExperienceRecord[]> {
    if (personIds.length === 0) return [];
    const rows = await this.client.readEach(BY_PERSON, [...personIds].sort());
    return rows.map(toExperienceRecord);
  }
}
