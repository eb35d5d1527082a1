import type { ReferenceMunicipality } from '../reference/reference-data';
import { yearOf } from './dates';
import { Random } from './prng';
import { LESSONS_LEARNED } from './texts/common-texts';
import type {
  ChallengeStatus,
  DemoChallenge,
  DemoChallengeSkill,
  DemoExperience,
  DemoPerson,
  DemoPersonSkill,
  ExperienceRole,
  Outcome,
} from './types';

export interface ExperienceInput {
  municipalities: readonly ReferenceMunicipality[];
  people: readonly DemoPerson[];
  personSkills: readonly DemoPersonSkill[];
  challenges: readonly DemoChallenge[];
  challengeSkills: readonly DemoChallengeSkill[];
}

// How many people worked on a challenge, by status: about three on average.
export const PARTICIPANTS: Readonly<Record<ChallengeStatus, Readonly<Record<number, number>>>> = {
  SOLVED: { 2: 0.2, 3: 0.3, 4: 0.3, 5: 0.2 },
  IN_PROGRESS: { 2: 0.3, 3: 0.4, 4: 0.3 },
  OPEN: { 0: 0.15, 1: 0.25, 2: 0.35, 3: 0.25 },
};

export const OUTCOMES: Readonly<Record<ChallengeStatus, Readonly<Record<Outcome, number>>>> = {
  SOLVED: { SOLVED: 0.75, PARTIAL: 0.18, ONGOING: 0, FAILED: 0.07 },
  IN_PROGRESS: { SOLVED: 0.05, PARTIAL: 0.2, ONGOING: 0.65, FAILED: 0.1 },
  // Work on an open challenge: an earlier attempt that failed or only got part of the way.
  OPEN: { SOLVED: 0, PARTIAL: 0.3, ONGOING: 0.25, FAILED: 0.45 },
};

export type Reach = 'municipality' | 'province' | 'country';

// Where the people on a challenge come from: the lead mostly from the municipality itself,
// advisers more often from elsewhere in the province.
export const REACH_BY_ROLE: Readonly<Record<ExperienceRole, Readonly<Record<Reach, number>>>> = {
  LEAD: { municipality: 0.75, province: 0.2, country: 0.05 },
  MEMBER: { municipality: 0.55, province: 0.3, country: 0.15 },
  ADVISOR: { municipality: 0.25, province: 0.45, country: 0.3 },
};

/** Share of participants chosen for their skills; the rest are colleagues without them. */
export const SKILLED_SHARE = 0.85;

/** Indexes to find people by place and skill without scanning everyone. */
class PeopleIndex {
  private readonly byKey = new Map<string, number[]>();
  readonly skillsOf: Map<string, number>[];
  private readonly provinceOf: Map<string, string>;

  constructor(input: ExperienceInput) {
    this.provinceOf = new Map(input.municipalities.map((m) => [m.code, m.province]));
    const position = new Map(input.people.map((p, i) => [p.id, i]));
    this.skillsOf = input.people.map(() => new Map<string, number>());
    for (const { personId, skillId, level } of input.personSkills) {
      const index = position.get(personId);
      if (index !== undefined) this.skillsOf[index].set(skillId, level);
    }
    input.people.forEach((person, index) => {
      const province = this.province(person.municipalityCode);
      this.push(`m|${person.municipalityCode}`, index);
      this.push(`p|${province}`, index);
      this.push('c|', index);
      for (const skillId of this.skillsOf[index].keys()) {
        this.push(`m|${person.municipalityCode}|${skillId}`, index);
        this.push(`p|${province}|${skillId}`, index);
        this.push(`c||${skillId}`, index);
      }
    });
  }

  province(code: string): string {
    return this.provinceOf.get(code) ?? '';
  }

  /** People within reach of a municipality, optionally with a skill. */
  within(reach: Reach, code: string, skillId?: string): readonly number[] {
    const place =
      reach === 'municipality'
        ? `m|${code}`
        : reach === 'province'
          ? `p|${this.province(code)}`
          : 'c|';
    return this.byKey.get(skillId === undefined ? place : `${place}|${skillId}`) ?? [];
  }

  private push(key: string, index: number): void {
    const list = this.byKey.get(key);
    if (list) list.push(index);
    else this.byKey.set(key, [index]);
  }
}

/**
 * Who worked on which challenge. Mostly people who hold the skills the challenge requires, from
 * the challenge's own municipality or another municipality in the same province; outcomes follow
 * the challenge's status.
 */
export function generateExperiences(input: ExperienceInput, seed: number): DemoExperience[] {
  const random = new Random(seed, 'experiences');
  const index = new PeopleIndex(input);
  const requirements = new Map<string, DemoChallengeSkill[]>();
  for (const requirement of input.challengeSkills) {
    const list = requirements.get(requirement.challengeId) ?? [];
    list.push(requirement);
    requirements.set(requirement.challengeId, list);
  }

  const experiences: DemoExperience[] = [];
  for (const challenge of input.challenges) {
    const required = requirements.get(challenge.id) ?? [];
    const startYear = yearOf(Date.parse(challenge.createdAt));
    const howMany = Number(random.weightedKey(PARTICIPANTS[challenge.status]));
    const chosen = new Set<number>();

    for (let slot = 0; slot < howMany; slot += 1) {
      const role: ExperienceRole = slot === 0 ? 'LEAD' : random.chance(0.65) ? 'MEMBER' : 'ADVISOR';
      const personIndex = choosePerson(
        random,
        index,
        challenge.municipalityCode,
        role,
        required,
        chosen,
      );
      if (personIndex === null) break;
      chosen.add(personIndex);

      const outcome = random.weightedKey(OUTCOMES[challenge.status]);
      experiences.push({
        personId: input.people[personIndex].id,
        challengeId: challenge.id,
        role,
        outcome,
        year: random.chance(0.95) ? experienceYear(random, startYear, outcome) : null,
        lessonsLearned: random.chance(0.5) ? random.pick(LESSONS_LEARNED[outcome]) : null,
      });
    }
  }
  return experiences;
}

export function experienceYear(random: Random, startYear: number, outcome: Outcome): number {
  // Ongoing work is recent; finished work took up to two years from the start.
  if (outcome === 'ONGOING') return random.int(Math.max(startYear, 2023), 2025);
  return Math.min(2025, startYear + random.int(0, 2));
}

/**
 * Picks someone not yet on the challenge: first decides how far away (by role), then looks for
 * a holder of one of the required skills there, widening the search when nobody qualifies.
 * Of a few candidates the one holding most required skills wins.
 */
function choosePerson(
  random: Random,
  index: PeopleIndex,
  code: string,
  role: ExperienceRole,
  required: readonly DemoChallengeSkill[],
  chosen: ReadonlySet<number>,
): number | null {
  const reaches: Reach[] = ['municipality', 'province', 'country'];
  const start = reaches.indexOf(random.weightedKey(REACH_BY_ROLE[role]));
  const skilled = required.length > 0 && random.chance(SKILLED_SHARE);

  for (const reach of reaches.slice(start)) {
    const candidates: number[] = [];
    for (let attempt = 0; attempt < 8 && candidates.length < 3; attempt += 1) {
      const skillId = skilled
        ? random.weighted(
            required,
            required.map((r) => r.weight),
          ).skillId
        : undefined;
      const pool = index.within(reach, code, skillId);
      if (pool.length === 0) continue;
      const candidate = random.pick(pool);
      if (!chosen.has(candidate) && !candidates.includes(candidate)) candidates.push(candidate);
    }
    if (candidates.length > 0) {
      return candidates.reduce((best, c) =>
        matchScore(index, c, required) > matchScore(index, best, required) ? c : best,
      );
    }
  }
  return null;
}

function matchScore(
  index: PeopleIndex,
  person: number,
  required: readonly DemoChallengeSkill[],
): number {
  const skills = index.skillsOf[person];
  return required.reduce(
    (sum, r) => sum + (skills.has(r.skillId) ? 10 + (skills.get(r.skillId) ?? 0) : 0),
    0,
  );
}
