import type { ReferenceMunicipality } from '../reference/reference-data';
import { Random } from './prng';
import type { DemoAcquaintance, DemoExperience, DemoPerson } from './types';

/** Average number of acquaintances per person. */
export const AVERAGE_ACQUAINTANCES = 4;

export type Circle = 'municipality' | 'province' | 'country';

// Where an acquaintance works: mostly close by, some across the country.
export const CIRCLE: Readonly<Record<Circle, number>> = {
  municipality: 0.55,
  province: 0.3,
  country: 0.15,
};

/** Chance that two people who worked on the same challenge know each other. */
export const COWORKER_LINK = 0.5;

/**
 * Who knows whom. People who worked on the same challenge often know each other; everybody else
 * gets acquaintances mostly in their own municipality or province. Each pair appears once, as
 * (earlier person, later person), and nobody knows themself.
 */
export function generateAcquaintances(
  municipalities: readonly ReferenceMunicipality[],
  people: readonly DemoPerson[],
  experiences: readonly DemoExperience[],
  seed: number,
  averagePerPerson = AVERAGE_ACQUAINTANCES,
): DemoAcquaintance[] {
  const random = new Random(seed, 'acquaintances');
  const position = new Map(people.map((p, i) => [p.id, i]));
  const provinceOf = new Map(municipalities.map((m) => [m.code, m.province]));
  const byMunicipality = groupIndexes(people, (p) => p.municipalityCode);
  const byProvince = groupIndexes(people, (p) => provinceOf.get(p.municipalityCode) ?? '');
  const everyone = people.map((_p, i) => i);
  // Some people simply know more colleagues than others.
  const sociability = people.map(() => 0.2 + 0.8 * random.next());

  const pairs: [number, number][] = [];
  const seen = new Set<number>();
  const degree = new Array<number>(people.length).fill(0);
  const link = (a: number, b: number): boolean => {
    if (a === b) return false;
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = low * people.length + high;
    if (seen.has(key)) return false;
    seen.add(key);
    pairs.push([low, high]);
    degree[low] += 1;
    degree[high] += 1;
    return true;
  };

  const team = new Map<string, number[]>();
  for (const experience of experiences) {
    const person = position.get(experience.personId);
    if (person === undefined) continue;
    const members = team.get(experience.challengeId) ?? [];
    for (const other of members) if (random.chance(COWORKER_LINK)) link(person, other);
    members.push(person);
    team.set(experience.challengeId, members);
  }

  const someoneNear = (person: number): number => {
    const code = people[person].municipalityCode;
    const circle = random.weightedKey(CIRCLE);
    const local = byMunicipality.get(code) ?? [];
    const regional = byProvince.get(provinceOf.get(code) ?? '') ?? [];
    if (circle === 'municipality' && local.length > 1) return random.pick(local);
    if (circle !== 'country' && regional.length > 1) return random.pick(regional);
    return random.pick(everyone);
  };

  // Everyone knows at least one colleague, then the rest is spread by sociability.
  for (const person of random.shuffle(everyone)) {
    for (let attempt = 0; degree[person] === 0 && attempt < 10; attempt += 1) {
      link(person, someoneNear(person));
    }
  }
  const target = Math.round((people.length * averagePerPerson) / 2);
  for (let attempt = 0; pairs.length < target && attempt < target * 20; attempt += 1) {
    const person = random.int(0, people.length - 1);
    if (random.chance(sociability[person])) link(person, someoneNear(person));
  }

  return pairs.map(([a, b]) => ({ personId: people[a].id, otherPersonId: people[b].id }));
}

function groupIndexes<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  return groups;
}
