import {
  type HelpedLink,
  type HelpedOutcome,
  type HelpedProjection,
  type HelpedRecord,
  IntroductionOutcomesRepository,
} from '../../introductions/introduction-outcomes.repository';
import { type CypherClient } from './cypher-client';
import { type CypherDialect } from './cypher-dialect';
import { toDate } from './rows';
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

type LinkRow = Omit<HelpedLink, 'at'> & { at: Date | null };

const linkColumns = (direction: HelpedLink['direction']) => `
  '${direction}' AS direction, o.id AS otherId, h.introductionId AS introductionId,
  h.challengeId AS challengeId, h.rating AS rating, h.at AS at`;
// One direction per branch (Kuzu has no startNode()); the rows are ordered in the adapter.
const HELPED_LINKS = cypher<LinkRow, { id: string }>(`
  MATCH (p:Person {id: $id})-[h:HELPED]->(o:Person) RETURN ${linkColumns('GAVE')}
  UNION ALL
  MATCH (p:Person {id: $id})<-[h:HELPED]-(o:Person) RETURN ${linkColumns('RECEIVED')}`);

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

  async helpedLinksOf(personId: string): Promise<HelpedLink[]> {
    const rows = await this.client.read(HELPED_LINKS, { id: personId });
    const ordered = rows.sort(
      (a, b) =>
        a.direction.localeCompare(b.direction) ||
        a.otherId.localeCompare(b.otherId) ||
        String(a.introductionId).localeCompare(String(b.introductionId)),
    );
    return ordered.map((row) => ({
      direction: row.direction,
      otherId: row.otherId,
      introductionId: row.introductionId ?? null,
      challengeId: row.challengeId ?? null,
      rating: row.rating === null || row.rating === undefined ? null : Number(row.rating),
      at: row.at ? toDate(row.at) : null,
    }));
  }
}
