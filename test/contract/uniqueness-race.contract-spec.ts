import { EVERYONE_SCOPE } from '../../src/people/visibility';
import { PeopleErrorCode } from '../../src/people/people.exception';
import { PeopleRepository } from '../../src/people/people.repository';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { SkillsErrorCode } from '../../src/skills/skills.exception';
import { SkillsRepository } from '../../src/skills/skills.repository';
import { municipalityRow, nextNumber, personRecord, skillRecord } from '../support/factories';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

/** How many writers race for one name or e-mail address at once. */
const RACERS = 8;

/** The same text in RACERS spellings that differ only in case. */
const spellings = (text: string): string[] =>
  Array.from({ length: RACERS }, (_, i) =>
    [...text].map((char, j) => ((i >> (j % 4)) & 1 ? char.toUpperCase() : char)).join(''),
  );

/**
 * Names of skills and e-mail addresses are unique without regard to case. Writers that check
 * "is it free?" and then write can both pass the check when they run side by side (Neo4j runs
 * writes in parallel; Kuzu one at a time): the store itself must refuse the second, and the
 * refusal must be the same clear error as when they run one after the other.
 */
describe.each(GRAPH_STORES)(
  'case-insensitive uniqueness under concurrent writes on %s',
  (store) => {
    let graph: OpenGraph;

    beforeAll(async () => {
      graph = await openGraph(store);
    });
    afterAll(() => graph.close());

    it('lets one of several concurrent creates of the same skill name win', async () => {
      const skills = graph.get(SkillsRepository);
      const name = `Wedloop ${nextNumber()} vergunningen`;
      const attempts = spellings(name).map((spelling, i) => {
        const record = skillRecord({ id: `race-skill-${nextNumber()}-${i}`, name: spelling });
        return skills.upsert(record.id, () => record);
      });
      const results = await Promise.allSettled(attempts);

      const won = results.filter((result) => result.status === 'fulfilled');
      const lost = results.filter((result) => result.status === 'rejected');
      expect(won).toHaveLength(1);
      for (const result of lost) {
        expect(result.reason).toMatchObject({ code: SkillsErrorCode.SKILL_NAME_TAKEN });
      }
      const found = await skills.list({ search: name }, { first: 100, after: null });
      expect(found.totalCount).toBe(1);
    });

    it('lets one of several concurrent renames to the same skill name win', async () => {
      const skills = graph.get(SkillsRepository);
      const existing = await Promise.all(
        Array.from({ length: RACERS }, async () => {
          const record = skillRecord();
          return skills.upsert(record.id, () => record);
        }),
      );
      const name = `Hernoemd ${nextNumber()} toezicht`;
      const results = await Promise.allSettled(
        existing.map((skill, i) =>
          skills.upsert(skill.id, (current) => ({ ...current!, name: spellings(name)[i] })),
        ),
      );

      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const found = await skills.list({ search: name }, { first: 100, after: null });
      expect(found.totalCount).toBe(1);
    });

    it('lets one of several concurrent creates with the same e-mail address win', async () => {
      const people = graph.get(PeopleRepository);
      const municipality = municipalityRow();
      await graph.get(GraphImportRepository).importMunicipalities([municipality]);
      const email = `wedloop${nextNumber()}@gemeente.example.nl`;
      const results = await Promise.allSettled(
        spellings(email).map((spelling) =>
          people.create(personRecord({ municipalityCode: municipality.code, email: spelling })),
        ),
      );

      const won = results.filter((result) => result.status === 'fulfilled');
      const lost = results.filter((result) => result.status === 'rejected');
      expect(won).toHaveLength(1);
      for (const result of lost) {
        expect(result.reason).toMatchObject({ code: PeopleErrorCode.EMAIL_TAKEN });
      }
      const stored = await people.list(
        { municipalityCode: municipality.code },
        { first: 100, after: null },
        EVERYONE_SCOPE,
      );
      expect(stored.totalCount).toBe(1);
    });

    it('lets one of several concurrent changes to the same e-mail address win', async () => {
      const people = graph.get(PeopleRepository);
      const municipality = municipalityRow();
      await graph.get(GraphImportRepository).importMunicipalities([municipality]);
      const existing = await Promise.all(
        Array.from({ length: RACERS }, () =>
          people.create(personRecord({ municipalityCode: municipality.code, email: null })),
        ),
      );
      const email = `verhuisd${nextNumber()}@gemeente.example.nl`;
      const results = await Promise.allSettled(
        existing.map((person, i) =>
          people.update(person.id, (current) => ({ ...current, email: spellings(email)[i] })),
        ),
      );

      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const withEmail = (await people.findByIds(existing.map((person) => person.id))).filter(
        (person) => person.email !== null,
      );
      expect(withEmail).toHaveLength(1);
    });
  },
);
