import { type ExperienceRole, type Outcome } from '../../experiences/experience-role';
import {
  type ChallengeContext,
  type ExperienceFact,
  type KnowsPath,
  type MunicipalityContext,
  type PersonContext,
  type Requirement,
  type SimilarChallenge,
  type SkillFrequency,
  type SkillHolder,
} from '../../matching/matching.records';
import { MatchingRepository } from '../../matching/matching.repository';
import { type Availability } from '../../people/models/availability.enum';
import { type Visibility } from '../../people/models/visibility.enum';
import { type Neo4jClient } from './neo4j-client';
import { type Neo4jRow } from './neo4j-values';

const CHALLENGES = `
  UNWIND $ids AS id
  MATCH (m:Municipality)-[:FACES]->(c:Challenge {id: id})
  RETURN c.id AS id, c.title AS title, c.description AS description, c.theme AS theme,
         m.code AS municipalityCode, m.name AS municipalityName,
         COLLECT { MATCH (c)-[:REQUIRES]->(s:Skill) RETURN s.id } AS skillIds`;

// $text is lowercase plain words joined by OR (see luceneAnyWord): any word may match, ranked
// by Lucene's BM25 with the Dutch analyzer. The limit asks for a few more than $limit so that
// the excluded challenge and ties at the edge do not shorten the answer.
const SIMILAR_CHALLENGES = `
  CALL db.index.fulltext.queryNodes('challenge_text', $text, {limit: $top})
  YIELD node AS c, score
  WHERE $excludeId IS NULL OR c.id <> $excludeId
  RETURN c.id AS challengeId, score
  ORDER BY score DESC, challengeId
  LIMIT $limit`;

const CHALLENGES_REQUIRING = `
  UNWIND $ids AS skillId
  CALL (skillId) {
    MATCH (c:Challenge)-[:REQUIRES]->(:Skill {id: skillId})
    WHERE $excludeId IS NULL OR c.id <> $excludeId
    RETURN c.id AS challengeId
    ORDER BY c.createdAt DESC, challengeId
    LIMIT $perSkill
  }
  RETURN skillId, challengeId`;

const EXPERIENCES_ON = `
  UNWIND $ids AS id
  MATCH (p:Person)-[w:WORKED_ON]->(c:Challenge {id: id})
  RETURN p.id AS personId, c.id AS challengeId, w.role AS role, w.outcome AS outcome,
         w.year AS year`;

const SKILL_HOLDERS = `
  UNWIND $ids AS skillId
  CALL (skillId) {
    MATCH (p:Person)-[h:HAS_SKILL]->(:Skill {id: skillId})
    RETURN p.id AS personId, h.level AS level
    ORDER BY level DESC, personId
    LIMIT $perSkill
  }
  RETURN skillId, personId, level`;

const SKILL_FREQUENCIES = `
  UNWIND $ids AS id
  MATCH (s:Skill {id: id})
  RETURN s.id AS skillId, s.name AS name, COUNT { (:Person)-[:HAS_SKILL]->(s) } AS holders`;

const PEOPLE_COUNT = `MATCH (p:Person) RETURN count(p) AS total`;

const PEOPLE = `
  UNWIND $ids AS id
  MATCH (p:Person {id: id})-[:WORKS_AT]->(m:Municipality)
  RETURN p.id AS id, p.name AS name, p.availability AS availability,
         p.visibility AS visibility, m.code AS municipalityCode,
         COLLECT { MATCH (p)-[:WORKED_ON]->(c:Challenge) WHERE c.theme IS NOT NULL
                   RETURN c.theme } AS themes`;

const SKILL_LEVELS = `
  UNWIND $ids AS id
  MATCH (:Person {id: id})-[h:HAS_SKILL]->(s:Skill)
  WHERE s.id IN $skillIds
  RETURN id AS personId, s.id AS skillId, h.level AS level`;

const MUNICIPALITIES = `
  UNWIND $codes AS code
  MATCH (m:Municipality {code: code})
  RETURN m.code AS code, m.name AS name, m.population AS population,
         COLLECT { MATCH (m)-[:MEMBER_OF]->(k:Collaboration)
                   RETURN {id: k.id, name: k.name} } AS collaborations`;

// A bidirectional breadth-first search per target; KNOWS is stored once per pair and read in
// both directions. shortestPath refuses a path from a node to itself, hence a <> b.
const SHORTEST_KNOWS_PATHS = `
  MATCH (a:Person {id: $fromId})
  UNWIND $toIds AS toId
  MATCH (b:Person {id: toId})
  WHERE b <> a
  MATCH p = allShortestPaths((a)-[:KNOWS*..3]-(b))
  RETURN toId AS targetId, [n IN nodes(p) | n.id] AS personIds`;

// Four different people (relationship uniqueness alone would allow a-x-y-a style repeats).
const THREE_HOP_KNOWS_PATHS = `
  MATCH (a:Person {id: $fromId})-[:KNOWS]-(x:Person)-[:KNOWS]-(y:Person)-[:KNOWS]-(b:Person)
  WHERE b.id IN $toIds AND b <> a AND y <> a AND x <> b AND x <> y
  RETURN b.id AS targetId, [a.id, x.id, y.id, b.id] AS personIds`;

/**
 * A Lucene query that any of `words` satisfies, or null without words. Only runs of letters and
 * digits survive, lower-cased (the parser reads upper-case AND, OR and NOT as operators), so
 * nothing of Lucene's syntax reaches the parser; they are joined by OR explicitly.
 */
export function luceneAnyWord(words: readonly string[]): string | null {
  const plain = (words.join(' ').match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.toLowerCase());
  return plain.length === 0 ? null : plain.join(' OR ');
}

function toMunicipalityContext(row: Neo4jRow): MunicipalityContext {
  return {
    code: row.code as string,
    name: row.name as string,
    population: row.population as number,
    collaborations: (row.collaborations as Neo4jRow[])
      .map((collaboration) => ({
        id: collaboration.id as string,
        name: collaboration.name as string,
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export class MatchingNeo4jRepository extends MatchingRepository {
  constructor(private readonly client: Neo4jClient) {
    super();
  }

  async challenges(ids: readonly string[]): Promise<ChallengeContext[]> {
    if (ids.length === 0) return [];
    const rows = await this.client.read(CHALLENGES, { ids: [...ids] });
    return rows.map((row) => ({
      id: row.id as string,
      title: row.title as string,
      description: row.description as string,
      theme: (row.theme as string | null) ?? null,
      municipalityCode: row.municipalityCode as string,
      municipalityName: row.municipalityName as string,
      requiredSkillIds: [...(row.skillIds as string[])].sort(),
    }));
  }

  async similarChallenges(
    words: readonly string[],
    limit: number,
    excludeId: string | null,
  ): Promise<SimilarChallenge[]> {
    const text = luceneAnyWord(words);
    if (text === null || limit < 1) return [];
    const rows = await this.client.read(SIMILAR_CHALLENGES, {
      text,
      top: limit + 10,
      limit,
      excludeId,
    });
    return rows.map((row) => ({
      challengeId: row.challengeId as string,
      score: row.score as number,
    }));
  }

  async challengesRequiring(
    skillIds: readonly string[],
    perSkill: number,
    excludeId: string | null,
  ): Promise<Requirement[]> {
    if (skillIds.length === 0 || perSkill < 1) return [];
    const rows = await this.client.read(CHALLENGES_REQUIRING, {
      ids: [...skillIds],
      perSkill,
      excludeId,
    });
    return rows.map((row) => ({
      challengeId: row.challengeId as string,
      skillId: row.skillId as string,
    }));
  }

  async experiencesOn(challengeIds: readonly string[]): Promise<ExperienceFact[]> {
    if (challengeIds.length === 0) return [];
    const rows = await this.client.read(EXPERIENCES_ON, { ids: [...challengeIds] });
    return rows.map((row) => ({
      personId: row.personId as string,
      challengeId: row.challengeId as string,
      role: row.role as ExperienceRole,
      outcome: row.outcome as Outcome,
      year: (row.year as number | null) ?? null,
    }));
  }

  async skillHolders(skillIds: readonly string[], perSkill: number): Promise<SkillHolder[]> {
    if (skillIds.length === 0 || perSkill < 1) return [];
    const rows = await this.client.read(SKILL_HOLDERS, { ids: [...skillIds], perSkill });
    return rows.map((row) => ({
      personId: row.personId as string,
      skillId: row.skillId as string,
      level: row.level as number,
    }));
  }

  async skillFrequencies(skillIds: readonly string[]): Promise<SkillFrequency[]> {
    if (skillIds.length === 0) return [];
    const rows = await this.client.read(SKILL_FREQUENCIES, { ids: [...skillIds] });
    return rows.map((row) => ({
      skillId: row.skillId as string,
      name: row.name as string,
      holders: row.holders as number,
    }));
  }

  async peopleCount(): Promise<number> {
    const [row] = await this.client.read(PEOPLE_COUNT);
    return row.total as number;
  }

  async people(ids: readonly string[]): Promise<PersonContext[]> {
    if (ids.length === 0) return [];
    const rows = await this.client.read(PEOPLE, { ids: [...ids] });
    return rows.map((row) => ({
      id: row.id as string,
      name: row.name as string,
      availability: row.availability as Availability,
      visibility: row.visibility as Visibility,
      municipalityCode: row.municipalityCode as string,
      challengeThemes: [...(row.themes as string[])].sort(),
    }));
  }

  async skillLevels(
    personIds: readonly string[],
    skillIds: readonly string[],
  ): Promise<SkillHolder[]> {
    if (personIds.length === 0 || skillIds.length === 0) return [];
    const rows = await this.client.read(SKILL_LEVELS, {
      ids: [...personIds],
      skillIds: [...skillIds],
    });
    return rows.map((row) => ({
      personId: row.personId as string,
      skillId: row.skillId as string,
      level: row.level as number,
    }));
  }

  async municipalities(codes: readonly string[]): Promise<MunicipalityContext[]> {
    if (codes.length === 0) return [];
    const rows = await this.client.read(MUNICIPALITIES, { codes: [...codes] });
    return rows.map(toMunicipalityContext);
  }

  async shortestKnowsPaths(fromId: string, toIds: readonly string[]): Promise<KnowsPath[]> {
    if (toIds.length === 0) return [];
    const rows = await this.client.read(SHORTEST_KNOWS_PATHS, { fromId, toIds: [...toIds] });
    return rows.map((row) => ({
      targetId: row.targetId as string,
      personIds: row.personIds as string[],
    }));
  }

  async threeHopKnowsPaths(fromId: string, toIds: readonly string[]): Promise<KnowsPath[]> {
    if (toIds.length === 0) return [];
    const rows = await this.client.read(THREE_HOP_KNOWS_PATHS, { fromId, toIds: [...toIds] });
    return rows.map((row) => ({
      targetId: row.targetId as string,
      personIds: row.personIds as string[],
    }));
  }
}
