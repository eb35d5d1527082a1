import { type GraphImportRepository } from '../../src/seed/graph-import.repository';
import { type ReferenceData } from '../../src/seed/reference/reference-data';
import { seedReferenceData } from '../../src/seed/reference-seeder';
import { type EvalGraph } from './eval-types';

/**
 * Loads the real municipalities and collaborations (so collaboration-based signals and
 * visibility behave as in production) and then one data set, through the same import port the
 * seeders use, nodes before the relationships that need them.
 */
export async function loadEvalGraph(
  importer: GraphImportRepository,
  reference: ReferenceData,
  graph: EvalGraph,
): Promise<void> {
  await seedReferenceData(importer, reference);
  await importer.importSkills(graph.skills);
  await importer.importPeople(graph.people);
  await importer.importPersonSkills(graph.personSkills);
  await importer.importChallenges(graph.challenges);
  await importer.importChallengeSkills(graph.challengeSkills);
  await importer.importExperiences(graph.experiences);
  await importer.importAcquaintances(graph.acquaintances);
}
