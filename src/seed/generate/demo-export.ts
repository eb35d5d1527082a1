import type { DemoPopulation } from '../demo/types';
import type { SkillLevel, SkillWeight } from './import-format';
import type { ImportWriters } from './import-writer';
import type { PopulationCounts } from './scaled-population';

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Writes the demo population (what SEED_DEMO=true loads) in the import format, with its own ids,
 * so that importing it gives the same skills, people, challenges, experiences and acquaintances.
 * The format has no field for a person's or challenge's `updatedAt`, nor for a person's
 * `createdAt`: the import sets those.
 */
export async function writeDemoPopulation(
  demo: DemoPopulation,
  writers: ImportWriters,
): Promise<PopulationCounts> {
  const skillsOf = groupBy(demo.personSkills, (s) => s.personId);
  const requirementsOf = groupBy(demo.challengeSkills, (s) => s.challengeId);

  for (const s of demo.skills) {
    const wait = writers.skills.write({
      id: s.id,
      name: s.name,
      aliases: s.aliases,
      category: s.category,
      escoUri: s.escoUri,
    });
    if (wait) await wait;
  }
  for (const p of demo.people) {
    const wait = writers.people.write({
      id: p.id,
      name: p.name,
      municipalityCode: p.municipalityCode,
      email: p.email,
      title: p.title,
      department: p.department,
      since: p.since,
      bio: p.bio,
      availability: p.availability,
      visibility: p.visibility,
      skills: (skillsOf.get(p.id) ?? []).map((s): SkillLevel => ({
        skillId: s.skillId,
        level: s.level,
      })),
    });
    if (wait) await wait;
  }
  for (const c of demo.challenges) {
    const wait = writers.challenges.write({
      id: c.id,
      title: c.title,
      description: c.description,
      municipalityCode: c.municipalityCode,
      theme: c.theme,
      status: c.status,
      createdAt: c.createdAt,
      requiredSkills: (requirementsOf.get(c.id) ?? []).map((s): SkillWeight => ({
        skillId: s.skillId,
        weight: s.weight,
      })),
    });
    if (wait) await wait;
  }
  for (const e of demo.experiences) {
    const wait = writers.experiences.write({ ...e });
    if (wait) await wait;
  }
  for (const a of demo.acquaintances) {
    const wait = writers.acquaintances.write({ ...a });
    if (wait) await wait;
  }

  return {
    skills: demo.skills.length,
    people: demo.people.length,
    challenges: demo.challenges.length,
    relationships: {
      HAS_SKILL: demo.personSkills.length,
      WORKS_AT: demo.people.length,
      REQUIRES: demo.challengeSkills.length,
      FACES: demo.challenges.length,
      WORKED_ON: demo.experiences.length,
      KNOWS: demo.acquaintances.length,
    },
  };
}
