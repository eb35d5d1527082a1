import { type ExperienceRecord } from '../experiences/experience.record';
import { Outcome } from '../experiences/experience-role';
import { type AggregateRights, type CountTotal, totalOf } from '../gaps/aggregate-rights';
import { severity, type SkillDemand } from '../gaps/demand';
import { type ProtectedCount, SUPPRESSED } from '../gaps/protected-count';
import { type SkillSupplyRow } from '../gaps/skill-gaps.records';
import {
  type ParticipationRecord,
  type ProgrammeRecord,
  type ProgressRecord,
} from './learning.records';

/** What one programme skill looks like now, and how the programme moved it. */
export interface SkillOutcome {
  readonly skillId: string;
  readonly targetLevel: number;
  /** Participants who recorded progress in the skill. */
  readonly learners: CountTotal;
  /** Of them, those at the target level now. */
  readonly reachedTarget: CountTotal;
  /** Mean of (level now − first level before) over the learners; null while any count is protected. */
  readonly averageGain: number | null;
  /** The area's open challenges needing the skill, weighted as in the skill-gap analysis. */
  readonly demand: number;
  /** People of the area at the target level now, and without those who got there in the programme. */
  readonly holdersNow: CountTotal;
  readonly holdersBefore: CountTotal;
  /** The gap's severity (skill-gap analysis) without and with the programme's gains. */
  readonly severityBefore: number;
  readonly severityNow: number;
}

export interface SolvedComparison {
  /** First and last year of the period before the programme, and of the period since its start. */
  readonly beforeFrom: number;
  readonly beforeTo: number;
  readonly sinceFrom: number;
  readonly sinceTo: number;
  /** Challenges participants solved (WORKED_ON outcome SOLVED, by year) in each period. */
  readonly before: CountTotal;
  readonly since: CountTotal;
  /** Of those since, the ones a participant recorded applying a programme skill to. */
  readonly appliedInProgramme: CountTotal;
}

export interface ProgrammeReport {
  readonly programmeId: string;
  readonly generatedAt: Date;
  readonly kAnonymity: number;
  readonly participants: CountTotal;
  readonly skills: readonly SkillOutcome[];
  readonly solved: SolvedComparison;
}

export interface ReportSources {
  readonly programme: ProgrammeRecord;
  readonly participants: readonly ParticipationRecord[];
  readonly progress: readonly ProgressRecord[];
  /** Each participant's level per skill now. */
  readonly levels: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly experiences: readonly ExperienceRecord[];
  /** Per target level: the demand and supply of the programme's skills in its area. */
  readonly areaSkills: ReadonlyMap<
    number,
    {
      readonly demand: ReadonlyMap<string, SkillDemand>;
      readonly supply: readonly SkillSupplyRow[];
    }
  >;
  readonly rights: AggregateRights;
  readonly now: Date;
}

/**
 * The programme's report: what participants learned, whether the area's gaps in the programme's
 * skills shrank through it, and whether participants solved more challenges since it started
 * than in as many years before. Every count is per municipality first and protected by the
 * caller's rights (K_ANONYMITY), as in the HR analytics.
 */
export function programmeReport(sources: ReportSources): ProgrammeReport {
  const { participants, rights } = sources;
  const municipalityOf = new Map(participants.map((p) => [p.personId, p.municipalityCode]));
  const countBy = (personIds: Iterable<string>): CountTotal => {
    const perMunicipality = new Map<string, number>();
    for (const id of personIds) {
      const code = municipalityOf.get(id);
      if (code !== undefined) perMunicipality.set(code, (perMunicipality.get(code) ?? 0) + 1);
    }
    return totalOf([...perMunicipality].map(([code, n]) => rights.count(code, n)));
  };
  return {
    programmeId: sources.programme.id,
    generatedAt: sources.now,
    kAnonymity: rights.kAnonymity,
    participants: countBy(participants.map(({ personId }) => personId)),
    skills: sources.programme.skills.map((skill) =>
      skillOutcome(skill.skillId, skill.targetLevel, sources, countBy),
    ),
    solved: solvedComparison(sources, countBy),
  };
}

function skillOutcome(
  skillId: string,
  targetLevel: number,
  sources: ReportSources,
  countBy: (personIds: Iterable<string>) => CountTotal,
): SkillOutcome {
  const firstBefore = new Map<string, number>();
  for (const step of sources.progress) {
    if (step.skillId === skillId && !firstBefore.has(step.personId)) {
      firstBefore.set(step.personId, step.levelBefore);
    }
  }
  const levelNow = (personId: string): number => sources.levels.get(personId)?.get(skillId) ?? 0;
  const learners = [...firstBefore.keys()];
  const reached = learners.filter((id) => levelNow(id) >= targetLevel);
  const gainedTarget = reached.filter((id) => (firstBefore.get(id) ?? 0) < targetLevel);
  const learnerCount = countBy(learners);
  const averageGain =
    learners.length > 0 && learnerCount.complete
      ? round(
          learners.reduce((sum, id) => sum + levelNow(id) - (firstBefore.get(id) ?? 0), 0) /
            learners.length,
        )
      : null;

  const area = sources.areaSkills.get(targetLevel);
  const rows = (area?.supply ?? []).filter((row) => row.skillId === skillId);
  const gainedIn = new Map<string, number>();
  for (const id of gainedTarget) {
    const code = sources.participants.find((p) => p.personId === id)?.municipalityCode;
    if (code !== undefined) gainedIn.set(code, (gainedIn.get(code) ?? 0) + 1);
  }
  const codes = new Set([...rows.map((row) => row.municipalityCode), ...gainedIn.keys()]);
  const now = new Map(rows.map((row) => [row.municipalityCode, row]));
  const { rights } = sources;
  const holdersNow = totalOf([...codes].map((c) => rights.count(c, now.get(c)?.holders ?? 0)));
  // A count before the programme is now − the gains. Where the gains are themselves a count the
  // caller may not see (1 to K−1 elsewhere), the count before is suppressed too: shown, it would
  // give those gains back as now − before.
  const before = (c: string, value: number): ProtectedCount => {
    const gained = gainedIn.get(c) ?? 0;
    if (rights.count(c, gained).suppressed) return SUPPRESSED;
    return rights.count(c, Math.max(0, value - gained));
  };
  const holdersBefore = totalOf([...codes].map((c) => before(c, now.get(c)?.holders ?? 0)));
  const availableNow = totalOf([...codes].map((c) => rights.count(c, now.get(c)?.available ?? 0)));
  const availableBefore = totalOf([...codes].map((c) => before(c, now.get(c)?.available ?? 0)));
  const demand = area?.demand.get(skillId)?.weighted ?? 0;
  return {
    skillId,
    targetLevel,
    learners: learnerCount,
    reachedTarget: countBy(reached),
    averageGain,
    demand: round(demand),
    holdersNow,
    holdersBefore,
    severityBefore: round(severity(demand, availableBefore.known)),
    severityNow: round(severity(demand, availableNow.known)),
  };
}

function solvedComparison(
  sources: ReportSources,
  countBy: (personIds: Iterable<string>) => CountTotal,
): SolvedComparison {
  const { programme, now } = sources;
  const sinceFrom = Number((programme.startDate ?? programme.createdAt.toISOString()).slice(0, 4));
  const sinceTo = Math.max(sinceFrom, now.getUTCFullYear());
  const years = sinceTo - sinceFrom + 1;
  const beforeFrom = sinceFrom - years;
  const beforeTo = sinceFrom - 1;
  const solved = sources.experiences.filter((e) => e.outcome === Outcome.SOLVED && e.year !== null);
  const applied = new Set(
    sources.progress
      .filter((step) => step.outcome === Outcome.SOLVED && step.challengeId !== null)
      .map((step) => `${step.personId}|${step.challengeId}`),
  );
  // Counted per solved challenge of a participant (a pair), by the participant's municipality.
  const pairs = (from: number, to: number) =>
    solved.filter(({ year }) => (year as number) >= from && (year as number) <= to);
  const since = pairs(sinceFrom, sinceTo);
  return {
    beforeFrom,
    beforeTo,
    sinceFrom,
    sinceTo,
    before: countBy(pairs(beforeFrom, beforeTo).map(({ personId }) => personId)),
    since: countBy(since.map(({ personId }) => personId)),
    appliedInProgramme: countBy(
      since
        .filter(({ personId, challengeId }) => applied.has(`${personId}|${challengeId}`))
        .map(({ personId }) => personId),
    ),
  };
}

const round = (value: number): number => Math.round(value * 100) / 100;
