import type { ReferenceMunicipality } from '../reference/reference-data';
import { isoTimestamp, momentInYear } from './dates';
import { Random } from './prng';
import { DESCRIPTION_CLOSINGS } from './texts/common-texts';
import { CHALLENGE_FAMILIES, type ThemedFamily } from './texts';
import { fillTemplate, sentenceCount } from './text-format';
import type { ChallengeStatus, DemoChallenge, DemoChallengeSkill } from './types';

export const MAX_TITLE_LENGTH = 120;

/** Share of challenges titled with the plain family name instead of a wording's own title. */
export const GENERIC_TITLE_SHARE = 0.2;

export const STATUS: Readonly<Record<ChallengeStatus, number>> = {
  SOLVED: 0.4,
  IN_PROGRESS: 0.35,
  OPEN: 0.25,
};

// The year work on a challenge started: solved ones are older, open ones recent.
export const START_YEARS: Readonly<Record<ChallengeStatus, readonly [number, number]>> = {
  SOLVED: [2015, 2023],
  IN_PROGRESS: [2019, 2024],
  OPEN: [2022, 2024],
};

export interface GeneratedChallenges {
  challenges: DemoChallenge[];
  challengeSkills: DemoChallengeSkill[];
}

export function demoChallengeId(index: number, total: number): string {
  return `demo-challenge-${String(index + 1).padStart(Math.max(4, String(total).length), '0')}`;
}

/**
 * Writes `count` challenges. Families are used in turn so each gets about the same number of
 * challenges, and each use of a family takes its next wording, so the same problem shows up in
 * different municipalities in different words.
 */
export function generateChallenges(
  municipalities: readonly ReferenceMunicipality[],
  count: number,
  seed: number,
): GeneratedChallenges {
  const random = new Random(seed, 'challenges');
  // Larger municipalities register more challenges, but less than in proportion to size.
  const municipalityWeights = municipalities.map((m) => Math.sqrt(m.population));
  const usesPerFamily = new Map<string, number>();
  const firstWording = new Map(CHALLENGE_FAMILIES.map((f) => [f.id, random.int(0, 99)]));
  const takenPairs = new Set<string>();
  const challenges: DemoChallenge[] = [];
  const challengeSkills: DemoChallengeSkill[] = [];

  let order: ThemedFamily[] = [];
  for (let i = 0; i < count; i += 1) {
    if (order.length === 0) order = random.shuffle(CHALLENGE_FAMILIES);
    const family = order.pop() as ThemedFamily;
    const use = usesPerFamily.get(family.id) ?? 0;
    usesPerFamily.set(family.id, use + 1);
    const wording =
      family.wordings[((firstWording.get(family.id) ?? 0) + use) % family.wordings.length];

    // Prefer a municipality that does not already face this family.
    let municipality = random.weighted(municipalities, municipalityWeights);
    for (
      let attempt = 0;
      attempt < 5 && takenPairs.has(`${municipality.code}|${family.id}`);
      attempt += 1
    ) {
      municipality = random.weighted(municipalities, municipalityWeights);
    }
    takenPairs.add(`${municipality.code}|${family.id}`);

    const id = demoChallengeId(i, count);
    const status = random.weightedKey(STATUS);
    const [fromYear, toYear] = START_YEARS[status];
    const values = { gemeente: municipality.name };
    const title = random.chance(GENERIC_TITLE_SHARE) ? family.name : random.pick(wording.titles);

    challenges.push({
      id,
      title: writeTitle(random, fillTemplate(title, values), municipality.name),
      description: writeDescription(random, fillTemplate(wording.description, values), status),
      theme: family.theme,
      status,
      municipalityCode: municipality.code,
      createdAt: isoTimestamp(momentInYear(random, random.int(fromYear, toYear))),
      familyId: family.id,
    });
    for (const requirement of chooseRequirements(random, family)) {
      challengeSkills.push({ challengeId: id, ...requirement });
    }
  }
  return { challenges, challengeSkills };
}

/** Sometimes names the place, as people do in titles; never longer than MAX_TITLE_LENGTH. */
export function writeTitle(random: Random, title: string, municipalityName: string): string {
  const withPlace = `${title} in ${municipalityName}`;
  if (
    !title.includes(municipalityName) &&
    withPlace.length <= MAX_TITLE_LENGTH &&
    random.chance(0.2)
  ) {
    return withPlace;
  }
  return title.length <= MAX_TITLE_LENGTH ? title : `${title.slice(0, MAX_TITLE_LENGTH - 1)}…`;
}

/** The family wording, often followed by a sentence about where the municipality stands. */
export function writeDescription(
  random: Random,
  description: string,
  status: ChallengeStatus,
): string {
  if (sentenceCount(description) >= 4 || !random.chance(0.6)) return description;
  return `${description} ${random.pick(DESCRIPTION_CLOSINGS[status])}`;
}

/**
 * Two to five of the family's skills. The first, most essential skill is always required;
 * the first two weigh more than the rest.
 */
export function chooseRequirements(
  random: Random,
  family: ThemedFamily,
): Omit<DemoChallengeSkill, 'challengeId'>[] {
  const howMany = random.int(2, Math.min(5, family.skills.length));
  const [essential, ...rest] = family.skills;
  const chosen = [essential, ...random.sample(rest, howMany - 1)];
  return chosen.map((skillId) => {
    const central = family.skills.indexOf(skillId) < 2;
    const weight = central ? random.int(16, 20) * 0.05 : random.int(10, 16) * 0.05;
    return { skillId, weight: Math.round(weight * 100) / 100 };
  });
}
