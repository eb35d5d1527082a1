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
  type NewRowKind,
  type NewRows,
} from '../../seed/graph-import.repository';
import { type CypherClient } from './cypher-client';
import { type CypherDialect, type FullTextLabel } from './cypher-dialect';
import { acquaintancePair } from './people.cypher-repository';
import { cypher, type CypherParams, type FieldsOf, type Statement } from './statement';

/** Rows per transaction: large enough to be quick, small enough to keep memory flat. */
export const IMPORT_BATCH_SIZE = 2_000;

/** A statement applied to a batch of rows (`$rows`). */
export type BatchStatement<T> = Statement<{ rows: readonly FieldsOf<T>[] }, object>;

/**
 * Nodes with full-text-indexed properties, upserted by id, with the statements each store's way
 * of doing that needs.
 */
export interface IndexedNodes<T extends { id: string }> {
  readonly label: FullTextLabel;
  /** MERGE and SET every row. */
  readonly upsert: BatchStatement<T>;
  /** CREATE the rows whose id is not stored yet. */
  readonly createMissing: BatchStatement<T>;
  /** SET the properties of one stored node, from the row's fields of the same names. */
  readonly updateOne: Statement<CypherParams, object>;
  /** The ids of `$ids` that are stored. */
  readonly existing: Statement<{ ids: readonly string[] }, { id: string }>;
}

/** What differs per store (see kuzu/graph-import.kuzu-queries.ts). */
export interface GraphImportStoreQueries {
  readonly counts: Statement<Record<never, never>, FieldsOf<GraphCounts>>;
  /** MERGE each KNOWS pair (rows: the smaller id first), never adding a second to a pair. */
  readonly acquaintances: BatchStatement<ImportAcquaintance>;
  /**
   * Upserts indexed nodes in batches, running `followUps` (e.g. their relationships) after them,
   * and leaves the full-text index matching what is stored.
   */
  /**
   * Creates rows known not to be stored the store's fastest way; null where the upserts are
   * that already (Neo4j: batched UNWIND MERGE).
   */
  readonly createNew: CreateNew | null;
  upsertIndexed<T extends { id: string }>(
    client: CypherClient,
    nodes: IndexedNodes<T>,
    rows: readonly T[],
    followUps: readonly BatchStatement<T>[],
  ): Promise<void>;
}

// Every statement MERGEs on a business key, so a batch a store runs again after a transient
// error, or an import run twice, changes nothing the second time.
const MUNICIPALITIES = cypher<object, { rows: readonly FieldsOf<ImportMunicipality>[] }>(`
  UNWIND $rows AS r
  MERGE (m:Municipality {code: r.code})
  SET m.name = r.name, m.province = r.province, m.population = r.population`);

const COLLABORATIONS = cypher<object, { rows: readonly FieldsOf<ImportCollaboration>[] }>(`
  UNWIND $rows AS r
  MERGE (c:Collaboration {id: r.id})
  SET c.name = r.name, c.kind = r.kind`);

const MEMBERSHIPS = cypher<object, { rows: readonly FieldsOf<ImportMembership>[] }>(`
  UNWIND $rows AS r
  MATCH (m:Municipality {code: r.municipalityCode}), (c:Collaboration {id: r.collaborationId})
  MERGE (m)-[:MEMBER_OF]->(c)`);

// Kuzu infers a list-of-maps parameter's field types from its values: a batch whose aliases are
// all empty would type them as STRING, so skills without aliases take their own statement.
const SKILLS_WITH_ALIASES = cypher<object, { rows: readonly FieldsOf<ImportSkill>[] }>(`
  UNWIND $rows AS r
  MERGE (s:Skill {id: r.id})
  SET s.name = r.name, s.nameKey = toLower(r.name), s.aliases = r.aliases,
      s.category = r.category, s.escoUri = r.escoUri`);

const SKILLS_WITHOUT_ALIASES = cypher<
  object,
  { rows: readonly FieldsOf<Omit<ImportSkill, 'aliases'>>[] }
>(`
  UNWIND $rows AS r
  MERGE (s:Skill {id: r.id})
  SET s.name = r.name, s.nameKey = toLower(r.name), s.aliases = NULL,
      s.category = r.category, s.escoUri = r.escoUri`);

// Exactly one current workplace: a re-import that moves a person drops the old WORKS_AT.
const LEAVE_OTHER_WORKPLACES: BatchStatement<ImportPerson> = cypher(`
  UNWIND $rows AS r
  MATCH (p:Person {id: r.id})-[old:WORKS_AT]->(m:Municipality)
  WHERE m.code <> r.municipalityCode
  DELETE old`);

const WORKS_AT: BatchStatement<ImportPerson> = cypher(`
  UNWIND $rows AS r
  MATCH (p:Person {id: r.id}), (m:Municipality {code: r.municipalityCode})
  MERGE (p)-[w:WORKS_AT]->(m)
  SET w.department = r.department,
      w.since = CASE WHEN r.since IS NULL THEN NULL ELSE date(r.since) END`);

const PERSON_SKILLS = cypher<object, { rows: readonly FieldsOf<ImportPersonSkill>[] }>(`
  UNWIND $rows AS r
  MATCH (p:Person {id: r.personId}), (s:Skill {id: r.skillId})
  MERGE (p)-[h:HAS_SKILL]->(s)
  SET h.level = r.level`);

const FACES: BatchStatement<ImportChallenge> = cypher(`
  UNWIND $rows AS r
  MATCH (m:Municipality {code: r.municipalityCode}), (c:Challenge {id: r.id})
  MERGE (m)-[:FACES]->(c)`);

const EXPERIENCES = cypher<object, { rows: readonly FieldsOf<ImportExperience>[] }>(`
  UNWIND $rows AS r
  MATCH (p:Person {id: r.personId}), (c:Challenge {id: r.challengeId})
  MERGE (p)-[w:WORKED_ON]->(c)
  SET w.role = r.role, w.outcome = r.outcome, w.year = r.year, w.lessonsLearned = r.lessonsLearned`);

const EXPERIENCES_WITHOUT_YEAR = cypher<
  object,
  { rows: readonly FieldsOf<Omit<ImportExperience, 'year'>>[] }
>(`
  UNWIND $rows AS r
  MATCH (p:Person {id: r.personId}), (c:Challenge {id: r.challengeId})
  MERGE (p)-[w:WORKED_ON]->(c)
  SET w.role = r.role, w.outcome = r.outcome, w.year = NULL, w.lessonsLearned = r.lessonsLearned`);

const CHALLENGE_SKILLS_WITHOUT_WEIGHT = cypher<
  object,
  { rows: readonly FieldsOf<Omit<ImportChallengeSkill, 'weight'>>[] }
>(`
  UNWIND $rows AS r
  MATCH (c:Challenge {id: r.challengeId}), (s:Skill {id: r.skillId})
  MERGE (c)-[q:REQUIRES]->(s)
  SET q.weight = NULL`);

/**
 * Kuzu 0.11 types a number field of a list-of-maps parameter by its first row: whole numbers
 * after a fraction (or the reverse) are read as the other type's bits, and a null first fails
 * the statement. So rows go in groups: null, whole and fractional values apart.
 */
function byNumberKind<T>(rows: readonly T[], value: (row: T) => number | null) {
  const groups = { none: [] as T[], whole: [] as T[], fraction: [] as T[] };
  for (const row of rows) {
    const number = value(row);
    if (number === null) groups.none.push(row);
    else if (Number.isInteger(number)) groups.whole.push(row);
    else groups.fraction.push(row);
  }
  return groups;
}

const REMOVE_NON_REFERENCE = [
  // Programmes first: they hang on the people, challenges and skills removed after them.
  cypher('MATCH (lp:LearningProgramme) DETACH DELETE lp'),
  cypher('MATCH (p:Person) DETACH DELETE p'),
  cypher('MATCH (c:Challenge) DETACH DELETE c'),
  cypher('MATCH (s:Skill) DETACH DELETE s'),
];

/** The shared statements that need the store's timestamps and numbers. */
function statements(dialect: CypherDialect, queries: GraphImportStoreQueries) {
  const ts = (expression: string) => dialect.timestamp(expression);
  // The properties as `SET` assignments and as a map for CREATE, `r` naming the row: `r.` or `$`.
  const personFields = (r: string): Array<[string, string]> => [
    ['name', `${r}name`],
    ['email', `${r}email`],
    ['emailKey', `toLower(${r}email)`],
    ['title', `${r}title`],
    ['bio', `${r}bio`],
    ['availability', `${r}availability`],
    ['visibility', `${r}visibility`],
    ['createdAt', ts(`${r}createdAt`)],
    ['updatedAt', ts(`${r}updatedAt`)],
  ];
  const challengeFields = (r: string): Array<[string, string]> => [
    ['title', `${r}title`],
    ['description', `${r}description`],
    ['theme', `${r}theme`],
    ['status', `${r}status`],
    ['createdAt', ts(`${r}createdAt`)],
    ['updatedAt', ts(`${r}updatedAt`)],
  ];
  const assignments = (node: string, fields: Array<[string, string]>) =>
    fields.map(([name, value]) => `${node}.${name} = ${value}`).join(', ');
  const map = (fields: Array<[string, string]>) =>
    `{id: r.id, ${fields.map(([name, value]) => `${name}: ${value}`).join(', ')}}`;
  const indexed = <T extends { id: string }>(
    label: FullTextLabel,
    fields: (r: string) => Array<[string, string]>,
  ): IndexedNodes<T> => ({
    label,
    upsert: cypher(`
      UNWIND $rows AS r
      MERGE (n:${label} {id: r.id})
      SET ${assignments('n', fields('r.'))}`),
    createMissing: cypher(`
      UNWIND $rows AS r
      OPTIONAL MATCH (existing:${label} {id: r.id})
      WITH r, existing WHERE existing IS NULL
      CREATE (:${label} ${map(fields('r.'))})`),
    updateOne: cypher(`
      MATCH (n:${label} {id: $id})
      SET ${assignments('n', fields('$'))}`),
    existing: cypher(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`),
  });
  const people = indexed<ImportPerson>('Person', personFields);
  const challenges = indexed<ImportChallenge>('Challenge', challengeFields);
  return {
    counts: queries.counts,
    people,
    challenges,
    challengeSkills: cypher<object, { rows: readonly FieldsOf<ImportChallengeSkill>[] }>(`
      UNWIND $rows AS r
      MATCH (c:Challenge {id: r.challengeId}), (s:Skill {id: r.skillId})
      MERGE (c)-[q:REQUIRES]->(s)
      SET q.weight = ${dialect.float('r.weight')}`),
  };
}

export type CreateNew = <K extends NewRowKind>(
  client: CypherClient,
  kind: K,
  rows: readonly NewRows[K][],
) => Promise<void>;

/** Each batch runs all `statements` in one transaction, so a batch lands whole or not at all. */
export async function importInBatches<T>(
  client: CypherClient,
  statements: readonly BatchStatement<T>[],
  rows: readonly T[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
    const batch = rows.slice(start, start + IMPORT_BATCH_SIZE) as FieldsOf<T>[];
    await client.write(async (tx) => {
      for (const statement of statements) await tx.run(statement, { rows: batch });
    });
  }
}

export class GraphImportCypherRepository extends GraphImportRepository {
  private readonly statements: ReturnType<typeof statements>;

  constructor(
    private readonly client: CypherClient,
    dialect: CypherDialect,
    private readonly queries: GraphImportStoreQueries,
  ) {
    super();
    this.statements = statements(dialect, queries);
  }

  async counts(): Promise<GraphCounts> {
    const [row] = await this.client.read(this.statements.counts);
    return row;
  }

  importMunicipalities(rows: ImportMunicipality[]): Promise<void> {
    return importInBatches(this.client, [MUNICIPALITIES], rows);
  }

  importCollaborations(rows: ImportCollaboration[]): Promise<void> {
    return importInBatches(this.client, [COLLABORATIONS], rows);
  }

  importMemberships(rows: ImportMembership[]): Promise<void> {
    return importInBatches(this.client, [MEMBERSHIPS], rows);
  }

  async importSkills(rows: ImportSkill[]): Promise<void> {
    await importInBatches(
      this.client,
      [SKILLS_WITH_ALIASES],
      rows.filter((row) => row.aliases.length > 0),
    );
    await importInBatches(
      this.client,
      [SKILLS_WITHOUT_ALIASES],
      rows.filter((row) => row.aliases.length === 0).map(({ aliases: _aliases, ...rest }) => rest),
    );
  }

  /** A person's WORKS_AT follows them, in the same batch where the store allows. */
  importPeople(rows: ImportPerson[]): Promise<void> {
    return this.queries.upsertIndexed(this.client, this.statements.people, rows, [
      LEAVE_OTHER_WORKPLACES,
      WORKS_AT,
    ]);
  }

  importPersonSkills(rows: ImportPersonSkill[]): Promise<void> {
    return importInBatches(this.client, [PERSON_SKILLS], rows);
  }

  /** A challenge's FACES follows it, in the same batch where the store allows. */
  importChallenges(rows: ImportChallenge[]): Promise<void> {
    return this.queries.upsertIndexed(this.client, this.statements.challenges, rows, [FACES]);
  }

  async importChallengeSkills(rows: ImportChallengeSkill[]): Promise<void> {
    const { none, whole, fraction } = byNumberKind(rows, (row) => row.weight);
    await importInBatches(this.client, [this.statements.challengeSkills], whole);
    await importInBatches(this.client, [this.statements.challengeSkills], fraction);
    await importInBatches(
      this.client,
      [CHALLENGE_SKILLS_WITHOUT_WEIGHT],
      none.map(({ weight: _weight, ...rest }) => rest),
    );
  }

  async importExperiences(rows: ImportExperience[]): Promise<void> {
    const { none, whole, fraction } = byNumberKind(rows, (row) => row.year);
    await importInBatches(this.client, [EXPERIENCES], [...whole, ...fraction]);
    await importInBatches(
      this.client,
      [EXPERIENCES_WITHOUT_YEAR],
      none.map(({ year: _year, ...rest }) => rest),
    );
  }

  importAcquaintances(rows: ImportAcquaintance[]): Promise<void> {
    const stored = rows.map(({ personId, otherPersonId }) => {
      const [low, high] = acquaintancePair(personId, otherPersonId);
      return { personId: low, otherPersonId: high };
    });
    return importInBatches(this.client, [this.queries.acquaintances], stored);
  }

  async importNew<K extends NewRowKind>(kind: K, rows: NewRows[K][]): Promise<void> {
    if (rows.length === 0) return;
    if (this.queries.createNew) return this.queries.createNew(this.client, kind, rows);
    const upserts: { [L in NewRowKind]: (rows: NewRows[L][]) => Promise<void> } = {
      people: (r) => this.importPeople(r),
      personSkills: (r) => this.importPersonSkills(r),
      challenges: (r) => this.importChallenges(r),
      challengeSkills: (r) => this.importChallengeSkills(r),
      experiences: (r) => this.importExperiences(r),
      acquaintances: (r) => this.importAcquaintances(r),
      memberships: (r) => this.importMemberships(r),
    };
    return (upserts[kind] as (rows: NewRows[K][]) => Promise<void>)(rows);
  }

  async removeNonReferenceData(): Promise<void> {
    await this.client.write(async (tx) => {
      for (const statement of REMOVE_NON_REFERENCE) await tx.run(statement);
    });
  }
}
