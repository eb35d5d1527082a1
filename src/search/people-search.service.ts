import { Injectable } from '@nestjs/common';
import { PeopleException } from '../people/people.exception';
import { type PersonFilter, type SkillLevel } from '../people/person.record';
import { type Viewpoint } from '../people/visibility';
import { PeopleSearchException } from './people-search.exception';
import {
  PeopleSearchRepository,
  type SearchCandidate,
  type SearchScope,
  type SkillHolder,
  type TextHit,
} from './people-search.repository';
import { searchScore, skillSignal, textSignal, wordScore, wordWeights } from './search-score';
import { matchSkills, type SkillMatch } from './skill-matcher';
import { searchWords } from '../text/query-words';

export interface SearchRequest {
  readonly query: string;
  /** 1..50 */
  readonly first: number;
  readonly filter: PersonFilter;
}

/** One hit, by id: the caller reads the records it shows (GraphQL: through the request's loaders). */
export interface PersonHitResult {
  readonly personId: string;
  readonly score: number;
  /** The person's skills that the query matched, strongest first. */
  readonly matchedSkillIds: readonly string[];
}

/**
 * How many people each store query (text, skills) may return before ranking. The answer has at
 * most 50; the pools leave room for people who rank high on the other signal.
 */
export const CANDIDATE_POOL = 100;

/** One person on the way to a hit: what the text and the skills said about them. */
interface Candidate {
  readonly person: SearchCandidate;
  /** BM25 per query word the text matched. */
  bm25: ReadonlyMap<string, number>;
  skills: SkillLevel[];
}

interface SkillSide {
  readonly matches: readonly SkillMatch[];
  readonly holders: readonly SkillHolder[];
}

/**
 * searchPeople: free text over people (name, title, bio) and their skills (names and aliases),
 * ranked by search-score.ts, limited to the people the viewer may see.
 */
@Injectable()
export class PeopleSearchService {
  constructor(private readonly repository: PeopleSearchRepository) {}

  /** A query without a word (only punctuation, or only Dutch stop words) finds nobody: []. */
  async search(request: SearchRequest, viewpoint: Viewpoint): Promise<PersonHitResult[]> {
    assertSearchable(request.filter);
    const words = searchWords(request.query);
    if (words.length === 0) return [];
    const scope: SearchScope = {
      filter: request.filter,
      visibility: viewpoint.scope,
      limit: CANDIDATE_POOL,
    };
    const [textHits, skillSide] = await Promise.all([
      this.repository.textMatches(words, scope),
      this.skillSide(words, scope),
    ]);
    const candidates = await this.candidates(textHits, skillSide);
    // The store applied the same rule already: a store query that let an invisible person
    // through would still not show them.
    const visible = candidates.filter(({ person }) => viewpoint.canSee(person));
    return rank(words, visible, skillSide.matches).slice(0, request.first);
  }

  private async skillSide(words: readonly string[], scope: SearchScope): Promise<SkillSide> {
    const matches = matchSkills(await this.repository.skillCatalogue(), words);
    if (matches.length === 0) return { matches, holders: [] };
    const weighted = matches.map(({ skill, relevance }) => ({
      skillId: skill.id,
      weight: Math.max(1, Math.round(relevance * 1000)),
    }));
    return { matches, holders: await this.repository.skillHolders(weighted, scope) };
  }

  /** Text hits and skill holders as one list, each person once with all that is known of them. */
  private async candidates(
    textHits: readonly TextHit[],
    { matches, holders }: SkillSide,
  ): Promise<Candidate[]> {
    const byId = new Map<string, Candidate>();
    for (const { scores, ...person } of textHits) {
      byId.set(person.id, { person, bm25: scores, skills: [] });
    }
    for (const { skills, ...person } of holders) {
      const known = byId.get(person.id);
      if (known) known.skills = [...skills];
      else byId.set(person.id, { person, bm25: new Map(), skills: [...skills] });
    }
    // When the holders filled the pool, text hits beyond it may hold a matched skill too.
    if (holders.length >= CANDIDATE_POOL) {
      const holderIds = new Set(holders.map(({ id }) => id));
      const textOnly = textHits.map(({ id }) => id).filter((id) => !holderIds.has(id));
      if (textOnly.length > 0) {
        const skillIds = matches.map(({ skill }) => skill.id);
        for (const row of await this.repository.skillLevels(textOnly, skillIds)) {
          byId.get(row.personId)?.skills.push({ skillId: row.skillId, level: row.level });
        }
      }
    }
    return [...byId.values()];
  }
}

function assertSearchable(filter: PersonFilter): void {
  if (filter.text !== undefined) throw PeopleSearchException.textFilter();
  if (filter.minLevel !== undefined && filter.skillId === undefined) {
    throw PeopleException.minLevelWithoutSkill();
  }
}

/**
 * Scores every candidate (search-score.ts) and orders them: score, then name, then id. The best
 * BM25 of each word is taken among the visible candidates, so whom a viewer cannot see does not
 * shift the scores of whom they can.
 */
function rank(
  words: readonly string[],
  candidates: readonly Candidate[],
  matches: readonly SkillMatch[],
): PersonHitResult[] {
  const bestBm25 = words.map((word) =>
    Math.max(0, ...candidates.map(({ bm25 }) => bm25.get(word) ?? 0)),
  );
  const weights = wordWeights(bestBm25);
  const matchOf = new Map(matches.map((match) => [match.skill.id, match]));
  const scored = candidates.map(({ person, bm25, skills }) => {
    const matched = skills.flatMap(({ skillId, level }) => {
      const match = matchOf.get(skillId);
      return match ? [{ ...match, level }] : [];
    });
    const evidence = words.map((word, i) =>
      wordScore(
        textSignal(bm25.get(word), bestBm25[i]),
        skillSignal(matched.filter((match) => match.words.includes(word))),
      ),
    );
    const strongestFirst = [...matched].sort(
      (a, b) =>
        b.relevance * b.level - a.relevance * a.level || compare(a.skill.name, b.skill.name),
    );
    return {
      person,
      score: searchScore(evidence, weights),
      matchedSkillIds: strongestFirst.map(({ skill }) => skill.id),
    };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      compare(a.person.name, b.person.name) ||
      compare(a.person.id, b.person.id),
  );
  return scored.map(({ person, score, matchedSkillIds }) => ({
    personId: person.id,
    score,
    matchedSkillIds,
  }));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
