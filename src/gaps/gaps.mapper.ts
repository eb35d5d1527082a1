import { toConnection } from '../common/pagination/connection';
import { type MunicipalityRecord } from '../municipalities/municipality.record';
import { toCollaboration } from '../collaborations/collaborations.mapper';
import { toMunicipality } from '../municipalities/municipalities.resolver';
import { toSkill } from '../skills/skills.mapper';
import {
  type Area,
  type KnowledgeAtRisk as KnowledgeAtRiskRecord,
  type SkillCoverageResult,
  type SkillGap as SkillGapRecord,
  type SkillGapReport as SkillGapReportRecord,
} from './skill-gaps.service';
import { type KnowledgeAtRisk } from './models/knowledge-at-risk.model';
import { type SkillCoverage } from './models/skill-coverage.model';
import { type SkillGap, type SkillGapReport } from './models/skill-gap.model';

/** A gap's keyset position: severity (descending), then skill id. */
export const gapSortKey = (gap: SkillGapRecord): [number, string] => [gap.severity, gap.skillId];

function areaFields(area: Area) {
  return {
    municipality: area.municipality && toMunicipality(area.municipality),
    collaboration: area.collaboration && toCollaboration(area.collaboration),
    municipalities: area.municipalities.map((each: MunicipalityRecord) => toMunicipality(each)),
  };
}

function toSkillGap(gap: SkillGapRecord): SkillGap {
  return {
    skillId: gap.skillId,
    demand: {
      challengeCount: gap.demand.challengeIds.length,
      weighted: gap.demand.weighted,
      challengeIds: gap.demand.challengeIds,
    },
    holders: gap.holders,
    available: gap.available,
    byMunicipality: gap.byMunicipality.map((each) => ({ ...each })),
    coverage: gap.coverage,
    severity: gap.severity,
    sources: gap.sources.map((each) => ({ ...each })),
  };
}

export function toSkillGapReport(report: SkillGapReportRecord): SkillGapReport {
  return {
    ...areaFields(report.area),
    minLevel: report.minLevel,
    kAnonymity: report.kAnonymity,
    challengeCount: report.challengeCount,
    generatedAt: report.generatedAt,
    gaps: toConnection<SkillGapRecord, SkillGap>(report.gaps, gapSortKey, toSkillGap),
  };
}

export function toKnowledgeAtRisk(report: KnowledgeAtRiskRecord): KnowledgeAtRisk {
  return {
    ...areaFields(report.area),
    minLevel: report.minLevel,
    kAnonymity: report.kAnonymity,
    generatedAt: report.generatedAt,
    thinSkills: report.thinSkills.map((skill) => ({
      skillId: skill.skillId,
      holders: skill.holders,
      namedHolders: skill.namedHolders.map((holding) => ({ ...holding })),
      successors: skill.successors.map((holding) => ({ ...holding })),
    })),
    orphanedChallenges: report.orphanedChallenges.map((challenge) => ({
      challengeId: challenge.challengeId,
      solvers: challenge.solvers,
      movedAway: challenge.movedAway,
      unavailableIds: challenge.unavailable,
    })),
  };
}

export function toSkillCoverage({ area, skills, matrix }: SkillCoverageResult): SkillCoverage {
  if (!area.collaboration) throw new Error('A skill coverage is always of a collaboration');
  return {
    collaboration: toCollaboration(area.collaboration),
    municipalities: area.municipalities.map((each) => toMunicipality(each)),
    skills: skills.map((skill) => toSkill(skill)),
    minLevel: matrix.minLevel,
    kAnonymity: matrix.kAnonymity,
    generatedAt: matrix.generatedAt,
    cells: matrix.municipalities.flatMap(({ code }, row) =>
      matrix.skills.map(({ id }, column) => ({
        municipalityCode: code,
        skillId: id,
        ...matrix.cells[row][column],
      })),
    ),
  };
}
