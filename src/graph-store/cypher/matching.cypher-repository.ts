import {
  type ChallengeContext,
  type ExperienceFact,
  type KnowsPath,
  type LexiconSource,
  type MunicipalityContext,
  type PersonContext,
  type Requirement,
  type SimilarChallenge,
  type SimilarExperience,
  type SkillFrequency,
  type SkillHolder,
} from '../../matching/matching.records';
import { MatchingRepository } from '../../matching/matching.repository';
import { type CypherClient, type KeptUntilNextWrite } from './cypher-client';
import { type CypherDialect } from './cypher-dialect';
import { type CountRow } from './pages';
import { WITH_SKILLS_OF_ID } from './challenges.cypher-repository';
import { MatchingSnapshot } from './matching-snapshot';
import { listOf, presentOnly } from './rows';
import {
  cypher,
  cypherEachId,
  type EachIdStatement,
  type FieldsOf,
  type Statement,
} from './statement';

// Every list parameter is checked non-empty before a statement runs: Kuzu 0.11 binds an empty
// list as null, and `x IN null` is not false but null.

type Ids = { ids: readonly string[] };
/** No parameters besides the id of a per-id read. */
type OnlyTheId = Record<never, never>;
type PersonRow = Omit<PersonContext, 'challengeThemes'>;
type PathParams = { fromId: string; toIds: readonly string[] };

/** The statements whose text differs per store (see kuzu/matching.kuzu-queries.ts). */
export interface MatchingStoreQueries {
  /** Per skill, the ids of the newest `$perSkill` challenges requiring it (not `$excludeId`). */
  readonly challengesRequiring: Statement<
    Ids & { perSkill: number; excludeId: string | null },
    { skillId: string; challengeIds: string[] | null }
  >;
  /** Per skill, its `$perSkill` best holders: highest level first, then person id. */
  readonly skillHolders: Statement<
    Ids & { perSkill: number },
    { skillId: string; holders: { personId: string; level: number }[] | null }
  >;
  /** The existing skills among `$ids` with their number of holders. */
  readonly skillFrequencies: Statement<Ids, FieldsOf<SkillFrequency>>;
  /**
   * The people with the theme of every challenge they worked on: in one statement, or the themes
   * in a second statement run beside the first (Kuzu: a person's themes are rows of their own).
   */
  readonly people:
    | { readonly withThemes: EachIdStatement<OnlyTheId, PersonRow & { themes: string[] | null }> }
    | {
        readonly withoutThemes: EachIdStatement<OnlyTheId, PersonRow>;
        readonly themes: EachIdStatement<OnlyTheId, { personId: string; theme: string }>;
      };
  /**
   * The experiences whose lessons match any word of `$text` best (`$top` of them), or null where
   * the store cannot index a relationship's text (Kuzu 0.11 indexes node tables only): then the
   * snapshot answers from its own index (MatchingSnapshot).
   */
  readonly similarExperiences: Statement<
    { text: string; top: number },
    FieldsOf<SimilarExperience>
  > | null;
  /** Every shortest KNOWS path (undirected, 1 to 3 hops) from `$fromId` to each of `$toIds`. */
  readonly shortestKnowsPaths: Statement<PathParams, FieldsOf<KnowsPath>>;
}

const CHALLENGES = cypherEachId<
  Omit<ChallengeContext, 'requiredSkillIds'> & { skillIds: string[] | null }
>(
  'id',
  `
  MATCH (m:Municipality)-[:FACES]->(c:Challenge {id: $id})
  ${WITH_SKILLS_OF_ID}
  RETURN c.id AS id, c.title AS title, c.description AS description, c.theme AS theme,
         m.code AS municipalityCode, m.name AS municipalityName, skillIds`,
);

const EXPERIENCES_ON = cypherEachId<FieldsOf<ExperienceFact>>(
  'challengeId',
  `
  MATCH (p:Person)-[w:WORKED_ON]->(c:Challenge {id: $id})
  RETURN p.id AS personId, c.id AS challengeId, w.role AS role, w.outcome AS outcome,
         w.year AS year, w.lessonsLearned AS lessonsLearned`,
);

const SKILL_LABELS = cypher<{ id: string; name: string; aliases: string[] | null }>(`
  MATCH (s:Skill) RETURN s.id AS id, s.name AS name, s.aliases AS aliases`);

const CHALLENGE_TEXTS = cypher<{ title: string; description: string }>(`
  MATCH (c:Challenge) RETURN c.title AS title, c.description AS description`);

/** How long a store that cannot tell when it changed keeps the lexicon source. */
const LEXICON_SOURCE_TTL_MS = 60_000;

const PEOPLE_COUNT = cypher<CountRow>('MATCH (p:Person) RETURN count(p) AS total');

const SKILL_LEVELS = cypherEachId<FieldsOf<SkillHolder>, { skillIds: readonly string[] }>(
  'personId',
  `
  MATCH (p:Person {id: $id})-[h:HAS_SKILL]->(s:Skill)
  WHERE s.id IN $skillIds
  RETURN p.id AS personId, s.id AS skillId, h.level AS level
  ORDER BY skillId`,
);

type MunicipalityRow = Omit<MunicipalityContext, 'collaborations'> & {
  collaborations: { id: string | null; name: string | null }[] | null;
};

// A municipality without collaborations collects one map of nulls on Kuzu (presentOnly).
const MUNICIPALITY_COLUMNS = `
  OPTIONAL MATCH (m)-[:MEMBER_OF]->(k:Collaboration)
  WITH m, collect({id: k.id, name: k.name}) AS collaborations
  RETURN m.code AS code, m.name AS name, m.population AS population, collaborations`;

const MUNICIPALITIES = cypher<MunicipalityRow, { codes: readonly string[] }>(`
  UNWIND $codes AS code
  MATCH (m:Municipality {code: code})
  ${MUNICIPALITY_COLUMNS}`);

// All of them (342, reference data), for a store that keeps them until the next write.
const ALL_MUNICIPALITIES = cypher<MunicipalityRow>(`
  MATCH (m:Municipality)
  ${MUNICIPALITY_COLUMNS}`);

// The two MEMBER_OF of a pattern are different relationships, so m is never the first one.
const PARTNER_MUNICIPALITIES = cypher<{ code: string }, { code: string }>(`
  MATCH (:Municipality {code: $code})-[:MEMBER_OF]->(:Collaboration)<-[:MEMBER_OF]-(m:Municipality)
  RETURN DISTINCT m.code AS code`);

// Four different people (relationship uniqueness alone would allow a-x-y-a style repeats, and
// Kuzu's fixed-length patterns may repeat nodes).
const THREE_HOP_KNOWS_PATHS = cypher<FieldsOf<KnowsPath>, PathParams>(`
  MATCH (a:Person {id: $fromId})-[:KNOWS]-(x:Person)-[:KNOWS]-(y:Person)-[:KNOWS]-(b:Person)
  WHERE b.id IN $toIds AND b.id <> a.id AND y.id <> a.id AND x.id <> b.id AND x.id <> y.id
  RETURN b.id AS targetId, [a.id, x.id, y.id, b.id] AS personIds`);

/** The shared statements that need the store's full-text search. */
function statements(dialect: CypherDialect) {
  // Any word may match, ranked by BM25 with Dutch stemming. `$top` cuts inside the index search;
  // it asks for a few more than $limit so that the excluded challenge and ties at the edge do
  // not shorten the answer.
  const search = dialect.fullTextSearch({
    label: 'Challenge',
    query: '$text',
    match: 'any',
    node: 'c',
    top: '$top',
  });
  return {
    similarChallenges: cypher<
      FieldsOf<SimilarChallenge>,
      { text: string; top: number; limit: number; excludeId: string | null }
    >(`
      ${search}
      WHERE $excludeId IS NULL OR c.id <> $excludeId
      RETURN c.id AS challengeId, score
      ORDER BY score DESC, challengeId
      LIMIT $limit`),
  };
}

function toMunicipalityContext(row: MunicipalityRow): MunicipalityContext {
  return {
    code: row.code,
    name: row.name,
    population: row.population,
    collaborations: presentOnly(row.collaborations, 'id')
      .map(({ id, name }) => ({ id: id as string, name: name as string }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export class MatchingCypherRepository extends MatchingRepository {
  private readonly statements: ReturnType<typeof statements>;
  /** Every municipality, where the store lets reads be kept until its next write. */
  private readonly allMunicipalities: KeptUntilNextWrite<Map<string, MunicipalityContext>> | null;
  private readonly totalPeople: KeptUntilNextWrite<number> | null;
  /** What a recommendation reads by id, where the store lets reads be kept (see MatchingSnapshot). */
  private readonly snapshot: KeptUntilNextWrite<MatchingSnapshot> | null;
  private readonly keptLexicon: KeptUntilNextWrite<LexiconSource> | null;
  private timedLexicon: { readonly at: number; readonly source: Promise<LexiconSource> } | null =
    null;

  constructor(
    private readonly client: CypherClient,
    private readonly dialect: CypherDialect,
    private readonly queries: MatchingStoreQueries,
  ) {
    super();
    this.statements = statements(dialect);
    this.allMunicipalities = client.keepUntilNextWrite(async () => {
      const rows = await this.client.read(ALL_MUNICIPALITIES);
      return new Map(rows.map((row) => [row.code, toMunicipalityContext(row)]));
    });
    this.totalPeople = client.keepUntilNextWrite(() => this.countPeople());
    this.snapshot = client.keepUntilNextWrite(() => MatchingSnapshot.read(client));
    this.keptLexicon = client.keepUntilNextWrite(() => this.readLexiconSource());
  }

  lexiconSource(): Promise<LexiconSource> {
    if (this.keptLexicon) return this.keptLexicon.get();
    const now = Date.now();
    if (!this.timedLexicon || now - this.timedLexicon.at > LEXICON_SOURCE_TTL_MS) {
      const source = this.readLexiconSource();
      this.timedLexicon = { at: now, source };
      // A failed read is not kept: the next request tries again.
      source.catch(() => {
        if (this.timedLexicon?.source === source) this.timedLexicon = null;
      });
    }
    return this.timedLexicon.source;
  }

  private async readLexiconSource(): Promise<LexiconSource> {
    const [skills, challenges] = await Promise.all([
      this.client.read(SKILL_LABELS),
      this.client.read(CHALLENGE_TEXTS),
    ]);
    return {
      skills: skills.map(({ id, name, aliases }) => ({ id, name, aliases: listOf(aliases) })),
      texts: challenges.map(({ title, description }) => `${title} ${description}`),
    };
  }

  async challenges(ids: readonly string[]): Promise<ChallengeContext[]> {
    if (ids.length === 0) return [];
    const snapshot = await this.snapshot?.get();
    if (snapshot) return snapshot.challenges(ids);
    const rows = await this.client.readEach(CHALLENGES, ids);
    return rows.map(({ skillIds, ...challenge }) => ({
      ...challenge,
      theme: challenge.theme ?? null,
      requiredSkillIds: listOf(skillIds).sort(),
    }));
  }

  async similarChallenges(
    words: readonly string[],
    limit: number,
    excludeId: string | null,
  ): Promise<SimilarChallenge[]> {
    // fullTextQuery again: the port promises plain words, this keeps the index safe if one is not.
    const text = this.dialect.fullTextQuery(words.join(' '), 'any');
    if (text === null || limit < 1) return [];
    return this.client.read(this.statements.similarChallenges, {
      text,
      top: limit + 10,
      limit,
      excludeId,
    });
  }

  async challengesRequiring(
    skillIds: readonly string[],
    perSkill: number,
    excludeId: string | null,
  ): Promise<Requirement[]> {
    if (skillIds.length === 0 || perSkill < 1) return [];
    const snapshot = await this.snapshot?.get();
    if (snapshot) return snapshot.challengesRequiring(skillIds, perSkill, excludeId);
    const rows = await this.client.read(this.queries.challengesRequiring, {
      ids: [...skillIds],
      perSkill,
      excludeId,
    });
    return rows.flatMap(({ skillId, challengeIds }) =>
      listOf(challengeIds).map((challengeId) => ({ challengeId, skillId })),
    );
  }

  async experiencesOn(challengeIds: readonly string[]): Promise<ExperienceFact[]> {
    if (challengeIds.length === 0) return [];
    const snapshot = await this.snapshot?.get();
    if (snapshot) return snapshot.experiencesOn(challengeIds);
    const rows = await this.client.readEach(EXPERIENCES_ON, challengeIds);
    return rows.map((row) => ({
      ...row,
      year: row.year ?? null,
      lessonsLearned: row.lessonsLearned ?? null,
    }));
  }

  async similarExperiences(
    words: readonly string[],
    limit: number,
    excludeChallengeId: string | null,
  ): Promise<SimilarExperience[]> {
    if (limit < 1 || words.length === 0) return [];
    const snapshot = await this.snapshot?.get();
    if (snapshot) return snapshot.similarExperiences(words, limit, excludeChallengeId);
    const statement = this.queries.similarExperiences;
    const text = this.dialect.fullTextQuery(words.join(' '), 'any');
    if (statement === null || text === null) return [];
    // A few more than asked, so that leaving out the asked challenge does not shorten the answer.
    const rows = await this.client.read(statement, { text, top: limit + 10 });
    return rows
      .filter((row) => row.challengeId !== excludeChallengeId)
      .sort(
        (a, b) =>
          b.score - a.score ||
          a.personId.localeCompare(b.personId) ||
          a.challengeId.localeCompare(b.challengeId),
      )
      .slice(0, limit);
  }

  async skillHolders(skillIds: readonly string[], perSkill: number): Promise<SkillHolder[]> {
    if (skillIds.length === 0 || perSkill < 1) return [];
    const snapshot = await this.snapshot?.get();
    if (snapshot) return snapshot.skillHolders(skillIds, perSkill);
    const rows = await this.client.read(this.queries.skillHolders, {
      ids: [...skillIds],
      perSkill,
    });
    return rows.flatMap(({ skillId, holders }) =>
      listOf(holders).map(({ personId, level }) => ({ personId, skillId, level })),
    );
  }

  async skillFrequencies(skillIds: readonly string[]): Promise<SkillFrequency[]> {
    if (skillIds.length === 0) return [];
    const snapshot = await this.snapshot?.get();
    if (snapshot) return snapshot.skillFrequencies(skillIds);
    return this.client.read(this.queries.skillFrequencies, { ids: [...skillIds] });
  }

  peopleCount(): Promise<number> {
    return this.totalPeople ? this.totalPeople.get() : this.countPeople();
  }

  private async countPeople(): Promise<number> {
    const [row] = await this.client.read(PEOPLE_COUNT);
    return row.total;
  }

  async people(ids: readonly string[]): Promise<PersonContext[]> {
    if (ids.length === 0) return [];
    const snapshot = await this.snapshot?.get();
    if (snapshot) return snapshot.people(ids);
    const reads = this.queries.people;
    if ('withThemes' in reads) {
      const rows = await this.client.readEach(reads.withThemes, ids);
      return rows.map(({ themes, ...person }) => toPersonContext(person, listOf(themes)));
    }
    const [rows, themeRows] = await Promise.all([
      this.client.readEach(reads.withoutThemes, ids),
      this.client.readEach(reads.themes, ids),
    ]);
    const themes = new Map<string, string[]>();
    for (const { personId, theme } of themeRows) {
      themes.set(personId, [...(themes.get(personId) ?? []), theme]);
    }
    return rows.map((person) => toPersonContext(person, themes.get(person.id) ?? []));
  }

  async skillLevels(
    personIds: readonly string[],
    skillIds: readonly string[],
  ): Promise<SkillHolder[]> {
    if (personIds.length === 0 || skillIds.length === 0) return [];
    const snapshot = await this.snapshot?.get();
    if (snapshot) return snapshot.skillLevels(personIds, skillIds);
    return this.client.readEach(SKILL_LEVELS, personIds, { skillIds: [...skillIds] });
  }

  async municipalities(codes: readonly string[]): Promise<MunicipalityContext[]> {
    if (codes.length === 0) return [];
    if (this.allMunicipalities) {
      const all = await this.allMunicipalities.get();
      return [...new Set(codes)].flatMap((code) => all.get(code) ?? []);
    }
    const rows = await this.client.read(MUNICIPALITIES, { codes: [...new Set(codes)] });
    return rows.map(toMunicipalityContext);
  }

  /** From the municipalities kept in memory where the store allows, else one statement. */
  async partnerMunicipalities(code: string): Promise<string[]> {
    if (!this.allMunicipalities) {
      return (await this.client.read(PARTNER_MUNICIPALITIES, { code })).map((row) => row.code);
    }
    const all = await this.allMunicipalities.get();
    const collaborations = new Set(all.get(code)?.collaborations.map(({ id }) => id) ?? []);
    return [...all.values()]
      .filter((each) => each.code !== code)
      .filter((each) => each.collaborations.some(({ id }) => collaborations.has(id)))
      .map((each) => each.code);
  }

  async shortestKnowsPaths(fromId: string, toIds: readonly string[]): Promise<KnowsPath[]> {
    // A path from a person to themself is no introduction (and Neo4j's shortestPath refuses it).
    const targets = toIds.filter((id) => id !== fromId);
    if (targets.length === 0) return [];
    return this.client.read(this.queries.shortestKnowsPaths, { fromId, toIds: targets });
  }

  async threeHopKnowsPaths(fromId: string, toIds: readonly string[]): Promise<KnowsPath[]> {
    if (toIds.length === 0) return [];
    return this.client.read(THREE_HOP_KNOWS_PATHS, { fromId, toIds: [...toIds] });
  }
}

function toPersonContext(person: PersonRow, themes: string[]): PersonContext {
  return {
    id: person.id,
    name: person.name,
    availability: person.availability,
    visibility: person.visibility,
    municipalityCode: person.municipalityCode,
    challengeThemes: themes.sort(),
  };
}
