import { type Visibility } from '../../people/models/visibility.enum';
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
import { type CypherClient } from './cypher-client';
import { listOf } from './rows';
import { cypher, type Statement } from './statement';
import { VISIBLE_PERSON, visibilityParams, type VisibilityParams } from './visibility-condition';

// The candidate statements answer ONE row of parallel lists (collect), not a row per person:
// Kuzu's Node.js binding converts each result row slowly (about 12 µs; 5,000 skill rows took
// 65 ms, the same values as lists 2 ms). collect() skips nulls, so only never-null values are
// collected; over no rows Kuzu answers null lists.

/** Parallel lists of candidates: the i-th of each list is the i-th person. */
export type CandidateLists = {
  ids: string[] | null;
  names: string[] | null;
  visibilities: Visibility[] | null;
  municipalityCodes: string[] | null;
};

/** The candidates matching one word, with their BM25 score for it. */
export type WordHits = CandidateLists & { scores: number[] | null };

/** The PersonFilter fields search honours and the visibility scope; null parameters mean "any". */
export type SearchScopeParams = VisibilityParams & {
  municipalityCode: string | null;
  availability: string | null;
  skillId: string | null;
  minLevel: number;
  limit: number;
};

/** The statements whose text differs per store (see kuzu/people-search.kuzu-queries.ts). */
export interface PeopleSearchStoreQueries {
  /**
   * The hits of each query word: one statement per word where the full-text index takes no
   * variable (Kuzu's table function), or one statement for all words (Neo4j).
   */
  readonly textMatches:
    | { readonly perWord: Statement<SearchScopeParams & { word: string }, WordHits> }
    | {
        readonly allWords: Statement<
          SearchScopeParams & { words: readonly string[] },
          WordHits & { word: string }
        >;
      };
  /**
   * The holders of the wanted skills, best by the sum of weight × level: the match of the skills
   * that binds s, h, p, m and `weight`, followed by HOLDERS_RANKED.
   */
  readonly skillHolders: Statement<SkillHoldersParams, SkillHolderLists>;
}

/** The wanted skills as parallel lists: the i-th weight belongs to the i-th skill id. */
export type SkillHoldersParams = SearchScopeParams & {
  skillIds: readonly string[];
  weights: readonly number[];
};

export type SkillHolderLists = CandidateLists & {
  skillIds: string[][] | null;
  levels: number[][] | null;
};

// The filter on p (Person) at m (Municipality). Kuzu 0.11 cannot see a parameter in an EXISTS
// subquery's WHERE, so $minLevel arrives as minLevel via WITH.
const SEARCH_FILTER = `
  ($municipalityCode IS NULL OR m.code = $municipalityCode)
  AND ($availability IS NULL OR p.availability = $availability)
  AND ($skillId IS NULL OR EXISTS {
    MATCH (p)-[held:HAS_SKILL]->(:Skill {id: $skillId}) WHERE held.level >= minLevel })`;

const CANDIDATE_LISTS = `
  collect(p.id) AS ids, collect(p.name) AS names, collect(p.visibility) AS visibilities,
  collect(m.code) AS municipalityCodes`;

/**
 * What follows the full-text search of one word (which binds p and score): the person's
 * workplace, the filter and visibility, the best $limit by score, as WordHits.
 */
export const WORD_HITS = `
  MATCH (p)-[:WORKS_AT]->(m:Municipality)
  WITH p, m, score, $minLevel AS minLevel
  WHERE ${SEARCH_FILTER} AND ${VISIBLE_PERSON}
  WITH p, m, score
  ORDER BY score DESC, p.name, p.id
  LIMIT $limit
  RETURN ${CANDIDATE_LISTS}, collect(score) AS scores`;

const NO_HITS: WordHits = {
  ids: null,
  names: null,
  visibilities: null,
  municipalityCodes: null,
  scores: null,
};

/**
 * What follows the match of the wanted skills' holders (binding s, h, p, m and weight): the
 * filter and visibility, the best $limit by the sum of weight × level, as SkillHolderLists.
 */
export const HOLDERS_RANKED = `
  WITH p, m, s, h, weight, $minLevel AS minLevel
  WHERE ${SEARCH_FILTER} AND ${VISIBLE_PERSON}
  WITH p, m,
       collect(s.id) AS skillIds, collect(h.level) AS levels,
       sum(weight * h.level) AS strength
  ORDER BY strength DESC, p.name, p.id
  LIMIT $limit
  RETURN ${CANDIDATE_LISTS}, collect(skillIds) AS skillIds, collect(levels) AS levels`;

// Kuzu stores an empty alias list as null.
const SKILL_CATALOGUE = cypher<{
  ids: string[] | null;
  names: string[] | null;
  aliases: string[][] | null;
}>(`
  MATCH (s:Skill)
  RETURN collect(s.id) AS ids, collect(s.name) AS names,
         collect(coalesce(s.aliases, [])) AS aliases`);

const SKILL_LEVELS = cypher<
  PersonSkillRecord,
  { personIds: readonly string[]; skillIds: readonly string[] }
>(`
  UNWIND $personIds AS personId
  MATCH (:Person {id: personId})-[h:HAS_SKILL]->(s:Skill)
  WHERE s.id IN $skillIds
  RETURN personId, s.id AS skillId, h.level AS level`);

function scopeParams({ filter, visibility, limit }: SearchScope): SearchScopeParams {
  return {
    municipalityCode: filter.municipalityCode ?? null,
    availability: filter.availability ?? null,
    skillId: filter.skillId ?? null,
    minLevel: filter.minLevel ?? 1,
    ...visibilityParams(visibility),
    limit,
  };
}

function candidates(lists: CandidateLists | undefined): SearchCandidate[] {
  const names = listOf(lists?.names);
  const visibilities = listOf(lists?.visibilities);
  const codes = listOf(lists?.municipalityCodes);
  return listOf(lists?.ids).map((id, i) => ({
    id,
    name: names[i],
    visibility: visibilities[i],
    municipalityCode: codes[i],
  }));
}

export class PeopleSearchCypherRepository extends PeopleSearchRepository {
  constructor(
    private readonly client: CypherClient,
    private readonly queries: PeopleSearchStoreQueries,
  ) {
    super();
  }

  async skillCatalogue(): Promise<SkillLabels[]> {
    const [row] = await this.client.read(SKILL_CATALOGUE);
    const names = listOf(row?.names);
    const aliases = listOf(row?.aliases);
    return listOf(row?.ids).map((id, i) => ({ id, name: names[i], aliases: aliases[i] }));
  }

  async textMatches(words: readonly string[], scope: SearchScope): Promise<TextHit[]> {
    if (words.length === 0) return [];
    const hits = new Map<string, { candidate: SearchCandidate; scores: Map<string, number> }>();
    for (const row of await this.wordHits(words, scope)) {
      const scores = listOf(row.scores);
      candidates(row).forEach((candidate, i) => {
        const hit = hits.get(candidate.id) ?? { candidate, scores: new Map<string, number>() };
        hit.scores.set(row.word, scores[i]);
        hits.set(candidate.id, hit);
      });
    }
    return [...hits.values()].map(({ candidate, scores }) => ({ ...candidate, scores }));
  }

  /** The hits of every word, each with the word it matched. */
  private async wordHits(
    words: readonly string[],
    scope: SearchScope,
  ): Promise<Array<WordHits & { word: string }>> {
    const params = scopeParams(scope);
    const lowerCase = words.map((word) => word.toLowerCase());
    const search = this.queries.textMatches;
    if ('allWords' in search) {
      return this.client.read(search.allWords, { ...params, words: lowerCase });
    }
    // One statement per word, side by side.
    return Promise.all(
      lowerCase.map(async (word) => {
        const [row] = await this.client.read(search.perWord, { ...params, word });
        return { ...(row ?? NO_HITS), word };
      }),
    );
  }

  async skillHolders(skills: readonly WeightedSkill[], scope: SearchScope): Promise<SkillHolder[]> {
    if (skills.length === 0) return [];
    const [row] = await this.client.read(this.queries.skillHolders, {
      ...scopeParams(scope),
      skillIds: skills.map(({ skillId }) => skillId),
      // Whole numbers only: Kuzu types a list from its values, and 1 next to 0.5 would not be
      // one type.
      weights: skills.map(({ weight }) => Math.round(weight)),
    });
    const skillIds = listOf(row?.skillIds);
    const levels = listOf(row?.levels);
    return candidates(row).map((candidate, i) => ({
      ...candidate,
      skills: skillIds[i].map((skillId, j) => ({ skillId, level: levels[i][j] })),
    }));
  }

  async skillLevels(
    personIds: readonly string[],
    skillIds: readonly string[],
  ): Promise<PersonSkillRecord[]> {
    if (personIds.length === 0 || skillIds.length === 0) return [];
    return this.client.read(SKILL_LEVELS, {
      personIds: [...personIds],
      skillIds: [...skillIds],
    });
  }
}
