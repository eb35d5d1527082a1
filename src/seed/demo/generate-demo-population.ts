import type { ReferenceMunicipality } from '../reference/reference-data';
import { generateAcquaintances } from './acquaintances';
import { generateChallenges } from './challenges';
import { generateExperiences } from './experiences';
import { generatePeople } from './people';
import { SKILL_CATALOGUE } from './skill-catalogue';
import { THEMES } from './themes';
import type { DemoPopulation } from './types';

export interface DemoPopulationOptions {
  /** Same seed, same municipalities → the same population, byte for byte. */
  seed?: number;
  /** Number of people; at least one per municipality. */
  people?: number;
  /** Number of challenges; by default one per five people. */
  challenges?: number;
}

export const DEFAULT_DEMO_SEED = 20250101;
export const DEFAULT_DEMO_PEOPLE = 2000;

/**
 * Generates the fictitious demo population for the given (real) municipalities: people with
 * skills, challenges with required skills, who worked on what, and who knows whom.
 * Deterministic: it uses its own seeded generator and a fixed base date, never Math.random or
 * the clock. Every id starts with `demo-` and every e-mail address ends in @demo.example.nl.
 */
export function generateDemoPopulation(
  municipalities: readonly ReferenceMunicipality[],
  options: DemoPopulationOptions = {},
): DemoPopulation {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const peopleCount = options.people ?? DEFAULT_DEMO_PEOPLE;
  const challengeCount = options.challenges ?? Math.round(peopleCount / 5);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (municipalities.length === 0) throw new RangeError('the demo population needs municipalities');
  if (!Number.isInteger(peopleCount) || peopleCount < municipalities.length) {
    throw new RangeError(
      `people must be a whole number of at least one per municipality (${municipalities.length}), got ${peopleCount}`,
    );
  }
  if (!Number.isInteger(challengeCount) || challengeCount < 0) {
    throw new RangeError(`challenges must be a whole number of at least 0, got ${challengeCount}`);
  }

  const { people, personSkills } = generatePeople(municipalities, peopleCount, seed);
  const { challenges, challengeSkills } = generateChallenges(municipalities, challengeCount, seed);
  const experiences = generateExperiences(
    { municipalities, people, personSkills, challenges, challengeSkills },
    seed,
  );
  const acquaintances = generateAcquaintances(municipalities, people, experiences, seed);

  return {
    themes: THEMES.map((theme) => ({ ...theme })),
    skills: SKILL_CATALOGUE.map((skill) => ({ ...skill, aliases: [...skill.aliases] })),
    people,
    personSkills,
    challenges,
    challengeSkills,
    experiences,
    acquaintances,
  };
}
