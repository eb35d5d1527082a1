import { ChallengeStatus } from '../challenges/challenge-status';
import { type DemandChallenge } from './skill-gaps.records';

/**
 * How much a challenge's need for a skill counts, by its status: an open challenge fully, one in
 * progress a little less (people may already be on it), a solved one (only when asked for by id)
 * little: the knowledge was needed, and may be needed again.
 */
export const STATUS_WEIGHT: Readonly<Record<ChallengeStatus, number>> = {
  [ChallengeStatus.OPEN]: 1,
  [ChallengeStatus.IN_PROGRESS]: 0.75,
  [ChallengeStatus.SOLVED]: 0.25,
};

/** A challenge's weight halves with every this many years since it was recorded. */
export const RECENCY_HALF_LIFE_YEARS = 2;

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

const DAY_MS = 24 * 3600 * 1000;

/**
 * The weight of one challenge in the demand for its required skills, on the day of `now`: age
 * is counted from the start of that (UTC) day, so a report's severities, and with them the
 * cursors of its pages, stay the same all day.
 */
export function challengeWeight(challenge: DemandChallenge, now: Date): number {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const ageYears = Math.max(0, (today - challenge.createdAt.getTime()) / YEAR_MS);
  return STATUS_WEIGHT[challenge.status] * 0.5 ** (ageYears / RECENCY_HALF_LIFE_YEARS);
}

export interface SkillDemand {
  readonly skillId: string;
  /** The challenges that require the skill, by id. */
  readonly challengeIds: readonly string[];
  /** Their weights summed (challengeWeight). */
  readonly weighted: number;
}

/** Per required skill, the challenges needing it and their weight; by skill id. */
export function demandPerSkill(
  challenges: readonly DemandChallenge[],
  now: Date,
): Map<string, SkillDemand> {
  const demand = new Map<string, { challengeIds: string[]; weighted: number }>();
  for (const challenge of challenges) {
    const weight = challengeWeight(challenge, now);
    for (const skillId of challenge.requiredSkillIds) {
      const entry = demand.get(skillId) ?? { challengeIds: [], weighted: 0 };
      entry.challengeIds.push(challenge.id);
      entry.weighted += weight;
      demand.set(skillId, entry);
    }
  }
  return new Map(
    [...demand].map(([skillId, { challengeIds, weighted }]) => [
      skillId,
      { skillId, challengeIds: challengeIds.sort(), weighted },
    ]),
  );
}

/**
 * How badly a skill is lacking: the weighted demand for it over one more than the people
 * available to meet it, so that demand nobody can meet ranks highest and a skill many available
 * people hold ranks low. `available` is what the caller may know (suppressed counts left out),
 * so a gap is never ranked lower than the caller's own knowledge supports.
 */
export function severity(weightedDemand: number, available: number): number {
  return weightedDemand / (1 + available);
}

/** Ordering of gaps: most severe first, then by skill id (stable over pages). */
export function bySeverity(
  a: { readonly severity: number; readonly skillId: string },
  b: { readonly severity: number; readonly skillId: string },
): number {
  return b.severity - a.severity || (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0);
}
