/**
 * What the measured requests ask for, picked from the loaded data (not from names the demo
 * population happens to use), so that any data set works and every run over it asks the same.
 * Pure: the service process reads the rows (bench-service.ts) and passes them here.
 */
export interface BenchParameters {
  /** People to look up and to ask on behalf of, spread over the stored ids. */
  readonly personIds: readonly string[];
  readonly challengeIds: readonly string[];
  /** Skills with a municipality where someone holds them: the people filter's inputs. */
  readonly skillInMunicipality: ReadonlyArray<{ skillId: string; municipalityCode: string }>;
}

export const PICKED = { people: 256, challenges: 64, pairs: 32 } as const;

/** Every `n / count`-th element: spread over the whole list, always the same ones. */
export function spread<T>(values: readonly T[], count: number): T[] {
  if (values.length <= count) return [...values];
  return Array.from({ length: count }, (_, i) => values[Math.floor((i * values.length) / count)]);
}

export function pickParameters(
  people: ReadonlyArray<{ id: string; municipalityCode: string }>,
  personSkills: ReadonlyArray<{ personId: string; skillId: string }>,
  challenges: ReadonlyArray<{ id: string }>,
): BenchParameters {
  const municipalityOf = new Map(people.map((p) => [p.id, p.municipalityCode]));
  const pairs = new Map<string, { skillId: string; municipalityCode: string }>();
  for (const { personId, skillId } of personSkills) {
    const municipalityCode = municipalityOf.get(personId);
    if (municipalityCode)
      pairs.set(`${skillId} ${municipalityCode}`, { skillId, municipalityCode });
  }
  const sortedPairs = [...pairs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    personIds: spread(
      people.map((p) => p.id),
      PICKED.people,
    ),
    challengeIds: spread(
      challenges.map((c) => c.id),
      PICKED.challenges,
    ),
    skillInMunicipality: spread(
      sortedPairs.map(([, pair]) => pair),
      PICKED.pairs,
    ),
  };
}
