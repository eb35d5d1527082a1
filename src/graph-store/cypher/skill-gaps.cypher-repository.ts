import { type ChallengeStatus } from '../../challenges/challenge-status';
import {
  type AreaHolding,
  type DemandChallenge,
  type DemandSelection,
  type SkillSupplyRow,
  type SolverRow,
  type ThinSkillRow,
} from '../../gaps/skill-gaps.records';
import { SkillGapsRepository } from '../../gaps/skill-gaps.repository';
import { type VisibilityScope } from '../../people/visibility';
import { type CypherClient } from './cypher-client';
import { listOf, toDate } from './rows';
import { WITH_SKILLS_OF_ID } from './challenges.cypher-repository';
import { cypher, cypherEachId, type FieldsOf } from './statement';
import { VISIBLE_PERSON, visibilityParams, type VisibilityParams } from './visibility-condition';

// Every list parameter is checked non-empty before a statement runs: Kuzu 0.11 binds an empty
// list as null, and crashes on an empty or null list in IN.

type DemandRow = Omit<DemandChallenge, 'requiredSkillIds'> & { skillIds: string[] | null };

const DEMAND_COLUMNS = `
  RETURN c.id AS id, c.status AS status, c.theme AS theme, m.code AS municipalityCode,
         c.createdAt AS createdAt, skillIds`;

const DEMAND_BY_ID = cypherEachId<DemandRow>(
  'id',
  `
  MATCH (m:Municipality)-[:FACES]->(c:Challenge {id: $id})
  ${WITH_SKILLS_OF_ID}
  ${DEMAND_COLUMNS}`,
);

// $themes always holds at least one entry ('' matches no theme), $anyTheme says whether it counts.
const DEMAND_OF_AREA = cypher<
  DemandRow,
  {
    codes: readonly string[];
    statuses: readonly ChallengeStatus[];
    anyTheme: boolean;
    themes: readonly string[];
  }
>(`
  UNWIND $codes AS code
  MATCH (m:Municipality {code: code})-[:FACES]->(c:Challenge)
  WHERE c.status IN $statuses AND ($anyTheme OR c.theme IN $themes)
  OPTIONAL MATCH (c)-[:REQUIRES]->(s:Skill)
  WITH m, c, collect(s.id) AS skillIds
  ${DEMAND_COLUMNS}`);

// The person p at municipality m with holding h of skill s: who is counted. count() of a CASE
// without ELSE counts the rows where it holds (Kuzu's sum() of integers would be an INT128,
// which its driver hands out as a BigInt).
const SUPPLY_COLUMNS = `
  RETURN s.id AS skillId, m.code AS municipalityCode, count(p) AS holders,
         count(CASE WHEN p.availability <> 'UNAVAILABLE' THEN 1 END) AS available`;

type SupplyParams = VisibilityParams & { skillIds: readonly string[]; minLevel: number };

const SUPPLY_EVERYWHERE = cypher<FieldsOf<SkillSupplyRow>, SupplyParams>(`
  UNWIND $skillIds AS skillId
  MATCH (s:Skill {id: skillId})<-[h:HAS_SKILL]-(p:Person)-[:WORKS_AT]->(m:Municipality)
  WHERE h.level >= $minLevel AND ${VISIBLE_PERSON}
  ${SUPPLY_COLUMNS}`);

// `s.id IN`, not UNWIND: Kuzu 0.11 joins an UNWIND list with every HAS_SKILL (national set, 40
// skills in 30 municipalities: 493 against 157 ms). Where the area is everywhere the UNWIND shape
// is the faster one on Kuzu (998 against 1,972 ms), so SUPPLY_EVERYWHERE keeps it.
const SUPPLY_IN = cypher<FieldsOf<SkillSupplyRow>, SupplyParams & { codes: readonly string[] }>(`
  MATCH (s:Skill)<-[h:HAS_SKILL]-(p:Person)-[:WORKS_AT]->(m:Municipality)
  WHERE s.id IN $skillIds AND m.code IN $codes AND h.level >= $minLevel AND ${VISIBLE_PERSON}
  ${SUPPLY_COLUMNS}`);

const THIN_SKILLS = cypher<
  FieldsOf<ThinSkillRow>,
  VisibilityParams & { codes: readonly string[]; minLevel: number; maxHolders: number }
>(`
  UNWIND $codes AS code
  MATCH (s:Skill)<-[h:HAS_SKILL]-(p:Person)-[:WORKS_AT]->(m:Municipality {code: code})
  WHERE h.level >= $minLevel AND ${VISIBLE_PERSON}
  WITH s, count(p) AS holders
  WHERE holders <= $maxHolders
  RETURN s.id AS skillId, holders`);

const HOLDINGS = cypher<
  FieldsOf<AreaHolding>,
  VisibilityParams & { codes: readonly string[]; skillIds: readonly string[] }
>(`
  UNWIND $skillIds AS skillId
  MATCH (s:Skill {id: skillId})<-[h:HAS_SKILL]-(p:Person)-[:WORKS_AT]->(m:Municipality)
  WHERE m.code IN $codes AND ${VISIBLE_PERSON}
  RETURN s.id AS skillId, p.id AS personId, m.code AS municipalityCode, h.level AS level,
         p.availability AS availability`);

// f faces the challenge; m is where the solver p works now (VISIBLE_PERSON reads p and m).
const SOLVERS = cypher<FieldsOf<SolverRow>, VisibilityParams & { codes: readonly string[] }>(`
  UNWIND $codes AS code
  MATCH (f:Municipality {code: code})-[:FACES]->(c:Challenge)<-[:WORKED_ON]-(p:Person),
        (p)-[:WORKS_AT]->(m:Municipality)
  WHERE c.status = 'SOLVED' AND ${VISIBLE_PERSON}
  RETURN c.id AS challengeId, f.code AS municipalityCode, p.id AS personId,
         p.availability AS availability, m.code AS worksAt`);

/** Not a theme, so it matches none: keeps the theme list non-empty (see above). */
const NO_THEME = '';

function toDemandChallenge({ skillIds, ...row }: DemandRow): DemandChallenge {
  return {
    ...row,
    theme: row.theme ?? null,
    createdAt: toDate(row.createdAt),
    requiredSkillIds: listOf(skillIds).sort(),
  };
}

export class SkillGapsCypherRepository extends SkillGapsRepository {
  constructor(private readonly client: CypherClient) {
    super();
  }

  async demand(selection: DemandSelection): Promise<DemandChallenge[]> {
    if (selection.kind === 'ids') {
      if (selection.challengeIds.length === 0) return [];
      const rows = await this.client.readEach(DEMAND_BY_ID, selection.challengeIds);
      return rows.map(toDemandChallenge);
    }
    if (selection.municipalityCodes.length === 0 || selection.statuses.length === 0) return [];
    const rows = await this.client.read(DEMAND_OF_AREA, {
      codes: [...selection.municipalityCodes],
      statuses: [...selection.statuses],
      anyTheme: selection.themes === null,
      themes: [NO_THEME, ...(selection.themes ?? [])],
    });
    return rows.map(toDemandChallenge);
  }

  async supply(
    skillIds: readonly string[],
    minLevel: number,
    scope: VisibilityScope,
    municipalityCodes: readonly string[] | null,
  ): Promise<SkillSupplyRow[]> {
    if (skillIds.length === 0) return [];
    const params = { ...visibilityParams(scope), skillIds: [...skillIds], minLevel };
    if (municipalityCodes === null) return this.client.read(SUPPLY_EVERYWHERE, params);
    if (municipalityCodes.length === 0) return [];
    return this.client.read(SUPPLY_IN, { ...params, codes: [...municipalityCodes] });
  }

  async thinSkills(
    municipalityCodes: readonly string[],
    minLevel: number,
    maxHolders: number,
    scope: VisibilityScope,
  ): Promise<ThinSkillRow[]> {
    if (municipalityCodes.length === 0) return [];
    return this.client.read(THIN_SKILLS, {
      ...visibilityParams(scope),
      codes: [...municipalityCodes],
      minLevel,
      maxHolders,
    });
  }

  async holdings(
    municipalityCodes: readonly string[],
    skillIds: readonly string[],
    scope: VisibilityScope,
  ): Promise<AreaHolding[]> {
    if (municipalityCodes.length === 0 || skillIds.length === 0) return [];
    return this.client.read(HOLDINGS, {
      ...visibilityParams(scope),
      codes: [...municipalityCodes],
      skillIds: [...skillIds],
    });
  }

  async solvers(
    municipalityCodes: readonly string[],
    scope: VisibilityScope,
  ): Promise<SolverRow[]> {
    if (municipalityCodes.length === 0) return [];
    return this.client.read(SOLVERS, { ...visibilityParams(scope), codes: [...municipalityCodes] });
  }
}
