import { type DemoPopulation } from '../../../src/seed/demo/types';
import { type EvalQuery } from '../eval-types';

/**
 * Sorts a person who is not relevant for a synthetic query into what the benchmark planted
 * them as, relative to the query's family, so the report can say what outranks the solvers.
 */
export function otherPersonDescriber(
  population: DemoPopulation,
  familyOfQuery: ReadonlyMap<string, string>,
  lookAlikeOfQuery: ReadonlyMap<string, string | null> = new Map(),
): (query: EvalQuery, personId: string) => string {
  const familyOfChallenge = new Map(population.challenges.map((c) => [c.id, c.familyId]));
  const work = new Map<string, { familyId: string; outcome: string }[]>();
  for (const e of population.experiences) {
    const list = work.get(e.personId) ?? [];
    list.push({ familyId: familyOfChallenge.get(e.challengeId) ?? '', outcome: e.outcome });
    work.set(e.personId, list);
  }
  const skills = new Map<string, Set<string>>();
  for (const s of population.personSkills) {
    skills.set(s.personId, (skills.get(s.personId) ?? new Set()).add(s.skillId));
  }
  const unavailable = new Set(
    population.people.filter((p) => p.availability === 'UNAVAILABLE').map((p) => p.id),
  );

  return (query, personId) => {
    const familyId = familyOfQuery.get(query.id);
    const done = work.get(personId) ?? [];
    const sameProblem = done.filter((w) => w.familyId === familyId);
    if (sameProblem.length > 0) {
      return unavailable.has(personId)
        ? 'worked on the same problem, unavailable'
        : 'tried the same problem (failed or ongoing)';
    }
    const lookAlike = lookAlikeOfQuery.get(query.id);
    if (lookAlike && done.some((w) => w.familyId === lookAlike)) {
      return 'worked on the look-alike problem (same words, other skills)';
    }
    const wanted = query.request.skillIds ?? [];
    const hasWanted = wanted.some((id) => skills.get(personId)?.has(id));
    if (done.length > 0) {
      return hasWanted
        ? 'has the asked skills, worked on another problem'
        : 'worked on another problem';
    }
    return hasWanted ? 'has the asked skills, no experience' : 'no experience';
  };
}
