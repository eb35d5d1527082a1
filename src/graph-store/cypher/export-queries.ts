import { type ExportKind } from '../../seed/graph-export.repository';
import { cypher, type Statement } from './statement';

/**
 * The Cypher that reads the graph out for GraphExportRepository. These statements use only
 * what Kuzu's and Neo4j's dialects share, so both adapters run the very same text.
 *
 * Each kind has a `keys` query (the next `$limit` start-node ids after `$after`) and a `rows`
 * query for the start nodes `$ids`; relationships are read per start node, so a batch never
 * splits one node's relationships.
 */
export type ExportRow = Record<string, unknown>;

export interface ExportQueries {
  readonly keys: Statement<{ after: string | null; limit: number }, { key: string }>;
  readonly rows: Statement<{ ids: readonly string[] }, ExportRow>;
}

const keysOf = (label: string, key: string): ExportQueries['keys'] =>
  cypher(`
  MATCH (n:${label}) WHERE $after IS NULL OR n.${key} > $after
  RETURN n.${key} AS key ORDER BY key LIMIT $limit`);

export const EXPORT_QUERIES: Record<ExportKind, ExportQueries> = {
  municipalities: {
    keys: keysOf('Municipality', 'code'),
    rows: cypher(`
      UNWIND $ids AS id MATCH (m:Municipality {code: id})
      RETURN m.code AS code, m.name AS name, m.province AS province, m.population AS population
      ORDER BY code`),
  },
  collaborations: {
    keys: keysOf('Collaboration', 'id'),
    rows: cypher(`
      UNWIND $ids AS id MATCH (c:Collaboration {id: id})
      RETURN c.id AS id, c.name AS name, c.kind AS kind ORDER BY id`),
  },
  memberships: {
    keys: keysOf('Collaboration', 'id'),
    rows: cypher(`
      UNWIND $ids AS id MATCH (m:Municipality)-[:MEMBER_OF]->(c:Collaboration {id: id})
      RETURN c.id AS collaborationId, m.code AS municipalityCode
      ORDER BY collaborationId, municipalityCode`),
  },
  skills: {
    keys: keysOf('Skill', 'id'),
    rows: cypher(`
      UNWIND $ids AS id MATCH (s:Skill {id: id})
      RETURN s.id AS id, s.name AS name, s.aliases AS aliases, s.category AS category,
             s.escoUri AS escoUri
      ORDER BY id`),
  },
  people: {
    keys: keysOf('Person', 'id'),
    rows: cypher(`
      UNWIND $ids AS id MATCH (p:Person {id: id})-[w:WORKS_AT]->(m:Municipality)
      RETURN p.id AS id, p.name AS name, p.email AS email, p.title AS title, p.bio AS bio,
             p.availability AS availability, p.visibility AS visibility,
             m.code AS municipalityCode, w.department AS department, w.since AS since,
             p.createdAt AS createdAt, p.updatedAt AS updatedAt
      ORDER BY id`),
  },
  personSkills: {
    keys: keysOf('Person', 'id'),
    rows: cypher(`
      UNWIND $ids AS id MATCH (p:Person {id: id})-[h:HAS_SKILL]->(s:Skill)
      RETURN p.id AS personId, s.id AS skillId, h.level AS level ORDER BY personId, skillId`),
  },
  challenges: {
    keys: keysOf('Challenge', 'id'),
    rows: cypher(`
      UNWIND $ids AS id MATCH (m:Municipality)-[:FACES]->(c:Challenge {id: id})
      RETURN c.id AS id, c.title AS title, c.description AS description, c.theme AS theme,
             c.status AS status, m.code AS municipalityCode, c.createdAt AS createdAt,
             c.updatedAt AS updatedAt
      ORDER BY id`),
  },
  challengeSkills: {
    keys: keysOf('Challenge', 'id'),
    rows: cypher(`
      UNWIND $ids AS id MATCH (c:Challenge {id: id})-[r:REQUIRES]->(s:Skill)
      RETURN c.id AS challengeId, s.id AS skillId, r.weight AS weight ORDER BY challengeId, skillId`),
  },
  experiences: {
    keys: keysOf('Person', 'id'),
    rows: cypher(`
      UNWIND $ids AS id MATCH (p:Person {id: id})-[w:WORKED_ON]->(c:Challenge)
      RETURN p.id AS personId, c.id AS challengeId, w.role AS role, w.outcome AS outcome,
             w.year AS year, w.lessonsLearned AS lessonsLearned
      ORDER BY personId, challengeId`),
  },
  acquaintances: {
    keys: keysOf('Person', 'id'),
    rows: cypher(`
      UNWIND $ids AS id MATCH (a:Person {id: id})-[:KNOWS]->(b:Person)
      RETURN a.id AS personId, b.id AS otherPersonId ORDER BY personId, otherPersonId`),
  },
};
