import { type ReferenceData } from '../../../src/seed/reference/reference-data';
import { type DemoPopulation } from '../../../src/seed/demo/types';
import { type EvalDataset, type EvalGraph, type EvalQuery } from '../eval-types';
import { otherPersonDescriber } from './describe-other';
import { judgeQuery } from './synthetic-judge';
import {
  DEFAULT_SYNTHETIC_OPTIONS,
  generateSyntheticWorld,
  type PlantedQuery,
  type SyntheticOptions,
} from './synthetic-world';

/** Results asked per query: enough for MRR to see past the first page. */
export const SYNTHETIC_FIRST = 50;

/** The synthetic experiences run to 2024; recency is measured from the year after. */
export const SYNTHETIC_REFERENCE_YEAR = 2025;

/** The synthetic benchmark as an evaluation data set: graph rows, queries and judgements. */
export function buildSyntheticDataset(
  reference: ReferenceData,
  options: SyntheticOptions = DEFAULT_SYNTHETIC_OPTIONS,
): EvalDataset {
  const world = generateSyntheticWorld(reference, options);
  const judgeWorld = { ...world.population, collaborationsOf: world.collaborationsOf };
  const judged = (planted: PlantedQuery): EvalQuery & { traps: number } => {
    const { traps, ...judgements } = judgeQuery(judgeWorld, planted);
    return {
      id: planted.id,
      request: {
        description: planted.description,
        skillIds: planted.skillIds,
        askerId: planted.askerId,
        municipalityCode: planted.municipalityCode,
        includeOwnMunicipality: false,
        first: SYNTHETIC_FIRST,
      },
      ...judgements,
      traps: traps.size,
    };
  };
  const scored = world.queries.filter((q) => !q.probe).map(judged);
  const traps = scored.reduce((sum, q) => sum + q.traps, 0);
  const queries: EvalQuery[] = scored.map(({ traps: _traps, ...query }) => query);
  const probes: EvalQuery[] = world.queries
    .filter((q) => q.probe)
    .map(judged)
    .map(({ traps: _traps, ...query }) => query);

  const graded = queries.flatMap((q) => [...q.relevant.values()]);
  const forbidden = queries.reduce((sum, q) => sum + q.forbidden.size, 0);
  const { population } = world;
  return {
    name: 'synthetic',
    title: 'Synthetic benchmark (planted ground truth)',
    graph: populationToGraph(population),
    queries,
    probes,
    baselines: [],
    describeOther: otherPersonDescriber(
      population,
      new Map(world.queries.map((q) => [q.id, q.familyId])),
    ),
    referenceYear: SYNTHETIC_REFERENCE_YEAR,
    notes: [
      `seed ${options.seed}; ${new Set(queries.map((q) => q.id.split('#')[0])).size} challenge families × ${options.queriesPerFamily} queries = ${queries.length} queries, and ${probes.length} hard-rule probes (one rare skill each, no text; not scored)`,
      `${population.people.length} people (${options.backgroundPeople} without any experience), ${population.challenges.length} challenges, ${population.experiences.length} experiences, ${population.skills.length} skills, ${population.acquaintances.length} acquaintance pairs`,
      `per query on average ${(graded.length / queries.length).toFixed(1)} relevant people (${graded.filter((g) => g === 2).length} judgements of grade 2, ${graded.filter((g) => g === 1).length} of grade 1) and ${(forbidden / queries.length).toFixed(0)} forbidden people; ${(traps / queries.length).toFixed(1)} per query of the forbidden or unavailable people solved the same problem (the traps a careless ranker would show)`,
    ],
  };
}

export function populationToGraph(population: DemoPopulation): EvalGraph {
  return {
    skills: population.skills.map((s) => ({
      id: s.id,
      name: s.name,
      aliases: [...s.aliases],
      category: s.category,
      escoUri: s.escoUri,
    })),
    people: population.people.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      title: p.title,
      bio: p.bio,
      availability: p.availability,
      visibility: p.visibility,
      municipalityCode: p.municipalityCode,
      department: p.department,
      since: p.since,
      createdAt: p.createdAt,
      updatedAt: p.createdAt,
    })),
    personSkills: population.personSkills.map((s) => ({ ...s })),
    challenges: population.challenges.map((c) => ({
      id: c.id,
      title: c.title,
      description: c.description,
      theme: c.theme,
      status: c.status,
      municipalityCode: c.municipalityCode,
      createdAt: c.createdAt,
      updatedAt: c.createdAt,
    })),
    challengeSkills: population.challengeSkills.map((s) => ({ ...s })),
    experiences: population.experiences.map((e) => ({ ...e })),
    acquaintances: population.acquaintances.map((a) => ({ ...a })),
  };
}
