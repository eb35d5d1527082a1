import { Random } from '../../../src/seed/demo/prng';
import { type DemoPopulation } from '../../../src/seed/demo/types';
import { type PlantedQuery } from './synthetic-world';

/**
 * Gives people and challenges their final ids in a seeded random order. The generator creates
 * them family by family (solvers first, skill-twins and the crowd later), and rankers break
 * ties by id: without this, a ranker that cannot tell people apart would still look good
 * because the right people happen to have the smaller ids.
 */
export function renumber(
  population: DemoPopulation,
  queries: readonly PlantedQuery[],
  seed: number,
): { population: DemoPopulation; queries: PlantedQuery[] } {
  const random = new Random(seed, 'synthetic:renumber');
  const personId = newIds(
    random,
    population.people.map((p) => p.id),
    'syn-person',
  );
  const challengeId = newIds(
    random,
    population.challenges.map((c) => c.id),
    'syn-challenge',
  );
  const person = (id: string): string => personId.get(id) as string;
  const challenge = (id: string): string => challengeId.get(id) as string;
  const byId = <T extends { id: string }>(a: T, b: T): number => a.id.localeCompare(b.id);
  return {
    population: {
      ...population,
      people: population.people
        .map((p) => ({ ...p, id: person(p.id), email: `${person(p.id)}@eval.example.nl` }))
        .sort(byId),
      personSkills: population.personSkills.map((s) => ({ ...s, personId: person(s.personId) })),
      challenges: population.challenges.map((c) => ({ ...c, id: challenge(c.id) })).sort(byId),
      challengeSkills: population.challengeSkills.map((s) => ({
        ...s,
        challengeId: challenge(s.challengeId),
      })),
      experiences: population.experiences.map((e) => ({
        ...e,
        personId: person(e.personId),
        challengeId: challenge(e.challengeId),
      })),
      acquaintances: population.acquaintances.map((a) => ({
        personId: person(a.personId),
        otherPersonId: person(a.otherPersonId),
      })),
    },
    queries: queries.map((q) => ({ ...q, askerId: person(q.askerId) })),
  };
}

function newIds(random: Random, ids: readonly string[], prefix: string): Map<string, string> {
  const width = Math.max(4, String(ids.length).length);
  return new Map(
    random
      .shuffle(ids)
      .map((id, index) => [id, `${prefix}-${String(index + 1).padStart(width, '0')}`]),
  );
}
