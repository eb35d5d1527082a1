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
import { type KuzuClient, type KuzuRow } from './kuzu-client';
import { plainWords } from './kuzu-values';
import { UntilNextWrite } from './until-next-write';

// Every list parameter is checked non-empty before a query runs: Kuzu 0.11 binds an empty list
// as null, and `x IN null` is not false but null.

const CHALLENGES = `
  UNWIND $ids AS id
  MATCH (m:Municipality)-[:FACES]->(c:Challenge {id: id})
  OPTIONAL MATCH (c)-[:REQUIRES]->(s:Skill)
  WITH m, c, collect(s.id) AS skillIds
  RETURN c.id AS id, c.title AS title, c.description AS description, c.theme AS theme,
         m.code AS municipalityCode, m.name AS municipalityName, skillIds`;

// Disjunctive BM25 (any word may match) with the Dutch stemmer. `top` cuts inside the index
// search; it asks for a few more than $limit so that the excluded challenge and ties at the edge
// do not shorten the answer.
const SIMILAR_CHALLENGES = `
  CALL QUERY_FTS_INDEX('Challenge', 'challenge_text', $text, top := $top)
  WITH node AS c, score
  WHERE $excludeId IS NULL OR c.id <> $excludeId
  RETURN c.id AS challengeId, score
  ORDER BY score DESC, challengeId
  LIMIT $limit`;

// Ordered and cut per skill as SKILL_HOLDERS below: challengeIds[1:$perSkill] is the first $perSkill.
const CHALLENGES_REQUIRING = `
  UNWIND $ids AS skillId
  MATCH (c:Challenge)-[:REQUIRES]->(:Skill {id: skillId})
  WHERE $excludeId IS NULL OR c.id <> $excludeId
  WITH skillId, c.id AS challengeId, c.createdAt AS createdAt
  ORDER BY createdAt DESC, challengeId
  SKIP 0 LIMIT 2147483647
  WITH skillId, collect(challengeId) AS challengeIds
  RETURN skillId, challengeIds[1:$perSkill] AS challengeIds`;

const EXPERIENCES_ON = `
  UNWIND $ids AS id
  MATCH (p:Person)-[w:WORKED_ON]->(c:Challenge {id: id})
  RETURN p.id AS personId, c.id AS challengeId, w.role AS role, w.outcome AS outcome,
         w.year AS year`;

// Kuzu keeps an ORDER BY in a WITH only together with SKIP/LIMIT; this one keeps every row.
// Lists are 1-based: holders[1:$perSkill] is the first $perSkill.
const SKILL_HOLDERS = `
  UNWIND $ids AS skillId
  MATCH (p:Person)-[h:HAS_SKILL]->(:Skill {id: skillId})
  WITH skillId, p.id AS personId, h.level AS level
  ORDER BY level DESC, personId
  SKIP 0 LIMIT 2147483647
  WITH skillId, collect({personId: personId, level: level}) AS holders
  RETURN skillId, holders[1:$perSkill] AS holders`;

const SKILL_FREQUENCIES = `
  UNWIND $ids AS id
  MATCH (s:Skill {id: id})
  OPTIONAL MATCH (p:Person)-[:HAS_SKILL]->(s)
  RETURN s.id AS skillId, s.name AS name, count(p) AS holders`;

const PEOPLE_COUNT = `MATCH (p:Person) RETURN count(p) AS total`;

// Two queries, run side by side (a person's themes are rows of their own).
const PEOPLE = `
  UNWIND $ids AS id
  MATCH (p:Person {id: id})-[:WORKS_AT]->(m:Municipality)
  RETURN p.id AS id, p.name AS name, p.availability AS availability,
         p.visibility AS visibility, m.code AS municipalityCode`;

const CHALLENGE_THEMES_OF = `
  UNWIND $ids AS id
  MATCH (:Person {id: id})-[:WORKED_ON]->(c:Challenge)
  WHERE c.theme IS NOT NULL
  RETURN id AS personId, c.theme AS theme`;

const SKILL_LEVELS = `
  UNWIND $ids AS id
  MATCH (:Person {id: id})-[h:HAS_SKILL]->(s:Skill)
  WHERE s.id IN $skillIds
  RETURN id AS personId, s.id AS skillId, h.level AS level`;

// All of them (342, reference data): kept until the next write, see UntilNextWrite.
const MUNICIPALITIES = `
  MATCH (m:Municipality)
  OPTIONAL MATCH (m)-[:MEMBER_OF]->(k:Collaboration)
  WITH m, collect({id: k.id, name: k.name}) AS collaborations
  RETURN m.code AS code, m.name AS name, m.population AS population, collaborations`;

// One breadth-first search from the asker to every target; KNOWS is stored once per pair and
// read in both directions.
const SHORTEST_KNOWS_PATHS = `
  MATCH p = (a:Person {id: $fromId})-[:KNOWS* ALL SHORTEST 1..3]-(b:Person)
  WHERE b.id IN $toIds
  RETURN b.id AS targetId, properties(nodes(p), 'id') AS personIds`;

// Four different people; Kuzu's fixed-length patterns may repeat nodes, hence the conditions.
const THREE_HOP_KNOWS_PATHS = `
  MATCH (a:Person {id: $fromId})-[:KNOWS]-(x:Person)-[:KNOWS]-(y:Person)-[:KNOWS]-(b:Person)
  WHERE b.id IN $toIds AND b.id <> a.id AND y.id <> a.id AND x.id <> b.id AND x.id <> y.id
  RETURN b.id AS targetId, a.id AS fromId, x.id AS firstId, y.id AS secondId`;

/** Collected structs of an OPTIONAL MATCH that found nothing come back with null fields. */
function present<T extends Record<string, unknown>>(rows: unknown, key: keyof T): T[] {
  return ((rows as T[] | null) ?? []).filter((row) => row[key] !== null);
}

export class MatchingKuzuRepository extends MatchingRepository {
  private readonly allMunicipalities: UntilNextWrite<Map<string, MunicipalityContext>>;
  private readonly totalPeople: UntilNextWrite<number>;

  constructor(private readonly client: KuzuClient) {
    super();
    this.allMunicipalities = new UntilNextWrite(client, () => this.readMunicipalities());
    this.totalPeople = new UntilNextWrite(client, async () => {
      const [row] = await this.client.read(PEOPLE_COUNT);
      return Number(row.total);
    });
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
      requiredSkillIds: [...((row.skillIds as string[] | null) ?? [])].sort(),
    }));
  }

  async similarChallenges(
    words: readonly string[],
    limit: number,
    excludeId: string | null,
  ): Promise<SimilarChallenge[]> {
    // plainWords again: the port promises plain words, this keeps Kuzu safe if one is not.
    const text = plainWords(words.join(' '));
    if (text === null || limit < 1) return [];
    const rows = await this.client.read(SIMILAR_CHALLENGES, {
      text,
      top: limit + 10,
      limit,
      excludeId,
    });
    return rows.map((row) => ({
      challengeId: row.challengeId as string,
      score: Number(row.score),
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
    return rows.flatMap((row) =>
      (row.challengeIds as string[]).map((challengeId) => ({
        challengeId,
        skillId: row.skillId as string,
      })),
    );
  }

  async experiencesOn(challengeIds: readonly string[]): Promise<ExperienceFact[]> {
    if (challengeIds.length === 0) return [];
    const rows = await this.client.read(EXPERIENCES_ON, { ids: [...challengeIds] });
    return rows.map((row) => ({
      personId: row.personId as string,
      challengeId: row.challengeId as string,
      role: row.role as ExperienceRole,
      outcome: row.outcome as Outcome,
      year: row.year === null ? null : Number(row.year),
    }));
  }

  async skillHolders(skillIds: readonly string[], perSkill: number): Promise<SkillHolder[]> {
    if (skillIds.length === 0 || perSkill < 1) return [];
    const rows = await this.client.read(SKILL_HOLDERS, { ids: [...skillIds], perSkill });
    return rows.flatMap((row) =>
      (row.holders as KuzuRow[]).map((holder) => ({
        personId: holder.personId as string,
        skillId: row.skillId as string,
        level: Number(holder.level),
      })),
    );
  }

  async skillFrequencies(skillIds: readonly string[]): Promise<SkillFrequency[]> {
    if (skillIds.length === 0) return [];
    const rows = await this.client.read(SKILL_FREQUENCIES, { ids: [...skillIds] });
    return rows.map((row) => ({
      skillId: row.skillId as string,
      name: row.name as string,
      holders: Number(row.holders),
    }));
  }

  peopleCount(): Promise<number> {
    return this.totalPeople.get();
  }

  async people(ids: readonly string[]): Promise<PersonContext[]> {
    if (ids.length === 0) return [];
    const params = { ids: [...ids] };
    const [rows, themeRows] = await Promise.all([
      this.client.read(PEOPLE, params),
      this.client.read(CHALLENGE_THEMES_OF, params),
    ]);
    const themes = new Map<string, string[]>();
    for (const row of themeRows) {
      const personId = row.personId as string;
      const list = themes.get(personId);
      if (list) list.push(row.theme as string);
      else themes.set(personId, [row.theme as string]);
    }
    return rows.map((row) => ({
      id: row.id as string,
      name: row.name as string,
      availability: row.availability as Availability,
      visibility: row.visibility as Visibility,
      municipalityCode: row.municipalityCode as string,
      challengeThemes: (themes.get(row.id as string) ?? []).sort(),
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
      level: Number(row.level),
    }));
  }

  async municipalities(codes: readonly string[]): Promise<MunicipalityContext[]> {
    if (codes.length === 0) return [];
    const all = await this.allMunicipalities.get();
    return [...new Set(codes)].flatMap((code) => all.get(code) ?? []);
  }

  private async readMunicipalities(): Promise<Map<string, MunicipalityContext>> {
    const rows = await this.client.read(MUNICIPALITIES);
    return new Map(
      rows.map((row) => [
        row.code as string,
        {
          code: row.code as string,
          name: row.name as string,
          population: Number(row.population),
          collaborations: present<{ id: string; name: string }>(row.collaborations, 'id')
            .map(({ id, name }) => ({ id, name }))
            .sort((a, b) => a.id.localeCompare(b.id)),
        },
      ]),
    );
  }

  async shortestKnowsPaths(fromId: string, toIds: readonly string[]): Promise<KnowsPath[]> {
    const targets = toIds.filter((id) => id !== fromId);
    if (targets.length === 0) return [];
    const rows = await this.client.read(SHORTEST_KNOWS_PATHS, { fromId, toIds: targets });
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
      personIds: [row.fromId, row.firstId, row.secondId, row.targetId] as string[],
    }));
  }
}
