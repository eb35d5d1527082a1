import { type GraphImportRepository } from './graph-import.repository';
import { type DemoPopulation } from './demo/types';

/**
 * Writes the fictitious demo population through the import port, nodes before the
 * relationships that need them. Idempotent: every row MERGEs on its id.
 */
export async function seedDemoPopulation(
  importer: GraphImportRepository,
  demo: DemoPopulation,
): Promise<void> {
  await importer.importSkills(
    demo.skills.map((s) => ({
      id: s.id,
      name: s.name,
      aliases: [...s.aliases],
      category: s.category,
      escoUri: s.escoUri,
    })),
  );
  await importer.importPeople(
    demo.people.map((p) => ({
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
  );
  await importer.importPersonSkills(demo.personSkills.map((s) => ({ ...s })));
  await importer.importChallenges(
    demo.challenges.map((c) => ({
      id: c.id,
      title: c.title,
      description: c.description,
      theme: c.theme,
      status: c.status,
      municipalityCode: c.municipalityCode,
      createdAt: c.createdAt,
      updatedAt: c.createdAt,
    })),
  );
  await importer.importChallengeSkills(demo.challengeSkills.map((s) => ({ ...s })));
  await importer.importExperiences(demo.experiences.map((e) => ({ ...e })));
  await importer.importAcquaintances(demo.acquaintances.map((a) => ({ ...a })));
}
