import type { ReferenceMunicipality } from '../reference/reference-data';
import { allocateProportionally } from './allocation';
import { dayBetween, isoDate, isoTimestamp, momentBeforeBase, yearOf } from './dates';
import { DEMO_EMAIL_DOMAIN, inventName } from './names';
import { Random } from './prng';
import { SKILL_CATALOGUE, skillIdsOfTheme } from './skill-catalogue';
import { BIO_OPENINGS, BIO_SKILL_SENTENCES } from './texts/common-texts';
import { CHALLENGE_FAMILIES, THEME_TEXTS, type PersonProfile } from './texts';
import { THEME_WEIGHTS, type ThemeId } from './themes';
import { fillTemplate, lowerFirst } from './text-format';
import type { Availability, DemoPerson, DemoPersonSkill, Visibility } from './types';

export const AVAILABILITY: Readonly<Record<Availability, number>> = {
  AVAILABLE: 0.7,
  LIMITED: 0.2,
  UNAVAILABLE: 0.1,
};

export const VISIBILITY: Readonly<Record<Visibility, number>> = {
  NETWORK: 0.7,
  COLLABORATIONS: 0.2,
  MUNICIPALITY: 0.1,
};

// How many skills a person lists (3..8), most list four to six.
export const SKILL_COUNTS = [3, 4, 5, 6, 7, 8] as const;
export const SKILL_COUNT_WEIGHTS = [1, 3, 4, 3, 2, 1] as const;

const SKILL_NAMES = new Map(SKILL_CATALOGUE.map((skill) => [skill.id, skill.name]));

export interface GeneratedPeople {
  people: DemoPerson[];
  personSkills: DemoPersonSkill[];
}

export function demoPersonId(index: number, total: number): string {
  return `demo-person-${String(index + 1).padStart(Math.max(4, String(total).length), '0')}`;
}

/**
 * Invents `count` people spread over the municipalities in proportion to population (at least
 * one each). Each person has one job profile in one theme, which drives their title, department,
 * bio and most of their skills; some also hold a few skills of a related theme.
 */
export function generatePeople(
  municipalities: readonly ReferenceMunicipality[],
  count: number,
  seed: number,
): GeneratedPeople {
  const random = new Random(seed, 'people');
  const perMunicipality = allocateProportionally(
    municipalities.map((m) => m.population),
    count,
  );
  const emailsTaken = new Map<string, number>();
  const people: DemoPerson[] = [];
  const personSkills: DemoPersonSkill[] = [];

  municipalities.forEach((municipality, m) => {
    for (let k = 0; k < perMunicipality[m]; k += 1) {
      const id = demoPersonId(people.length, count);
      const theme = random.weightedKey(THEME_WEIGHTS);
      const profile = random.pick(THEME_TEXTS[theme].profiles);
      const skills = chooseSkills(random, theme, profile);
      const createdMs = momentBeforeBase(random, 1, 3 * 365);
      const sinceMs = random.chance(0.92)
        ? dayBetween(random, Date.UTC(1995, 0, 1), createdMs)
        : null;
      const name = inventName(random);
      const title = chooseTitle(random, profile);

      people.push({
        id,
        name: name.full,
        email: uniqueEmail(name.emailLocal, emailsTaken),
        title,
        bio: writeBio(random, {
          title,
          municipality: municipality.name,
          focus: profile.focus,
          sinceYear: sinceMs === null ? null : yearOf(sinceMs),
          // Strongest skills first, so the bio names what the person is best at.
          skillNames: [...skills]
            .sort((a, b) => b[1] - a[1])
            .map(([skillId]) => SKILL_NAMES.get(skillId) ?? skillId),
        }),
        availability: random.weightedKey(AVAILABILITY),
        visibility: random.weightedKey(VISIBILITY),
        municipalityCode: municipality.code,
        department: profile.department,
        since: sinceMs === null ? null : isoDate(sinceMs),
        createdAt: isoTimestamp(createdMs),
      });
      for (const [skillId, level] of skills) personSkills.push({ personId: id, skillId, level });
    }
  });
  return { people, personSkills };
}

// Skills that go together in practice: the same challenge family needs them.
export const RELATED_SKILLS: ReadonlyMap<string, readonly string[]> = (() => {
  const related = new Map<string, Set<string>>();
  for (const family of CHALLENGE_FAMILIES) {
    for (const skill of family.skills) {
      const set = related.get(skill) ?? new Set<string>();
      for (const other of family.skills) if (other !== skill) set.add(other);
      related.set(skill, set);
    }
  }
  return new Map([...related].map(([skill, set]) => [skill, [...set]]));
})();

/**
 * Skills with levels: the core of the job profile at a high level, sometimes one or two skills
 * that go with the core (possibly of another theme), and the rest from the same theme.
 */
function chooseSkills(random: Random, theme: ThemeId, profile: PersonProfile): Map<string, number> {
  const total = random.weighted(SKILL_COUNTS, SKILL_COUNT_WEIGHTS);
  const skills = new Map<string, number>();
  const add = (
    ids: readonly string[],
    howMany: number,
    minLevel: number,
    maxLevel: number,
  ): void => {
    const fresh = [...new Set(ids)].filter((id) => !skills.has(id));
    for (const id of random.sample(fresh, Math.min(howMany, total - skills.size))) {
      skills.set(id, random.int(minLevel, maxLevel));
    }
  };

  add(profile.skills, random.int(2, Math.min(4, profile.skills.length)), 3, 5);
  if (random.chance(0.55)) {
    const nextToCore = [...skills.keys()].flatMap((id) => RELATED_SKILLS.get(id) ?? []);
    add(nextToCore, random.int(1, 2), 2, 4);
  }
  add(skillIdsOfTheme(theme), total - skills.size, 1, 4);
  return skills;
}

export function chooseTitle(random: Random, profile: PersonProfile): string {
  const r = random.next();
  if (r < 0.15) return `Senior ${lowerFirst(profile.title)}`;
  if (r < 0.2) return `Junior ${lowerFirst(profile.title)}`;
  return profile.title;
}

function uniqueEmail(local: string, taken: Map<string, number>): string {
  const seen = taken.get(local) ?? 0;
  taken.set(local, seen + 1);
  return `${seen === 0 ? local : `${local}${seen + 1}`}@${DEMO_EMAIL_DOMAIN}`;
}

export interface BioFacts {
  title: string;
  municipality: string;
  focus: string;
  sinceYear: number | null;
  /** Names of the person's skills, strongest first. */
  skillNames: readonly string[];
}

/** One or two Dutch sentences: what the person does, and often two things they know about. */
export function writeBio(random: Random, facts: BioFacts): string {
  // The first opening mentions the start year, so it needs one.
  const openings = facts.sinceYear === null ? BIO_OPENINGS.slice(1) : BIO_OPENINGS;
  const opening = fillTemplate(random.pick(openings), {
    title: lowerFirst(facts.title),
    Title: facts.title,
    gemeente: facts.municipality,
    focus: facts.focus,
    year: String(facts.sinceYear ?? ''),
  });
  if (facts.skillNames.length < 2 || !random.chance(0.65)) return opening;
  const [first, second] = facts.skillNames;
  const skillSentence = fillTemplate(random.pick(BIO_SKILL_SENTENCES), {
    skill1: lowerFirst(first),
    skill2: lowerFirst(second),
  });
  return `${opening} ${skillSentence}`;
}
