import { Injectable } from '@nestjs/common';
import { ChallengeStatus } from '../challenges/challenge-status';
import { ChallengesException } from '../challenges/challenges.exception';
import { type CollaborationRecord } from '../collaborations/collaboration.record';
import { CollaborationsException } from '../collaborations/collaborations.exception';
import { CollaborationsRepository } from '../collaborations/collaborations.repository';
import { type Page, type PageRequest } from '../common/pagination/page';
import { type Caller } from '../common/request/caller';
import { AppConfig } from '../config/app-config';
import { MunicipalitiesException } from '../municipalities/municipalities.exception';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { type MunicipalityRecord } from '../municipalities/municipality.record';
import { Availability } from '../people/models/availability.enum';
import { type Viewpoint } from '../people/visibility';
import { SkillsException } from '../skills/skills.exception';
import { type SkillRecord } from '../skills/skill.record';
import { SkillsRepository } from '../skills/skills.repository';
import { AggregateRights, type CountTotal, totalOf } from './aggregate-rights';
import { type CoverageMatrix } from './coverage-matrix';
import { bySeverity, demandPerSkill, severity, type SkillDemand } from './demand';
import { GapsException } from './gaps.exception';
import { type ProtectedCount } from './protected-count';
import {
  type AreaHolding,
  type DemandChallenge,
  type DemandSelection,
  type SkillSupplyRow,
  type SolverRow,
} from './skill-gaps.records';
import { SkillGapsRepository } from './skill-gaps.repository';

/** The statuses whose challenges make the demand unless challenges are named. */
export const OPEN_STATUSES: readonly ChallengeStatus[] = [
  ChallengeStatus.OPEN,
  ChallengeStatus.IN_PROGRESS,
];
/** Municipalities named as sources per gap. */
export const SOURCES_PER_GAP = 5;
/** Skills "held by only one or two people" are knowledge at risk. */
export const THIN_HOLDERS = 2;
/** Successors named per thin skill. */
export const SUCCESSORS_PER_SKILL = 3;
/** Skills in a coverage matrix when none are named: the most in demand. */
export const COVERAGE_SKILLS = 30;

/** One municipality, or a collaboration and all its members. */
export interface AreaQuery {
  readonly municipalityCode?: string;
  readonly collaborationId?: string;
}

export interface Area {
  /** Set when the area is one municipality. */
  readonly municipality: MunicipalityRecord | null;
  /** Set when the area is a collaboration. */
  readonly collaboration: CollaborationRecord | null;
  /** The municipalities of the area, by name. */
  readonly municipalities: readonly MunicipalityRecord[];
}

export interface SkillGapQuery extends AreaQuery {
  /** These challenges make the demand (they must be faced in the area). */
  readonly challengeIds?: readonly string[];
  /** Else the open and in-progress challenges of the area, of these themes only when given. */
  readonly themes?: readonly string[];
  readonly minLevel: number;
  /** Keyset on (severity, skill id). */
  readonly page: PageRequest;
}

export interface MunicipalitySupply {
  readonly municipalityCode: string;
  readonly holders: ProtectedCount;
  readonly available: ProtectedCount;
}

export interface SkillSource extends MunicipalitySupply {
  /** Shares a collaboration with a municipality of the area. */
  readonly sharesCollaboration: boolean;
}

export interface SkillGap {
  readonly skillId: string;
  readonly demand: SkillDemand;
  /** People of the area holding the skill at minLevel or above, as far as the caller may know. */
  readonly holders: CountTotal;
  readonly available: CountTotal;
  readonly byMunicipality: readonly MunicipalitySupply[];
  /** Available holders per challenge that needs the skill (of what the caller may know). */
  readonly coverage: number;
  readonly severity: number;
  readonly sources: readonly SkillSource[];
}

export interface SkillGapReport {
  readonly area: Area;
  readonly minLevel: number;
  readonly kAnonymity: number;
  readonly generatedAt: Date;
  readonly challengeCount: number;
  readonly gaps: Page<SkillGap>;
}

export interface NamedHolding {
  readonly personId: string;
  readonly municipalityCode: string;
  readonly level: number;
  readonly availability: Availability;
}

export interface ThinSkill {
  readonly skillId: string;
  /** Everyone holding it at minLevel or above in the area (1 or 2), as far as the caller may know. */
  readonly holders: CountTotal;
  /** The holders the caller may name (their own municipality's). */
  readonly namedHolders: readonly NamedHolding[];
  /** Who would take over: the next-highest holders the caller may name, below minLevel. */
  readonly successors: readonly NamedHolding[];
}

export interface OrphanedChallenge {
  readonly challengeId: string;
  readonly municipalityCode: string;
  /** Everyone who worked on it. */
  readonly solvers: ProtectedCount;
  /** Of them, the ones who now work in another municipality. */
  readonly movedAway: ProtectedCount;
  /** The unavailable solvers still there, named where the caller may. */
  readonly unavailable: readonly string[];
}

export interface KnowledgeAtRisk {
  readonly area: Area;
  readonly minLevel: number;
  readonly kAnonymity: number;
  readonly generatedAt: Date;
  /** Fewest holders first, then by skill id. */
  readonly thinSkills: readonly ThinSkill[];
  readonly orphanedChallenges: readonly OrphanedChallenge[];
}

/** A collaboration's skill coverage, with the records its rows and columns stand for. */
export interface SkillCoverageResult {
  readonly area: Area;
  /** The columns, in order. */
  readonly skills: readonly SkillRecord[];
  readonly matrix: CoverageMatrix;
}

export interface CoverageQuery {
  readonly collaborationId: string;
  /** These skills (in this order); else the most in demand among the members' open challenges. */
  readonly skillIds?: readonly string[];
  readonly themes?: readonly string[];
  readonly minLevel: number;
}

/**
 * HR analytics: which skills an area's challenges need that it lacks, where knowledge hangs on
 * one or two people, and how a collaboration's members cover skills. Counts hold only people
 * the caller's viewpoint may see; counts about municipalities the caller has no rights to are
 * protected (aggregate-rights.ts), and people are named only for the caller's own municipality.
 */
@Injectable()
export class SkillGapsService {
  constructor(
    private readonly gaps: SkillGapsRepository,
    private readonly collaborations: CollaborationsRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly skills: SkillsRepository,
    private readonly config: AppConfig,
  ) {}

  async skillGaps(
    caller: Caller,
    viewpoint: Viewpoint,
    query: SkillGapQuery,
    now = new Date(),
  ): Promise<SkillGapReport> {
    const area = await this.area(query);
    const rights = AggregateRights.of(caller, this.config.K_ANONYMITY);
    const codes = area.municipalities.map(({ code }) => code);
    const challenges = await this.demand(codes, query);
    const demand = demandPerSkill(challenges, now);
    const [supply, partners] = await Promise.all([
      this.gaps.supply([...demand.keys()], query.minLevel, viewpoint.scope, null),
      this.partnersOf(codes),
    ]);
    const inArea = new Set(codes);
    const supplyOf = new Map<string, SkillSupplyRow[]>();
    for (const row of supply)
      supplyOf.set(row.skillId, [...(supplyOf.get(row.skillId) ?? []), row]);
    const gaps = [...demand.values()]
      .map((skillDemand) =>
        this.gap(
          skillDemand,
          supplyOf.get(skillDemand.skillId) ?? [],
          area,
          inArea,
          partners,
          rights,
        ),
      )
      .sort(bySeverity);
    return {
      area,
      minLevel: query.minLevel,
      kAnonymity: rights.kAnonymity,
      generatedAt: now,
      challengeCount: challenges.length,
      gaps: pageOf(gaps, query.page),
    };
  }

  async knowledgeAtRisk(
    caller: Caller,
    viewpoint: Viewpoint,
    query: AreaQuery & { readonly minLevel: number },
    now = new Date(),
  ): Promise<KnowledgeAtRisk> {
    const area = await this.area(query);
    const rights = AggregateRights.of(caller, this.config.K_ANONYMITY);
    const codes = area.municipalities.map(({ code }) => code);
    if (!rights.coversAny(codes)) throw GapsException.notYourArea();
    const [thin, solvers] = await Promise.all([
      this.gaps.thinSkills(codes, query.minLevel, THIN_HOLDERS, viewpoint.scope),
      this.gaps.solvers(codes, viewpoint.scope),
    ]);
    const holdings = await this.gaps.holdings(
      codes,
      thin.map(({ skillId }) => skillId),
      viewpoint.scope,
    );
    const thinSkills = thin
      .map(({ skillId }) => thinSkill(skillId, holdings, query.minLevel, rights))
      .sort(
        (a, b) =>
          (a.holders.known || THIN_HOLDERS) - (b.holders.known || THIN_HOLDERS) ||
          compare(a.skillId, b.skillId),
      );
    return {
      area,
      minLevel: query.minLevel,
      kAnonymity: rights.kAnonymity,
      generatedAt: now,
      thinSkills,
      orphanedChallenges: orphaned(solvers, rights),
    };
  }

  async coverage(
    caller: Caller,
    viewpoint: Viewpoint,
    query: CoverageQuery,
    now = new Date(),
  ): Promise<SkillCoverageResult> {
    const area = await this.area({ collaborationId: query.collaborationId });
    const rights = AggregateRights.of(caller, this.config.K_ANONYMITY);
    const codes = area.municipalities.map(({ code }) => code);
    const skillIds = query.skillIds?.length
      ? [...new Set(query.skillIds)]
      : await this.mostInDemand(codes, query.themes ?? null, now);
    const [skills, supply] = await Promise.all([
      this.skills.findByIds(skillIds),
      this.gaps.supply(skillIds, query.minLevel, viewpoint.scope, codes),
    ]);
    const byId = new Map(skills.map((skill) => [skill.id, skill]));
    const missing = skillIds.filter((id) => !byId.has(id));
    if (missing.length > 0) throw SkillsException.notFound(missing);
    const cell = new Map(supply.map((row) => [`${row.municipalityCode}|${row.skillId}`, row]));
    const matrix: CoverageMatrix = {
      collaboration: { id: query.collaborationId, name: area.collaboration?.name ?? '' },
      minLevel: query.minLevel,
      kAnonymity: rights.kAnonymity,
      generatedAt: now,
      municipalities: area.municipalities.map(({ code, name }) => ({ code, name })),
      skills: skillIds.map((id) => ({ id, name: byId.get(id)?.name ?? id })),
      cells: area.municipalities.map(({ code }) =>
        skillIds.map((skillId) => {
          const row = cell.get(`${code}|${skillId}`);
          return {
            holders: rights.count(code, row?.holders ?? 0),
            available: rights.count(code, row?.available ?? 0),
          };
        }),
      ),
    };
    return { area, skills: skillIds.map((id) => byId.get(id) as SkillRecord), matrix };
  }

  /** The names of the skills and source municipalities of a report, for exports. */
  async labels(report: SkillGapReport): Promise<{
    skillName: (skillId: string) => string;
    municipalityName: (code: string) => string;
  }> {
    const skillIds = report.gaps.items.map((gap) => gap.skillId);
    const codes = report.gaps.items.flatMap((gap) =>
      gap.sources.map((source) => source.municipalityCode),
    );
    const [skills, municipalities] = await Promise.all([
      skillIds.length > 0 ? this.skills.findByIds(skillIds) : [],
      this.municipalities.findByCodes([...new Set(codes)]),
    ]);
    const skillName = new Map(skills.map((skill) => [skill.id, skill.name]));
    const municipalityName = new Map(municipalities.map((each) => [each.code, each.name]));
    return {
      skillName: (id) => skillName.get(id) ?? id,
      municipalityName: (code) => municipalityName.get(code) ?? code,
    };
  }

  /** The municipality, or the collaboration with its members; NOT_FOUND for an unknown one. */
  async area(query: AreaQuery): Promise<Area> {
    const { municipalityCode, collaborationId } = query;
    if ((municipalityCode === undefined) === (collaborationId === undefined)) {
      throw GapsException.areaInvalid();
    }
    if (municipalityCode !== undefined) {
      const [municipality] = await this.municipalities.findByCodes([municipalityCode]);
      if (!municipality) throw MunicipalitiesException.notFound(municipalityCode);
      return { municipality, collaboration: null, municipalities: [municipality] };
    }
    const id = collaborationId as string;
    const [collaboration] = await this.collaborations.findByIds([id]);
    if (!collaboration) throw CollaborationsException.notFound(id);
    const members = (await this.collaborations.membersOf([id])).map(
      ({ municipalityCode: code }) => code,
    );
    const municipalities = (await this.municipalities.findByCodes(members)).sort((a, b) =>
      compare(a.name, b.name),
    );
    return { municipality: null, collaboration, municipalities };
  }

  /** The challenges that make the demand: the named ones (faced in the area), or the area's open ones. */
  /**
   * For reports of other features (learning programmes): per skill, the weighted demand of the
   * area's open and in-progress challenges, and the people holding it at `minLevel` or above per
   * municipality of the area, of those `viewpoint` may see. Exact counts: protect them before
   * they are shown (AggregateRights).
   */
  async areaSkills(
    viewpoint: Viewpoint,
    codes: readonly string[],
    skillIds: readonly string[],
    minLevel: number,
    now: Date,
  ): Promise<{ demand: Map<string, SkillDemand>; supply: SkillSupplyRow[] }> {
    const [challenges, supply] = await Promise.all([
      this.gaps.demand(areaSelection(codes, null)),
      skillIds.length > 0
        ? this.gaps.supply(skillIds, minLevel, viewpoint.scope, codes)
        : Promise.resolve([]),
    ]);
    return { demand: demandPerSkill(challenges, now), supply };
  }

  private async demand(codes: readonly string[], query: SkillGapQuery): Promise<DemandChallenge[]> {
    const ids = query.challengeIds ? [...new Set(query.challengeIds)] : [];
    if (ids.length === 0) {
      return this.gaps.demand(areaSelection(codes, query.themes ?? null));
    }
    const selection: DemandSelection = { kind: 'ids', challengeIds: ids };
    const challenges = await this.gaps.demand(selection);
    const found = new Set(challenges.map(({ id }) => id));
    const unknown = ids.find((id) => !found.has(id));
    if (unknown !== undefined) throw ChallengesException.notFound(unknown);
    const inArea = new Set(codes);
    const outside = challenges.filter(({ municipalityCode }) => !inArea.has(municipalityCode));
    if (outside.length > 0) {
      throw GapsException.challengesOutsideArea(outside.map(({ id }) => id).sort());
    }
    return challenges;
  }

  /** The skills most in demand among the area's open challenges, at most COVERAGE_SKILLS. */
  private async mostInDemand(
    codes: readonly string[],
    themes: readonly string[] | null,
    now: Date,
  ): Promise<string[]> {
    const demand = demandPerSkill(await this.gaps.demand(areaSelection(codes, themes)), now);
    return [...demand.values()]
      .sort((a, b) => b.weighted - a.weighted || compare(a.skillId, b.skillId))
      .slice(0, COVERAGE_SKILLS)
      .map(({ skillId }) => skillId);
  }

  /** The municipalities outside the area that share a collaboration with one in it. */
  private async partnersOf(codes: readonly string[]): Promise<Set<string>> {
    const collaborationIds = [
      ...new Set(
        (await this.collaborations.collaborationsOf(codes)).map(
          ({ collaboration }) => collaboration.id,
        ),
      ),
    ];
    if (collaborationIds.length === 0) return new Set();
    const inArea = new Set(codes);
    return new Set(
      (await this.collaborations.membersOf(collaborationIds))
        .map(({ municipalityCode }) => municipalityCode)
        .filter((code) => !inArea.has(code)),
    );
  }

  private gap(
    demand: SkillDemand,
    /** The supply rows of this skill. */
    rows: readonly SkillSupplyRow[],
    area: Area,
    inArea: ReadonlySet<string>,
    partners: ReadonlySet<string>,
    rights: AggregateRights,
  ): SkillGap {
    const rowOf = new Map(rows.map((row) => [row.municipalityCode, row]));
    const byMunicipality = area.municipalities.map(({ code }) =>
      protectedSupply(code, rowOf.get(code), rights),
    );
    const holders = totalOf(byMunicipality.map((each) => each.holders));
    const available = totalOf(byMunicipality.map((each) => each.available));
    const sources = rows
      .filter((row) => !inArea.has(row.municipalityCode))
      .map((row) => ({
        ...protectedSupply(row.municipalityCode, row, rights),
        sharesCollaboration: partners.has(row.municipalityCode),
      }))
      .sort(bySourceOrder)
      .slice(0, SOURCES_PER_GAP);
    return {
      skillId: demand.skillId,
      demand,
      holders,
      available,
      byMunicipality,
      coverage: available.known / demand.challengeIds.length,
      severity: severity(demand.weighted, available.known),
      sources,
    };
  }
}

function areaSelection(
  codes: readonly string[],
  themes: readonly string[] | null,
): DemandSelection {
  return {
    kind: 'area',
    municipalityCodes: codes,
    statuses: OPEN_STATUSES,
    themes: themes && themes.length > 0 ? themes : null,
  };
}

function protectedSupply(
  municipalityCode: string,
  row: SkillSupplyRow | undefined,
  rights: AggregateRights,
): MunicipalitySupply {
  return {
    municipalityCode,
    holders: rights.count(municipalityCode, row?.holders ?? 0),
    available: rights.count(municipalityCode, row?.available ?? 0),
  };
}

/**
 * Sources: those sharing a collaboration first, then by the available people the caller may
 * see (suppressed counts after the shown ones, so the order reveals nothing they hide), then by
 * code.
 */
/** Partners first, then by how many people are at least there; exact counts before suppressed. */
function bySourceOrder(a: SkillSource, b: SkillSource): number {
  return (
    Number(b.sharesCollaboration) - Number(a.sharesCollaboration) ||
    atLeast(b.available) - atLeast(a.available) ||
    Number(a.available.suppressed) - Number(b.available.suppressed) ||
    atLeast(b.holders) - atLeast(a.holders) ||
    Number(a.holders.suppressed) - Number(b.holders.suppressed) ||
    compare(a.municipalityCode, b.municipalityCode)
  );
}

/** What a count tells for certain: a suppressed one is above zero, so at least one. */
function atLeast(count: ProtectedCount): number {
  return count.suppressed ? 1 : (count.value ?? 0);
}

function thinSkill(
  skillId: string,
  holdings: readonly AreaHolding[],
  minLevel: number,
  rights: AggregateRights,
): ThinSkill {
  const ofSkill = holdings.filter((holding) => holding.skillId === skillId);
  const atLevel = ofSkill.filter(({ level }) => level >= minLevel);
  const named = (list: readonly AreaHolding[]): NamedHolding[] =>
    list
      .filter(({ municipalityCode }) => rights.covers(municipalityCode))
      .sort((a, b) => b.level - a.level || compare(a.personId, b.personId))
      .map(({ personId, municipalityCode, level, availability }) => ({
        personId,
        municipalityCode,
        level,
        availability,
      }));
  const counted = new Map<string, number>();
  for (const { municipalityCode } of atLevel) {
    counted.set(municipalityCode, (counted.get(municipalityCode) ?? 0) + 1);
  }
  return {
    skillId,
    holders: totalOf([...counted].map(([code, count]) => rights.count(code, count))),
    namedHolders: named(atLevel),
    successors: named(ofSkill.filter(({ level }) => level < minLevel)).slice(
      0,
      SUCCESSORS_PER_SKILL,
    ),
  };
}

/**
 * Solved challenges of the area whose every recorded solver is unavailable or works elsewhere
 * now: nobody left to ask.
 */
function orphaned(solvers: readonly SolverRow[], rights: AggregateRights): OrphanedChallenge[] {
  const byChallenge = new Map<string, SolverRow[]>();
  for (const row of solvers) {
    byChallenge.set(row.challengeId, [...(byChallenge.get(row.challengeId) ?? []), row]);
  }
  const result: OrphanedChallenge[] = [];
  for (const [challengeId, rows] of byChallenge) {
    const code = rows[0].municipalityCode;
    const moved = rows.filter(({ worksAt }) => worksAt !== code);
    const stayed = rows.filter(({ worksAt }) => worksAt === code);
    if (stayed.some(({ availability }) => availability !== Availability.UNAVAILABLE)) continue;
    result.push({
      challengeId,
      municipalityCode: code,
      solvers: rights.count(code, rows.length),
      movedAway: rights.count(code, moved.length),
      unavailable: rights.covers(code) ? stayed.map(({ personId }) => personId).sort() : [],
    });
  }
  return result.sort(
    (a, b) =>
      compare(a.municipalityCode, b.municipalityCode) || compare(a.challengeId, b.challengeId),
  );
}

/** One page of the gaps, most severe first, after the cursor (severity, skill id). */
function pageOf(gaps: readonly SkillGap[], page: PageRequest): Page<SkillGap> {
  let start = 0;
  if (page.after) {
    const [afterSeverity, afterId] = page.after;
    const cursor = { severity: Number(afterSeverity), skillId: afterId };
    start = gaps.findIndex((gap) => bySeverity(gap, cursor) > 0);
    if (start === -1) start = gaps.length;
  }
  const items = gaps.slice(start, start + page.first);
  return {
    items,
    hasNextPage: start + page.first < gaps.length,
    totalCount: gaps.length,
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
