import { type ChallengeWork, type ProgrammeSkill } from './learning.records';

/** A person who could take part, as the suggestion sees them. */
export interface LearnerCandidate {
  readonly personId: string;
  readonly name: string;
  /** Their level per programme skill (missing: 0). */
  readonly levels: ReadonlyMap<string, number>;
  readonly wantsToLearn: ReadonlySet<string>;
  /** Open or in-progress challenges they work on that need the skills or that the programme addresses. */
  readonly work: readonly ChallengeWork[];
}

export interface SkillNeed {
  readonly skillId: string;
  readonly level: number;
  readonly targetLevel: number;
  /** A challenge they work on needs it. */
  readonly needed: boolean;
  readonly wanted: boolean;
}

export interface ParticipantSuggestion {
  readonly personId: string;
  readonly score: number;
  readonly reasons: readonly string[];
  /** The programme skills they lack, most lacking first. */
  readonly skills: readonly SkillNeed[];
  readonly challengeIds: readonly string[];
}

export interface SuggestionContext {
  readonly skills: readonly ProgrammeSkill[];
  readonly addressedChallengeIds: ReadonlySet<string>;
  /** The severity of each skill's gap in the programme's area (skill-gap analysis), 0 if none. */
  readonly gapSeverity: ReadonlyMap<string, number>;
  readonly skillName: (id: string) => string;
  readonly challengeTitle: (id: string) => string;
}

/** How much a skill counts when only wanted, not needed by current work. */
const WANTED_ONLY = 0.6;
/** The extra weight of a skill someone says they want to learn. */
const WANTED_BONUS = 1.5;

/**
 * Who should take part: people whose current work needs a programme skill, or who want to learn
 * one, and who lack it (below the target level). Each lacking skill counts by how far below the
 * target they are, whether their work needs it or they only want it, and how severe the area's
 * gap in it is (a skill the area lacks most counts up to twice as much). Best first, then id.
 */
export function suggestParticipants(
  candidates: readonly LearnerCandidate[],
  context: SuggestionContext,
): ParticipantSuggestion[] {
  const maxSeverity = Math.max(0, ...context.gapSeverity.values());
  const suggestions: ParticipantSuggestion[] = [];
  for (const candidate of candidates) {
    const neededBy = neededSkills(candidate.work, context);
    const lacking: SkillNeed[] = [];
    let score = 0;
    for (const { skillId, targetLevel } of context.skills) {
      const level = candidate.levels.get(skillId) ?? 0;
      const needed = neededBy.has(skillId);
      const wanted = candidate.wantsToLearn.has(skillId);
      if (level >= targetLevel || (!needed && !wanted)) continue;
      const severityShare =
        maxSeverity > 0 ? (context.gapSeverity.get(skillId) ?? 0) / maxSeverity : 0;
      score +=
        ((targetLevel - level) / targetLevel) *
        (needed ? 1 : WANTED_ONLY) *
        (wanted ? WANTED_BONUS : 1) *
        (1 + severityShare);
      lacking.push({ skillId, level, targetLevel, needed, wanted });
    }
    if (lacking.length === 0) continue;
    lacking.sort(
      (a, b) =>
        b.targetLevel - b.level - (a.targetLevel - a.level) || compare(a.skillId, b.skillId),
    );
    suggestions.push({
      personId: candidate.personId,
      score: Math.round(score * 1000) / 1000,
      reasons: reasonsFor(candidate, lacking, neededBy, context),
      skills: lacking,
      challengeIds: [...new Set(candidate.work.map(({ challengeId }) => challengeId))].sort(),
    });
  }
  return suggestions.sort((a, b) => b.score - a.score || compare(a.personId, b.personId));
}

/** Per programme skill, the challenges of the person's work that need it. */
function neededSkills(
  work: readonly ChallengeWork[],
  context: SuggestionContext,
): Map<string, string[]> {
  const programmeSkills = new Set(context.skills.map(({ skillId }) => skillId));
  const needed = new Map<string, string[]>();
  for (const { challengeId, requiredSkillIds } of work) {
    // A challenge the programme addresses needs every skill the programme builds.
    const skills = context.addressedChallengeIds.has(challengeId)
      ? [...programmeSkills]
      : requiredSkillIds.filter((id) => programmeSkills.has(id));
    for (const skillId of skills)
      needed.set(skillId, [...(needed.get(skillId) ?? []), challengeId]);
  }
  return needed;
}

function reasonsFor(
  candidate: LearnerCandidate,
  lacking: readonly SkillNeed[],
  neededBy: ReadonlyMap<string, readonly string[]>,
  context: SuggestionContext,
): string[] {
  const reasons: string[] = [];
  for (const need of lacking) {
    const skill = context.skillName(need.skillId);
    const challenges = [...new Set(neededBy.get(need.skillId) ?? [])].sort();
    const level =
      need.level === 0
        ? `heeft ${skill} nog niet (doel: niveau ${need.targetLevel})`
        : `heeft ${skill} op niveau ${need.level}, het programma mikt op ${need.targetLevel}`;
    const parts = [level];
    if (challenges.length > 0) {
      const titles = challenges.slice(0, 2).map((id) => `"${context.challengeTitle(id)}"`);
      parts.push(`werkt aan ${titles.join(' en ')}, dat ${skill} vraagt`);
    }
    if (need.wanted) parts.push(`wil ${skill} leren`);
    if ((context.gapSeverity.get(need.skillId) ?? 0) > 0) {
      parts.push(`${skill} is een tekort in de deelnemende gemeenten`);
    }
    reasons.push(`${candidate.name} ${parts.join('; ')}.`);
  }
  return reasons;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
