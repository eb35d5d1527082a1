import { type LearningRepository } from '../learning/learning.repository';
import { type GraphImportRepository } from './graph-import.repository';
import { type DemoProgrammes } from './demo/programmes';
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

/**
 * Writes the demo's learning programmes through the learning port: each programme, its
 * participants and mentors, then the progress (the port refuses progress of a non-participant),
 * then the wishes. Rerunning it writes the same: programmes and progress MERGE on their ids and
 * every level before a step is given explicitly.
 */
export async function seedDemoProgrammes(
  learning: LearningRepository,
  demo: DemoProgrammes,
): Promise<void> {
  for (const programme of demo.programmes) await learning.create(programme);
  for (const row of demo.participants) {
    await learning.addParticipants(row.programmeId, row.personIds, row.at);
  }
  for (const row of demo.mentors) {
    for (const personId of row.personIds)
      await learning.addMentor(row.programmeId, personId, row.at);
  }
  for (const step of demo.progress) await learning.recordProgress(step);
  for (const wish of demo.wishes) await learning.setWishes(wish.personId, wish.skillIds, wish.at);
}
