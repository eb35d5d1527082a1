import { type Visibility } from '../../people/models/visibility.enum';
import { VISIBLE_PERSON, visibilityParams } from '../cypher/visibility-condition';
import { type PersonSkillRecord } from '../../people/person.record';
import {
  PeopleSearchRepository,
  type SearchCandidate,
  type SearchScope,
  type SkillHolder,
  type SkillLabels,
  type TextHit,
  type WeightedSkill,
} from '../../search/people-search.repository';
import { type Neo4jClient } from './neo4j-client';
import { type Neo4jParams, type Neo4jRow } from './neo4j-values';

// The candidate queries answer one row of parallel lists, as the Kuzu adapter does (there for
// speed); collect() skips nulls, so only never-null values are collected.

// The PersonFilter fields search honours; null parameters mean "any".
const FILTER = `
  ($municipalityCode IS NULL OR m.code = $municipalityCode)
  AND ($availability IS NULL OR p.availability = $availability)
  AND ($skillId IS NULL OR EXISTS {
    MATCH (p)-[held:HAS_SKILL]->(:Skill {id: $skillId}) WHERE held.level >= $minLevel })`;

const CANDIDATE_LISTS = `
  collect(p.id) AS ids, collect(p.name) AS names, collect(p.visibility) AS visibilities,
  collect(m.code) AS municipalityCodes`;

// Per word, the BM25 of that word over name, title and bio (Lucene's Dutch analyzer stems it).
// Each word is a run of lower-case letters and digits (searchWords): none of Lucene's syntax
// reaches the parser, and "and", "or", "not" stay terms (only upper case is an operator).
const TEXT_MATCHES = `
  UNWIND $words AS word
  CALL (word) {
    CALL db.index.fulltext.queryNodes('person_text', word) YIELD node AS p, score
    MATCH (p)-[:WORKS_AT]->(m:Municipality)
    WHERE ${FILTER} AND ${VISIBLE_PERSON}
    WITH p, m, score
    ORDER BY score DESC, p.name, p.id
    LIMIT $limit
    RETURN ${CANDIDATE_LISTS}, collect(score) AS scores
  }
  RETURN word, ids, names, visibilities, municipalityCodes, scores`;

const SKILL_HOLDERS = `
  UNWIND $skills AS wanted
  MATCH (:Skill {id: wanted.skillId})<-[h:HAS_SKILL]-(p:Person)-[:WORKS_AT]->(m:Municipality)
  WHERE ${FILTER} AND ${VISIBLE_PERSON}
  WITH p, m,
       collect(wanted.skillId) AS skillIds, collect(h.level) AS levels,
       sum(wanted.weight * h.level) AS strength
  ORDER BY strength DESC, p.name, p.id
  LIMIT $limit
  RETURN ${CANDIDATE_LISTS}, collect(skillIds) AS skillIds, collect(levels) AS levels`;

const SKILL_CATALOGUE = `
  MATCH (s:Skill)
  RETURN collect(s.id) AS ids, collect(s.name) AS names,
         collect(coalesce(s.aliases, [])) AS aliases`;

const SKILL_LEVELS = `
  UNWIND $personIds AS personId
  MATCH (:Person {id: personId})-[h:HAS_SKILL]->(s:Skill)
  WHERE s.id IN $skillIds
  RETURN personId, s.id AS skillId, h.level AS level`;

const PARTNER_MUNICIPALITIES = `
  UNWIND $collaborationIds AS collaborationId
  MATCH (m:Municipality)-[:MEMBER_OF]->(:Collaboration {id: collaborationId})
  RETURN DISTINCT m.code AS code`;

const COLLABORATIONS_OF = `
  UNWIND $codes AS code
  MATCH (:Municipality {code: code})-[:MEMBER_OF]->(c:Collaboration)
  RETURN code, c.id AS collaborationId`;

function scopeParams({ filter, visibility, limit }: SearchScope): Neo4jParams {
  return {
    municipalityCode: filter.municipalityCode ?? null,
    availability: filter.availability ?? null,
    skillId: filter.skillId ?? null,
    minLevel: filter.minLevel ?? 1,
    ...visibilityParams(visibility),
    limit,
  };
}

function column<T>(row: Neo4jRow | undefined, name: string): T[] {
  return (row?.[name] as T[] | null | undefined) ?? [];
}

function candidates(row: Neo4jRow | undefined): SearchCandidate[] {
  const names = column<string>(row, 'names');
  const visibilities = column<Visibility>(row, 'visibilities');
  const codes = column<string>(row, 'municipalityCodes');
  return column<string>(row, 'ids').map((id, i) => ({
    id,
    name: names[i],
    visibility: visibilities[i],
    municipalityCode: codes[i],
  }));
}

export class PeopleSearchNeo4jRepository extends PeopleSearchRepository {
  constructor(private readonly client: Neo4jClient) {
    super();
  }

  async skillCatalogue(): Promise<SkillLabels[]> {
    const [row] = await this.client.read(SKILL_CATALOGUE);
    const names = column<string>(row, 'names');
    const aliases = column<string[]>(row, 'aliases');
    return column<string>(row, 'ids').map((id, i) => ({
      id,
      name: names[i],
      aliases: aliases[i],
    }));
  }

  async textMatches(words: readonly string[], scope: SearchScope): Promise<TextHit[]> {
    if (words.length === 0) return [];
    const rows = await this.client.read(TEXT_MATCHES, {
      ...scopeParams(scope),
      words: words.map((word) => word.toLowerCase()),
    });
    const hits = new Map<string, { candidate: SearchCandidate; scores: Map<string, number> }>();
    for (const row of rows) {
      const scores = column<number>(row, 'scores');
      candidates(row).forEach((candidate, i) => {
        const hit = hits.get(candidate.id) ?? { candidate, scores: new Map<string, number>() };
        hit.scores.set(row.word as string, Number(scores[i]));
        hits.set(candidate.id, hit);
      });
    }
    return [...hits.values()].map(({ candidate, scores }) => ({ ...candidate, scores }));
  }

  async skillHolders(skills: readonly WeightedSkill[], scope: SearchScope): Promise<SkillHolder[]> {
    if (skills.length === 0) return [];
    const [row] = await this.client.read(SKILL_HOLDERS, {
      ...scopeParams(scope),
      skills: skills.map(({ skillId, weight }) => ({ skillId, weight: Math.round(weight) })),
    });
    const skillIds = column<string[]>(row, 'skillIds');
    const levels = column<number[]>(row, 'levels');
    return candidates(row).map((candidate, i) => ({
      ...candidate,
      skills: skillIds[i].map((skillId, j) => ({ skillId, level: Number(levels[i][j]) })),
    }));
  }

  async skillLevels(
    personIds: readonly string[],
    skillIds: readonly string[],
  ): Promise<PersonSkillRecord[]> {
    if (personIds.length === 0 || skillIds.length === 0) return [];
    const rows = await this.client.read(SKILL_LEVELS, {
      personIds: [...personIds],
      skillIds: [...skillIds],
    });
    return rows.map((row) => ({
      personId: row.personId as string,
      skillId: row.skillId as string,
      level: Number(row.level),
    }));
  }

  async partnerMunicipalities(collaborationIds: readonly string[]): Promise<string[]> {
    if (collaborationIds.length === 0) return [];
    const rows = await this.client.read(PARTNER_MUNICIPALITIES, {
      collaborationIds: [...collaborationIds],
    });
    return rows.map((row) => row.code as string);
  }

  async collaborationsOf(municipalityCodes: readonly string[]): Promise<Map<string, string[]>> {
    if (municipalityCodes.length === 0) return new Map();
    const rows = await this.client.read(COLLABORATIONS_OF, { codes: [...municipalityCodes] });
    const result = new Map<string, string[]>();
    for (const row of rows) {
      const code = row.code as string;
      result.set(code, [...(result.get(code) ?? []), row.collaborationId as string]);
    }
    return result;
  }
}
