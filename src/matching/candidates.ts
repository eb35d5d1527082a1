import { Availability } from '../people/models/availability.enum';
import {
  type ChallengeContext,
  type ExperienceFact,
  experienceKey,
  type MunicipalityContext,
  type PersonContext,
  type SkillHolder,
} from './matching.records';
import {
  availabilityFactor,
  documentEvidence,
  documentRelevance,
  experienceQuality,
  likenessSignal,
  type MunicipalityProfile,
  scaleByMax,
  type Signals,
  skillSignal,
  themeSignal,
  weightedScore,
} from './scoring';
import { type ScoringWeights } from './scoring-weights';

/** A challenge similar to the asked one, with its similarity (0..1). */
export interface MatchedChallengeContext {
  readonly challenge: ChallengeContext;
  readonly similarity: number;
}

/** One experience of a candidate that speaks to the question: a similar challenge, or lessons. */
export interface CandidateMatch extends ExperienceFact {
  readonly challenge: ChallengeContext;
  /** Of the challenge to the asked one (0..1); 0 when only the lessons match. */
  readonly similarity: number;
  /** How well the lessons match the question's words (0..1); 0 without lessons or match. */
  readonly lessonRelevance: number;
  /** Document relevance × quality: how much this experience adds to the experience signal. */
  readonly weight: number;
}

/** The documents a question found: similar challenges, and experiences by their lessons. */
export interface FoundDocuments {
  /** The similar challenges, by id. */
  readonly matched: ReadonlyMap<string, MatchedChallengeContext>;
  /** Every challenge read for the question (also those found through lessons only), by id. */
  readonly challenges: ReadonlyMap<string, ChallengeContext>;
  /** Lesson relevance (0..1) by experienceKey; only experiences whose lessons matched. */
  readonly lessons: ReadonlyMap<string, number>;
}

/** How experiences become the experience signal (RecommendSettings). */
export interface EvidenceSettings {
  /** The weight of lesson relevance in an experience's relevance (scoring.ts, documentRelevance). */
  readonly lessonShare: number;
  /** How many of a person's best experiences count (scoring.ts, documentEvidence). */
  readonly evidenceDocuments: number;
}

/** A person the asker may see, with their municipality and their levels in the wanted skills. */
export interface EligiblePerson {
  readonly person: PersonContext;
  readonly municipality: MunicipalityContext;
  /** Wanted skill id → level (1..5), for the wanted skills the person has. */
  readonly levels: ReadonlyMap<string, number>;
}

/** A person who may be recommended, with everything the score and the reasons need. */
export interface Candidate extends EligiblePerson {
  /** Most telling first. */
  readonly matches: readonly CandidateMatch[];
  /** Every signal but reachability, which needs the introduction path. */
  readonly signals: Signals;
}

/** What is asked: the theme, the wanted skills with their rarity, the asking municipality. */
export interface Question {
  readonly theme: string | null;
  /** Wanted skill id → rarity (IDF). */
  readonly rarity: ReadonlyMap<string, number>;
  readonly asking: MunicipalityContext | null;
  readonly referenceYear: number;
}

export const profileOf = (municipality: MunicipalityContext): MunicipalityProfile => ({
  code: municipality.code,
  population: municipality.population,
  collaborationIds: municipality.collaborations.map((collaboration) => collaboration.id),
});

/**
 * The signals of each eligible person. Experience is document-centric (the person's best
 * experiences, each a document: the challenge and the lessons written on it), scaled by the
 * largest among these people, so the best-evidenced expert of this question scores 1.
 */
export function buildCandidates(
  people: readonly EligiblePerson[],
  experiences: readonly ExperienceFact[],
  documents: FoundDocuments,
  question: Question,
  settings: EvidenceSettings,
): Candidate[] {
  const matchesOf = new Map<string, CandidateMatch[]>();
  for (const experience of experiences) {
    const match = documents.matched.get(experience.challengeId);
    const lessonRelevance =
      documents.lessons.get(experienceKey(experience.personId, experience.challengeId)) ?? 0;
    const challenge = match?.challenge ?? documents.challenges.get(experience.challengeId);
    if (!challenge || (!match && lessonRelevance === 0)) continue;
    const similarity = match?.similarity ?? 0;
    const weight =
      documentRelevance(similarity, lessonRelevance, settings.lessonShare) *
      experienceQuality(experience, question.referenceYear);
    const list = matchesOf.get(experience.personId) ?? [];
    list.push({ ...experience, challenge, similarity, lessonRelevance, weight });
    matchesOf.set(experience.personId, list);
  }
  const experience = scaleByMax(
    new Map(
      people.map(({ person }) => [
        person.id,
        documentEvidence(
          (matchesOf.get(person.id) ?? []).map((match) => match.weight),
          settings.evidenceDocuments,
        ),
      ]),
    ),
  );
  const asking = question.asking && profileOf(question.asking);
  return people.map(({ person, municipality, levels }) => ({
    person,
    municipality,
    levels,
    matches: (matchesOf.get(person.id) ?? []).sort(
      (a, b) =>
        b.weight - a.weight ||
        b.similarity - a.similarity ||
        a.challengeId.localeCompare(b.challengeId),
    ),
    signals: {
      experience: experience.get(person.id) ?? 0,
      skills: skillSignal(question.rarity, levels),
      theme: themeSignal(person.challengeThemes, question.theme),
      likeness: likenessSignal(asking, profileOf(municipality)),
      reachability: 0,
    },
  }));
}

/**
 * The `count` people with the highest skill signal by their holder rows (ties by id): the
 * candidates that come from skills alone. Someone cut from one skill's holders (by level) counts
 * a little low here; the score itself uses their real levels (skillLevels).
 */
export function bestSkillHolders(
  holders: readonly SkillHolder[],
  rarity: ReadonlyMap<string, number>,
  count: number,
): string[] {
  const levels = new Map<string, Map<string, number>>();
  for (const { personId, skillId, level } of holders) {
    levels.set(personId, (levels.get(personId) ?? new Map<string, number>()).set(skillId, level));
  }
  return [...levels]
    .map(([id, held]) => ({ id, signal: skillSignal(rarity, held) }))
    .sort((a, b) => b.signal - a.signal || a.id.localeCompare(b.id))
    .slice(0, count)
    .map(({ id }) => id);
}

/**
 * The score of a candidate with the given reachability, LIMITED availability discounted and
 * `standing` applied: what earlier introductions say of them and how many wait (scoring.ts).
 */
export function scoreOf(
  candidate: Candidate,
  reachability: number,
  weights: ScoringWeights,
  standing = 1,
): number {
  return (
    weightedScore({ ...candidate.signals, reachability }, weights) *
    availabilityFactor(candidate.person.availability) *
    standing
  );
}

export const isUnavailable = (candidate: Candidate): boolean =>
  candidate.person.availability === Availability.UNAVAILABLE;
