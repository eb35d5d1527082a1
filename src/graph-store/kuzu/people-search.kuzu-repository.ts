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
import { type KuzuClient, type KuzuParams, type KuzuRow } from './kuzu-client';

// Every query answers ONE row of parallel lists (collect), not a row per person: Kuzu's Node.js
// binding converts each result row slowly (about 12 µs; 5,000 skill rows took 65 ms, the same
// values as lists 2 ms). collect() skips nulls, so only never-null values are collected.

// The PersonFilter fields search honours; null parameters mean "any". Kuzu 0.11 cannot see a
// parameter in an EXISTS subquery's WHERE, so $minLevel arrives as minLevel via WITH.
const FILTER = `
  ($municipalityCode IS NULL OR m.code = $municipalityCode)
  AND ($availability IS NULL OR p.availability = $availability)
  AND ($skillId IS NULL OR EXISTS {
    MATCH (p)-[held:HAS_SKILL]->(:Skill {id: $skillId}) WHERE held.level >= minLevel })`;

const CANDIDATE_LISTS = `
  collect(p.id) AS ids, collect(p.name) AS names, collect(p.visibility) AS visibilities,
  collect(m.code) AS municipalityCodes`;

// BM25 of one word over name, title and bio, with the Dutch stemmer. $word is a run of letters
// and digits (searchWords), so Kuzu's query syntax (wildcards) never reaches the index.
const TEXT_MATCHES = `
  CALL QUERY_FTS_INDEX('Person', 'person_text', $word)
  WITH node AS p, score
  MATCH (p)-[:WORKS_AT]->(m:Municipality)
  WITH p, m, score, $minLevel AS minLevel
  WHERE ${FILTER} AND ${VISIBLE_PERSON}
  WITH p, m, score
  ORDER BY score DESC, p.name, p.id
  LIMIT $limit
  RETURN ${CANDIDATE_LISTS}, collect(score) AS scores`;

const SKILL_HOLDERS = `
  UNWIND $skills AS wanted
  MATCH (:Skill {id: wanted.skillId})<-[h:HAS_SKILL]-(p:Person)-[:WORKS_AT]->(m:Municipality)
  WITH p, m, h, wanted, $minLevel AS minLevel
  WHERE ${FILTER} AND ${VISIBLE_PERSON}
  WITH p, m,
       collect(wanted.skillId) AS skillIds, collect(h.level) AS levels,
       sum(wanted.weight * h.level) AS strength
  ORDER BY strength DESC, p.name, p.id
  LIMIT $limit
  RETURN ${CANDIDATE_LISTS}, collect(skillIds) AS skillIds, collect(levels) AS levels`;

// Kuzu stores an empty alias list as null.
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

/** Every parameter FILTER and VISIBLE name, bound (Kuzu refuses unused and unbound ones). */
function scopeParams({ filter, visibility, limit }: SearchScope): KuzuParams {
  return {
    municipalityCode: filter.municipalityCode ?? null,
    availability: filter.availability ?? null,
    skillId: filter.skillId ?? null,
    minLevel: filter.minLevel ?? 1,
    ...visibilityParams(visibility),
    limit,
  };
}

/** A list column of the one-row answers; collect() over no rows gives null in Kuzu. */
function column<T>(row: KuzuRow | undefined, name: string): T[] {
  return (row?.[name] as T[] | null | undefined) ?? [];
}

function candidates(row: KuzuRow | undefined): SearchCandidate[] {
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

export class PeopleSearchKuzuRepository extends PeopleSearchRepository {
  constructor(private readonly client: KuzuClient) {
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

  /** One query per word (a table function takes no variable), run side by side. */
  async textMatches(words: readonly string[], scope: SearchScope): Promise<TextHit[]> {
    const params = scopeParams(scope);
    const perWord = await Promise.all(
      words.map(async (word) => {
        const [row] = await this.client.read(TEXT_MATCHES, { ...params, word });
        const scores = column<number>(row, 'scores');
        return candidates(row).map((candidate, i) => ({ word, candidate, score: scores[i] }));
      }),
    );
    const hits = new Map<string, { candidate: SearchCandidate; scores: Map<string, number> }>();
    for (const { word, candidate, score } of perWord.flat()) {
      const hit = hits.get(candidate.id) ?? { candidate, scores: new Map<string, number>() };
      hit.scores.set(word, Number(score));
      hits.set(candidate.id, hit);
    }
    return [...hits.values()].map(({ candidate, scores }) => ({ ...candidate, scores }));
  }

  async skillHolders(skills: readonly WeightedSkill[], scope: SearchScope): Promise<SkillHolder[]> {
    if (skills.length === 0) return [];
    const [row] = await this.client.read(SKILL_HOLDERS, {
      ...scopeParams(scope),
      // Whole numbers only: Kuzu types a list of structs from its values, and 1 next to 0.5
      // would not be one type.
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
