import {
  type ChallengeContext,
  type ExperienceFact,
  experienceKey,
  experienceOfKey,
  type PersonContext,
  type Requirement,
  type SimilarExperience,
  type SkillFrequency,
  type SkillHolder,
} from '../../matching/matching.records';
import { type Availability } from '../../people/models/availability.enum';
import { type Visibility } from '../../people/models/visibility.enum';
import { Bm25Index } from '../../text/bm25-index';
import { type CypherClient } from './cypher-client';
import { toDate } from './rows';
import { cypher, type FieldsOf } from './statement';

// Whole relationship tables, each read in one scan. On Kuzu a join of a list of ids with a table
// scans the whole table too (see EachIdStatement), so reading the table once and answering every
// recommendation from memory until the next write costs less than one such join per request.
const PEOPLE = cypher<{
  id: string;
  name: string;
  availability: Availability;
  visibility: Visibility;
  municipalityCode: string;
}>(`
  MATCH (p:Person)-[:WORKS_AT]->(m:Municipality)
  RETURN p.id AS id, p.name AS name, p.availability AS availability,
         p.visibility AS visibility, m.code AS municipalityCode`);

const LEVELS = cypher<FieldsOf<SkillHolder>>(`
  MATCH (p:Person)-[h:HAS_SKILL]->(s:Skill)
  RETURN p.id AS personId, s.id AS skillId, h.level AS level`);

const SKILLS = cypher<{ skillId: string; name: string }>(`
  MATCH (s:Skill) RETURN s.id AS skillId, s.name AS name`);

const CHALLENGES = cypher<Omit<ChallengeContext, 'requiredSkillIds'>>(`
  MATCH (m:Municipality)-[:FACES]->(c:Challenge)
  RETURN c.id AS id, c.title AS title, c.description AS description, c.theme AS theme,
         m.code AS municipalityCode, m.name AS municipalityName`);

const REQUIREMENTS = cypher<{ challengeId: string; skillId: string; createdAt: Date }>(`
  MATCH (c:Challenge)-[:REQUIRES]->(s:Skill)
  RETURN c.id AS challengeId, s.id AS skillId, c.createdAt AS createdAt`);

const EXPERIENCES = cypher<FieldsOf<ExperienceFact> & { theme: string | null }>(`
  MATCH (p:Person)-[w:WORKED_ON]->(c:Challenge)
  RETURN p.id AS personId, c.id AS challengeId, w.role AS role, w.outcome AS outcome,
         w.year AS year, w.lessonsLearned AS lessonsLearned, c.theme AS theme`);

/** Ids and strings in the order of Cypher's ORDER BY on both stores (by code unit). */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The values of `ids` found in `map`, in the order of the ids, each id once. */
function valuesOf<V>(map: ReadonlyMap<string, V>, ids: readonly string[]): V[] {
  return [...new Set(ids)].flatMap((id) => {
    const value = map.get(id);
    return value === undefined ? [] : [value];
  });
}

/**
 * Everything a recommendation reads by id, from whole tables read once (where the store lets a
 * read be kept until its next write: the embedded Kuzu). Each answer is what the per-id
 * statements of MatchingCypherRepository would answer, in the same order.
 */
export class MatchingSnapshot {
  private constructor(
    private readonly peopleById: ReadonlyMap<string, PersonContext>,
    private readonly levelsByPerson: ReadonlyMap<string, SkillHolder[]>,
    /** Highest level first, then by person id. */
    private readonly holdersBySkill: ReadonlyMap<string, SkillHolder[]>,
    private readonly skillNames: ReadonlyMap<string, string>,
    private readonly challengesById: ReadonlyMap<string, ChallengeContext>,
    /** Newest first, then by id. */
    private readonly requiringBySkill: ReadonlyMap<string, string[]>,
    private readonly experiencesByChallenge: ReadonlyMap<string, ExperienceFact[]>,
    /** The lessons of every experience, by experienceKey (the store cannot index them). */
    private readonly lessons: Bm25Index,
  ) {}

  static async read(client: CypherClient): Promise<MatchingSnapshot> {
    const [people, levels, skills, challenges, requirements, experiences] = await Promise.all([
      client.read(PEOPLE),
      client.read(LEVELS),
      client.read(SKILLS),
      client.read(CHALLENGES),
      client.read(REQUIREMENTS),
      client.read(EXPERIENCES),
    ]);

    const themesByPerson = new Map<string, string[]>();
    const experiencesByChallenge = new Map<string, ExperienceFact[]>();
    for (const { theme, ...experience } of experiences) {
      if (theme !== null && theme !== undefined) push(themesByPerson, experience.personId, theme);
      push(experiencesByChallenge, experience.challengeId, {
        ...experience,
        year: experience.year ?? null,
        lessonsLearned: experience.lessonsLearned ?? null,
      });
    }
    const lessons = new Bm25Index(
      experiences.flatMap(({ personId, challengeId, lessonsLearned }) =>
        lessonsLearned ? [{ key: experienceKey(personId, challengeId), text: lessonsLearned }] : [],
      ),
    );
    const peopleById = new Map(
      people.map((person) => [
        person.id,
        { ...person, challengeThemes: (themesByPerson.get(person.id) ?? []).sort() },
      ]),
    );

    const levelsByPerson = new Map<string, SkillHolder[]>();
    const holdersBySkill = new Map<string, SkillHolder[]>();
    for (const level of levels) {
      push(levelsByPerson, level.personId, level);
      push(holdersBySkill, level.skillId, level);
    }
    for (const list of levelsByPerson.values()) list.sort((a, b) => byText(a.skillId, b.skillId));
    for (const list of holdersBySkill.values()) {
      list.sort((a, b) => b.level - a.level || byText(a.personId, b.personId));
    }

    const required = new Map<string, string[]>();
    const requiring = new Map<string, { id: string; at: number }[]>();
    for (const { challengeId, skillId, createdAt } of requirements) {
      push(required, challengeId, skillId);
      push(requiring, skillId, { id: challengeId, at: toDate(createdAt).getTime() });
    }
    const requiringBySkill = new Map(
      [...requiring].map(([skillId, list]) => [
        skillId,
        list.sort((a, b) => b.at - a.at || byText(a.id, b.id)).map(({ id }) => id),
      ]),
    );
    const challengesById = new Map(
      challenges.map((challenge) => [
        challenge.id,
        {
          ...challenge,
          theme: challenge.theme ?? null,
          requiredSkillIds: (required.get(challenge.id) ?? []).sort(),
        },
      ]),
    );

    return new MatchingSnapshot(
      peopleById,
      levelsByPerson,
      holdersBySkill,
      new Map(skills.map(({ skillId, name }) => [skillId, name])),
      challengesById,
      requiringBySkill,
      experiencesByChallenge,
      lessons,
    );
  }

  similarExperiences(
    words: readonly string[],
    limit: number,
    excludeChallengeId: string | null,
  ): SimilarExperience[] {
    // A few more than asked, so that leaving out the asked challenge does not shorten the answer.
    return this.lessons
      .search(words, limit + 10)
      .map(({ key, score }) => ({ ...experienceOfKey(key), score }))
      .filter((hit) => hit.challengeId !== excludeChallengeId)
      .slice(0, limit);
  }

  challenges(ids: readonly string[]): ChallengeContext[] {
    return valuesOf(this.challengesById, ids);
  }

  experiencesOn(challengeIds: readonly string[]): ExperienceFact[] {
    return valuesOf(this.experiencesByChallenge, challengeIds).flat();
  }

  people(ids: readonly string[]): PersonContext[] {
    return valuesOf(this.peopleById, ids);
  }

  skillLevels(personIds: readonly string[], skillIds: readonly string[]): SkillHolder[] {
    const wanted = new Set(skillIds);
    return valuesOf(this.levelsByPerson, personIds)
      .flat()
      .filter((level) => wanted.has(level.skillId));
  }

  skillHolders(skillIds: readonly string[], perSkill: number): SkillHolder[] {
    return [...new Set(skillIds)].flatMap((id) =>
      (this.holdersBySkill.get(id) ?? []).slice(0, perSkill),
    );
  }

  skillFrequencies(skillIds: readonly string[]): SkillFrequency[] {
    return [...new Set(skillIds)].flatMap((skillId) => {
      const name = this.skillNames.get(skillId);
      if (name === undefined) return [];
      return [{ skillId, name, holders: this.holdersBySkill.get(skillId)?.length ?? 0 }];
    });
  }

  challengesRequiring(
    skillIds: readonly string[],
    perSkill: number,
    excludeId: string | null,
  ): Requirement[] {
    return [...new Set(skillIds)].flatMap((skillId) =>
      (this.requiringBySkill.get(skillId) ?? [])
        .filter((challengeId) => challengeId !== excludeId)
        .slice(0, perSkill)
        .map((challengeId) => ({ challengeId, skillId })),
    );
  }
}
