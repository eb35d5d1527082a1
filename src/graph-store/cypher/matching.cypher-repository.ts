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
import { type CypherClient, type KeptUntilNextWrite } from './cypher-client';
import { type CypherDialect } from './cypher-dialect';
import { type CountRow } from './pages';
import { groupedBy, ReadsById } from './reads-by-id';
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
  /** Every shortest KNOWS path (undirected, 1 to 3 hops) from `$fromId` to each of `$toIds`. */
  readonly shortestKnowsPaths: Statement<PathParams, FieldsOf<KnowsPath>>;
}

const CHALLENGES = cypherEachId<
  Omit<ChallengeContext, 'requiredSkillIds'> & { skillIds: string[] | null }
>(
  'id',
  `
  MATCH (m:Municipality)-[:FACES]->(c:Challenge {id: $id})
  OPTIONAL MATCH (c)-[:REQUIRES]->(s:Skill)
  WITH m, c, collect(s.id) AS skillIds
  RETURN c.id AS id, c.title AS title, c.description AS description, c.theme AS theme,
         m.code AS municipalityCode, m.name AS municipalityName, skillIds`,
);

const EXPERIENCES_ON = cypherEachId<FieldsOf<ExperienceFact>>(
  'challengeId',
  `
  MATCH (p:Person)-[w:WORKED_ON]->(c:Challenge {id: $id})
  RETURN p.id AS personId, c.id AS challengeId, w.role AS role, w.outcome AS outcome,
         w.year AS year`,
);

const PEOPLE_COUNT = cypher<CountRow>('MATCH (p:Person) RETURN count(p) AS total');

const SKILL_LEVELS = cypherEachId<FieldsOf<SkillHolder>>(
  'personId',
  `
  MATCH (p:Person {id: $id})-[h:HAS_SKILL]->(s:Skill)
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
  // The reads by id a recommendation makes for hundreds of ids, kept where the store allows.
  private readonly challengesById: ReadsById<ChallengeContext>;
  /** Per challenge, every experience on it. */
  private readonly experiencesByChallenge: ReadsById<ExperienceFact[]>;
  /** Per person, their level in every skill they have. */
  private readonly levelsByPerson: ReadsById<SkillHolder[]>;
  private readonly peopleById: ReadsById<PersonContext>;
  private readonly skillFrequenciesById: ReadsById<SkillFrequency>;
  /** Per number asked for (one in practice), the holders of each skill. */
  private readonly holdersBySkill = new Map<number, ReadsById<SkillHolder[]>>();
  /** Per number asked for, the newest challenges requiring each skill, one more than asked. */
  private readonly requiringBySkill = new Map<number, ReadsById<string[]>>();

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
    this.challengesById = new ReadsById(client, async (ids) => {
      const rows = await client.readEach(CHALLENGES, ids);
      return new Map(
        rows.map(({ skillIds, ...challenge }) => [
          challenge.id,
          {
            ...challenge,
            theme: challenge.theme ?? null,
            requiredSkillIds: listOf(skillIds).sort(),
          },
        ]),
      );
    });
    this.experiencesByChallenge = new ReadsById(client, async (ids) => {
      const rows = await client.readEach(EXPERIENCES_ON, ids);
      const facts = rows.map((row) => ({ ...row, year: row.year ?? null }));
      return groupedBy(ids, facts, (fact) => fact.challengeId);
    });
    this.levelsByPerson = new ReadsById(client, async (ids) =>
      groupedBy(ids, await client.readEach(SKILL_LEVELS, ids), (row) => row.personId),
    );
    this.peopleById = new ReadsById(client, async (ids) => {
      const people = await this.readPeople(ids);
      return new Map(people.map((person) => [person.id, person]));
    });
    this.skillFrequenciesById = new ReadsById(client, async (ids) => {
      const rows = await client.read(queries.skillFrequencies, { ids: [...ids] });
      return new Map(rows.map((row) => [row.skillId, row]));
    });
  }

  async challenges(ids: readonly string[]): Promise<ChallengeContext[]> {
    return this.challengesById.list(ids);
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

  /**
   * Read (and kept) per skill without an exclusion, one more than asked, so that leaving out the
   * excluded challenge here gives what the store would have answered with it.
   */
  async challengesRequiring(
    skillIds: readonly string[],
    perSkill: number,
    excludeId: string | null,
  ): Promise<Requirement[]> {
    if (skillIds.length === 0 || perSkill < 1) return [];
    let reads = this.requiringBySkill.get(perSkill);
    if (!reads) {
      reads = new ReadsById(this.client, async (ids) => {
        const rows = await this.client.read(this.queries.challengesRequiring, {
          ids: [...ids],
          perSkill: perSkill + 1,
          excludeId: null,
        });
        return new Map(rows.map((row) => [row.skillId, listOf(row.challengeIds)]));
      });
      this.requiringBySkill.set(perSkill, reads);
    }
    const unique = [...new Set(skillIds)];
    const lists = await reads.list(unique);
    return lists.flatMap((challengeIds, index) =>
      challengeIds
        .filter((challengeId) => challengeId !== excludeId)
        .slice(0, perSkill)
        .map((challengeId) => ({ challengeId, skillId: unique[index] })),
    );
  }

  async experiencesOn(challengeIds: readonly string[]): Promise<ExperienceFact[]> {
    return (await this.experiencesByChallenge.list(challengeIds)).flat();
  }

  async skillHolders(skillIds: readonly string[], perSkill: number): Promise<SkillHolder[]> {
    if (skillIds.length === 0 || perSkill < 1) return [];
    let reads = this.holdersBySkill.get(perSkill);
    if (!reads) {
      reads = new ReadsById(this.client, async (ids) => {
        const rows = await this.client.read(this.queries.skillHolders, { ids: [...ids], perSkill });
        return new Map(
          rows.map(({ skillId, holders }) => [
            skillId,
            listOf(holders).map(({ personId, level }) => ({ personId, skillId, level })),
          ]),
        );
      });
      this.holdersBySkill.set(perSkill, reads);
    }
    return (await reads.list(skillIds)).flat();
  }

  async skillFrequencies(skillIds: readonly string[]): Promise<SkillFrequency[]> {
    return this.skillFrequenciesById.list(skillIds);
  }

  peopleCount(): Promise<number> {
    return this.totalPeople ? this.totalPeople.get() : this.countPeople();
  }

  private async countPeople(): Promise<number> {
    const [row] = await this.client.read(PEOPLE_COUNT);
    return row.total;
  }

  async people(ids: readonly string[]): Promise<PersonContext[]> {
    return this.peopleById.list(ids);
  }

  private async readPeople(ids: readonly string[]): Promise<PersonContext[]> {
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

  /** From every level of each person, kept where the store allows. */
  async skillLevels(
    personIds: readonly string[],
    skillIds: readonly string[],
  ): Promise<SkillHolder[]> {
    if (personIds.length === 0 || skillIds.length === 0) return [];
    const wanted = new Set(skillIds);
    const levels = await this.levelsByPerson.list(personIds);
    return levels.flat().filter((level) => wanted.has(level.skillId));
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
