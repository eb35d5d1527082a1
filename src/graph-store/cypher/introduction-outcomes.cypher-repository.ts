import {
  type HelpedOutcome,
  type HelpedProjection,
  type HelpedRecord,
  IntroductionOutcomesRepository,
} from '../../introductions/introduction-outcomes.repository';
import { type CypherClient } from './cypher-client';
import { type CypherDialect } from './cypher-dialect';
import { cypher, cypherEachId } from './statement';

type PeopleParams = { expertId: string; requesterId: string };

const BOTH_PEOPLE = cypher<{ found: number }, PeopleParams>(`
  MATCH (e:Person {id: $expertId}), (r:Person {id: $requesterId})
  RETURN count(*) AS found`);

const helped = (dialect: CypherDialect) =>
  cypher<
    object,
    PeopleParams & {
      eventId: string;
      introductionId: string;
      challengeId: string | null;
      rating: number | null;
      at: string;
    }
  >(`
  MATCH (e:Person {id: $expertId}), (r:Person {id: $requesterId})
  MERGE (e)-[h:HELPED {eventId: $eventId}]->(r)
  SET h.at = ${dialect.timestamp('$at')}, h.rating = $rating,
      h.introductionId = $introductionId, h.challengeId = $challengeId`);

// An expert who already worked on the challenge keeps the role and outcome they had.
const ADVISOR = cypher<object, { expertId: string; challengeId: string; year: number }>(`
  MATCH (e:Person {id: $expertId}), (c:Challenge {id: $challengeId})
  MERGE (e)-[w:WORKED_ON]->(c)
  ON CREATE SET w.role = 'ADVISOR',
                w.outcome = CASE WHEN c.status = 'SOLVED' THEN 'SOLVED' ELSE 'ONGOING' END,
                w.year = $year`);

const HELPED_RECORD = cypherEachId<{ expertId: string; helped: number; meanRating: number | null }>(
  'expertId',
  `
  MATCH (e:Person {id: $id})-[h:HELPED]->(:Person)
  RETURN e.id AS expertId, count(h) AS helped, avg(h.rating) AS meanRating`,
);

export class IntroductionOutcomesCypherRepository extends IntroductionOutcomesRepository {
  private readonly helped;

  constructor(
    private readonly client: CypherClient,
    dialect: CypherDialect,
  ) {
    super();
    this.helped = helped(dialect);
  }

  recordHelped(outcome: HelpedOutcome): Promise<HelpedProjection> {
    const { eventId, introductionId, expertId, requesterId, challengeId, rating, at } = outcome;
    return this.client.write(async (tx) => {
      const [{ found }] = await tx.run(BOTH_PEOPLE, { expertId, requesterId });
      if (Number(found) === 0) return 'SKIPPED_PERSON_GONE';
      await tx.run(this.helped, {
        expertId,
        requesterId,
        eventId,
        introductionId,
        challengeId,
        rating,
        at: at.toISOString(),
      });
      if (challengeId !== null) {
        await tx.run(ADVISOR, { expertId, challengeId, year: at.getUTCFullYear() });
      }
      return 'APPLIED';
    });
  }

  async helpedRecords(expertIds: readonly string[]): Promise<Map<string, HelpedRecord>> {
    const records = new Map<string, HelpedRecord>();
    if (expertIds.length === 0) return records;
    const rows = await this.client.readEach(HELPED_RECORD, [...new Set(expertIds)].sort());
    for (const row of rows) {
      records.set(row.expertId, {
        helped: Number(row.helped),
        meanRating: row.meanRating === null ? null : Number(row.meanRating),
      });
    }
    return records;
  }
}
