import {
  type ChallengeContext,
  type ExperienceFact,
  type KnowsPath,
  type LexiconSource,
  type MunicipalityContext,
  type PeopleInContext,
  type PersonContext,
  type Requirement,
  type SimilarChallenge,
  type SimilarExperience,
  type SkillFrequency,
  type SkillHolder,
} from './matching.records';

/**
 * Port: the graph reads behind recommendColleagues. Each is one store query shaped for the
 * ranking (index lookups, full-text search, shortest paths), so the service never walks the
 * graph itself. Unknown ids are left out of every answer; lists in, rows out, in no particular
 * order unless a method says so. Both adapters answer identically except for `score` in
 * similarChallenges (BM25 differs between Kuzu and Lucene; the service scales it per query).
 */
export abstract class MatchingRepository {
  /** The challenges with these ids. */
  abstract challenges(ids: readonly string[]): Promise<ChallengeContext[]>;

  /**
   * The `limit` challenges most relevant (BM25 over title and description, Dutch stemming) to
   * any of `words`, most relevant first (ties by id), leaving out `excludeId`. `words` are plain
   * lowercase words (see similarChallengeWords): data, never query syntax.
   */
  abstract similarChallenges(
    words: readonly string[],
    limit: number,
    excludeId: string | null,
  ): Promise<SimilarChallenge[]>;

  /**
   * Per skill, at most `perSkill` of the challenges that require it (newest first, then by
   * id, so the cut is the same on every store), leaving out `excludeId`.
   */
  abstract challengesRequiring(
    skillIds: readonly string[],
    perSkill: number,
    excludeId: string | null,
  ): Promise<Requirement[]>;

  /**
   * The `limit` experiences whose lessons (what the person wrote about the work) are most
   * relevant to any of `words` (BM25, Dutch stemming), most relevant first (ties by person id,
   * then challenge id), leaving out experiences on `excludeChallengeId`. `words` as for
   * similarChallenges.
   */
  abstract similarExperiences(
    words: readonly string[],
    limit: number,
    excludeChallengeId: string | null,
  ): Promise<SimilarExperience[]>;

  /**
   * The skill catalogue and the challenge texts, for query expansion. May be up to a minute old
   * where the store cannot tell when it changed (a new alias then counts a minute later).
   */
  abstract lexiconSource(): Promise<LexiconSource>;

  /** Every experience (WORKED_ON) on these challenges. */
  abstract experiencesOn(challengeIds: readonly string[]): Promise<ExperienceFact[]>;

  /**
   * Per skill, at most `perSkill` of its holders: highest level first, then by person id, so
   * the cut is the same on every store.
   */
  abstract skillHolders(skillIds: readonly string[], perSkill: number): Promise<SkillHolder[]>;

  /** The levels these people have in these skills (only the pairs that exist). */
  abstract skillLevels(
    personIds: readonly string[],
    skillIds: readonly string[],
  ): Promise<SkillHolder[]>;

  /** The existing skills among these ids with their number of holders. */
  abstract skillFrequencies(skillIds: readonly string[]): Promise<SkillFrequency[]>;

  /** How many people the directory holds (the N of the rarity). */
  abstract peopleCount(): Promise<number>;

  abstract people(ids: readonly string[]): Promise<PersonContext[]>;

  abstract municipalities(codes: readonly string[]): Promise<MunicipalityContext[]>;

  /**
   * The other municipalities sharing at least one collaboration with municipality `code`: whose
   * COLLABORATIONS people someone there may see.
   */
  abstract partnerMunicipalities(code: string): Promise<string[]>;

  /**
   * These people with the municipalities they work in. By default people, then their
   * municipalities; an adapter that can read both at once (one round trip) does so.
   */
  async peopleInContext(ids: readonly string[]): Promise<PeopleInContext> {
    const people = await this.people(ids);
    const codes = [...new Set(people.map((person) => person.municipalityCode))];
    return { people, municipalities: await this.municipalities(codes) };
  }

  /**
   * Every shortest KNOWS path (undirected, 1 to 3 hops) from `fromId` to each of `toIds` that has
   * one; a target with several shortest paths gets a row per path.
   */
  abstract shortestKnowsPaths(fromId: string, toIds: readonly string[]): Promise<KnowsPath[]>;

  /**
   * Every KNOWS path of exactly 3 hops through 4 different people from `fromId` to each of
   * `toIds`: the detours when each shortest (2-hop) path runs through someone the asker may not
   * see.
   */
  abstract threeHopKnowsPaths(fromId: string, toIds: readonly string[]): Promise<KnowsPath[]>;
}
