import { type ReferenceData } from '../../../src/seed/reference/reference-data';
import { type DemoPopulation } from '../../../src/seed/demo/types';
import { type EvalDataset, type EvalGraph, type EvalQuery } from '../eval-types';
import { otherPersonDescriber } from './describe-other';
import { textStems, wordShare } from './look-alikes';
import { judgeQuery } from './synthetic-judge';
import {
  DEFAULT_SYNTHETIC_OPTIONS,
  generateSyntheticWorld,
  type PlantedQuery,
  type SyntheticOptions,
  type SyntheticWorld,
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
    const { traps, lookAlikeSolvers, ...judgements } = judgeQuery(judgeWorld, planted);
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
      ...(planted.lookAlikeOf === null ? {} : { lookAlikeSolvers }),
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
      new Map(world.queries.map((q) => [q.id, q.lookAlikeOf])),
    ),
    referenceYear: SYNTHETIC_REFERENCE_YEAR,
    notes: [
      `seed ${options.seed}; ${new Set(queries.map((q) => q.id.split('#')[0])).size} challenge families × ${options.queriesPerFamily} queries = ${queries.length} queries, and ${probes.length} hard-rule probes (one rare skill each, no text; not scored)`,
      `${population.people.length} people (${options.backgroundPeople} without any experience), ${population.challenges.length} challenges, ${population.experiences.length} experiences, ${population.skills.length} skills, ${population.acquaintances.length} acquaintance pairs`,
      `per query on average ${(graded.length / queries.length).toFixed(1)} relevant people (${graded.filter((g) => g === 2).length} judgements of grade 2, ${graded.filter((g) => g === 1).length} of grade 1) and ${(forbidden / queries.length).toFixed(0)} forbidden people; ${(traps / queries.length).toFixed(1)} per query of the forbidden or unavailable people solved the same problem (the traps a careless ranker would show)`,
      lookAlikeNote(world, queries),
    ],
  };
}

/** What the look-alike pairs of this world are, in numbers computed from it. */
function lookAlikeNote(world: SyntheticWorld, queries: readonly EvalQuery[]): string {
  const { pairs, families } = world.lookAlikes;
  const lookAlike = queries.filter((q) => q.lookAlikeSolvers);
  if (pairs.length === 0 || lookAlike.length === 0) return 'no look-alike pairs';
  const example = pairs[0].familyIds.map((id) => `"${families.get(id)?.name ?? id}"`).join(' / ');
  const stemsOf = new Map<string, { stems: Set<string> }[]>();
  for (const c of world.population.challenges) {
    const list = stemsOf.get(c.familyId) ?? [];
    list.push({ stems: textStems(`${c.title} ${c.description}`) });
    stemsOf.set(c.familyId, list);
  }
  // The largest share of a query's words that one challenge of the family contains.
  const closest = (words: ReadonlySet<string>, familyId: string): number =>
    Math.max(0, ...(stemsOf.get(familyId) ?? []).map((c) => wordShare(words, c.stems)));
  const shares = world.queries
    .filter((q) => q.lookAlikeOf !== null)
    .map((q) => {
      const words = textStems(q.description);
      return { own: closest(words, q.familyId), sibling: closest(words, q.lookAlikeOf ?? '') };
    });
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  const ownShare = mean(shares.map((s) => s.own));
  const siblingShare = mean(shares.map((s) => s.sibling));
  const solvers = lookAlike.reduce((sum, q) => sum + (q.lookAlikeSolvers?.size ?? 0), 0);
  return `${pairs.length} look-alike pairs (${2 * pairs.length} of the families, e.g. ${example}): two families of different themes and mostly different skills whose texts share most of their words; a look-alike query shares on average ${(100 * siblingShare).toFixed(0)}% of its words with the closest challenge of its sibling family and ${(100 * ownShare).toFixed(0)}% with the closest of its own; ${lookAlike.length} look-alike queries, each with on average ${(solvers / lookAlike.length).toFixed(1)} solvers of the sibling's problem (not relevant)`;
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
