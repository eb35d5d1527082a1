import {
  type GraphCounts,
  GraphImportRepository,
  type ImportAcquaintance,
  type ImportChallenge,
  type ImportChallengeSkill,
  type ImportCollaboration,
  type ImportExperience,
  type ImportMembership,
  type ImportMunicipality,
  type ImportPerson,
  type ImportPersonSkill,
  type ImportSkill,
} from '../../seed/graph-import.repository';
import { type Neo4jClient } from './neo4j-client';

/** Rows per transaction: large enough to be quick, small enough to keep memory flat. */
const BATCH_SIZE = 2_000;

// COUNT { } on a single label is answered from Neo4j's count store, without scanning.
const COUNTS = `
  RETURN COUNT { (:Municipality) } AS municipalities,
         COUNT { (:Collaboration) } AS collaborations,
         COUNT { (:Person) } AS people,
         COUNT { (:Skill) } AS skills,
         COUNT { (:Challenge) } AS challenges`;

// Every statement MERGEs on a business key (unique constraints in 0001), so a batch the driver
// retries after a transient error, or an import run twice, changes nothing the second time.
const MUNICIPALITIES = `
  UNWIND $rows AS r
  MERGE (m:Municipality {code: r.code})
  SET m.name = r.name, m.province = r.province, m.population = r.population`;

const COLLABORATIONS = `
  UNWIND $rows AS r
  MERGE (c:Collaboration {id: r.id})
  SET c.name = r.name, c.kind = r.kind`;

const MEMBERSHIPS = `
  UNWIND $rows AS r
  MATCH (m:Municipality {code: r.municipalityCode}), (c:Collaboration {id: r.collaborationId})
  MERGE (m)-[:MEMBER_OF]->(c)`;

// Neo4j stores an empty list as it is, so skills with and without aliases share one statement.
const SKILLS = `
  UNWIND $rows AS r
  MERGE (s:Skill {id: r.id})
  SET s.name = r.name, s.aliases = r.aliases, s.category = r.category, s.escoUri = r.escoUri`;

// Timestamps are DATETIME and dates DATE, as the other Neo4j adapters write them; datetime(null)
// and date(null) are null, which removes the property.
const PEOPLE = `
  UNWIND $rows AS r
  MERGE (p:Person {id: r.id})
  SET p.name = r.name, p.email = r.email, p.title = r.title, p.bio = r.bio,
      p.availability = r.availability, p.visibility = r.visibility,
      p.createdAt = datetime(r.createdAt), p.updatedAt = datetime(r.updatedAt)`;

// Exactly one current workplace: a re-import that moves a person drops the old WORKS_AT.
const LEAVE_OTHER_WORKPLACES = `
  UNWIND $rows AS r
  MATCH (p:Person {id: r.id})-[old:WORKS_AT]->(m:Municipality)
  WHERE m.code <> r.municipalityCode
  DELETE old`;

const WORKS_AT = `
  UNWIND $rows AS r
  MATCH (p:Person {id: r.id}), (m:Municipality {code: r.municipalityCode})
  MERGE (p)-[w:WORKS_AT]->(m)
  SET w.department = r.department, w.since = date(r.since)`;

const PERSON_SKILLS = `
  UNWIND $rows AS r
  MATCH (p:Person {id: r.personId}), (s:Skill {id: r.skillId})
  MERGE (p)-[h:HAS_SKILL]->(s)
  SET h.level = r.level`;

const CHALLENGES = `
  UNWIND $rows AS r
  MERGE (c:Challenge {id: r.id})
  SET c.title = r.title, c.description = r.description, c.theme = r.theme, c.status = r.status,
      c.createdAt = datetime(r.createdAt), c.updatedAt = datetime(r.updatedAt)`;

const FACES = `
  UNWIND $rows AS r
  MATCH (m:Municipality {code: r.municipalityCode}), (c:Challenge {id: r.id})
  MERGE (m)-[:FACES]->(c)`;

// A weight is a FLOAT, as Kuzu's DOUBLE column holds it, even when the row has a whole number
// (which the client would otherwise send as INTEGER).
const CHALLENGE_SKILLS = `
  UNWIND $rows AS r
  MATCH (c:Challenge {id: r.challengeId}), (s:Skill {id: r.skillId})
  MERGE (c)-[q:REQUIRES]->(s)
  SET q.weight = toFloat(r.weight)`;

const EXPERIENCES = `
  UNWIND $rows AS r
  MATCH (p:Person {id: r.personId}), (c:Challenge {id: r.challengeId})
  MERGE (p)-[w:WORKED_ON]->(c)
  SET w.role = r.role, w.outcome = r.outcome, w.year = r.year, w.lessonsLearned = r.lessonsLearned`;

// KNOWS is stored once per pair, from the smaller id to the larger (the rows arrive in that
// order), and read undirected. The undirected MERGE also finds a pair stored the other way
// round, so it never adds a second KNOWS to a pair.
const ACQUAINTANCES = `
  UNWIND $rows AS r
  MATCH (a:Person {id: r.personId}), (b:Person {id: r.otherPersonId})
  MERGE (a)-[:KNOWS]-(b)`;

const REMOVE_NON_REFERENCE = [
  'MATCH (p:Person) DETACH DELETE p',
  'MATCH (c:Challenge) DETACH DELETE c',
  'MATCH (s:Skill) DETACH DELETE s',
];

export class GraphImportNeo4jRepository extends GraphImportRepository {
  constructor(private readonly client: Neo4jClient) {
    super();
  }

  async counts(): Promise<GraphCounts> {
    const [row] = await this.client.read(COUNTS);
    return {
      municipalities: Number(row.municipalities),
      collaborations: Number(row.collaborations),
      people: Number(row.people),
      skills: Number(row.skills),
      challenges: Number(row.challenges),
    };
  }

  importMunicipalities(rows: ImportMunicipality[]): Promise<void> {
    return this.batched([MUNICIPALITIES], rows);
  }

  importCollaborations(rows: ImportCollaboration[]): Promise<void> {
    return this.batched([COLLABORATIONS], rows);
  }

  importMemberships(rows: ImportMembership[]): Promise<void> {
    return this.batched([MEMBERSHIPS], rows);
  }

  importSkills(rows: ImportSkill[]): Promise<void> {
    return this.batched([SKILLS], rows);
  }

  /** A person and their WORKS_AT land in the same transaction. */
  importPeople(rows: ImportPerson[]): Promise<void> {
    return this.batched([PEOPLE, LEAVE_OTHER_WORKPLACES, WORKS_AT], rows);
  }

  importPersonSkills(rows: ImportPersonSkill[]): Promise<void> {
    return this.batched([PERSON_SKILLS], rows);
  }

  /** A challenge and its FACES land in the same transaction. */
  importChallenges(rows: ImportChallenge[]): Promise<void> {
    return this.batched([CHALLENGES, FACES], rows);
  }

  importChallengeSkills(rows: ImportChallengeSkill[]): Promise<void> {
    return this.batched([CHALLENGE_SKILLS], rows);
  }

  importExperiences(rows: ImportExperience[]): Promise<void> {
    return this.batched([EXPERIENCES], rows);
  }

  importAcquaintances(rows: ImportAcquaintance[]): Promise<void> {
    const canonical = rows.map(({ personId, otherPersonId }) =>
      personId < otherPersonId
        ? { personId, otherPersonId }
        : { personId: otherPersonId, otherPersonId: personId },
    );
    return this.batched([ACQUAINTANCES], canonical);
  }

  async removeNonReferenceData(): Promise<void> {
    await this.client.write(async (tx) => {
      for (const statement of REMOVE_NON_REFERENCE) await tx.run(statement);
    });
  }

  /** Each batch runs all `statements` in one transaction, so a batch lands whole or not at all. */
  private async batched(statements: string[], rows: readonly object[]): Promise<void> {
    for (let start = 0; start < rows.length; start += BATCH_SIZE) {
      const batch = rows.slice(start, start + BATCH_SIZE);
      await this.client.write(async (tx) => {
        for (const statement of statements) await tx.run(statement, { rows: batch });
      });
    }
  }
}
