import { ExperiencesRepository } from '../../src/experiences/experiences.repository';
import { MatchingRepository } from '../../src/matching/matching.repository';
import { PeopleRepository } from '../../src/people/people.repository';
import { GraphImportRepository, type ImportPerson } from '../../src/seed/graph-import.repository';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

/**
 * Reads by a list of ids give every id its own rows, in the order of the ids, whether a store
 * reads a few ids one lookup each or many in one statement (Kuzu switches between the two).
 */
const PEOPLE = 40;
const SKILLS = ['aanbesteden', 'jeugdzorg', 'omgevingswet'];

const idOf = (n: number): string => `p${String(n).padStart(2, '0')}`;

const person = (n: number): ImportPerson => ({
  id: idOf(n),
  name: `Persoon ${String(PEOPLE - n).padStart(2, '0')}`,
  email: null,
  title: null,
  bio: null,
  availability: 'AVAILABLE',
  visibility: 'NETWORK',
  municipalityCode: n % 2 === 0 ? 'GM0363' : 'GM0153',
  department: null,
  since: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
});

describe.each(GRAPH_STORES)('reads by id on %s', (store) => {
  let graph: OpenGraph;
  const everyone = Array.from({ length: PEOPLE }, (_, n) => idOf(n));
  // Not sorted, with a repeat and an unknown id.
  const asked = [...everyone.slice(20), 'nobody', ...everyone.slice(0, 20), idOf(3)];

  beforeAll(async () => {
    graph = await openGraph(store);
    const importer = graph.get(GraphImportRepository);
    await importer.importMunicipalities([
      { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', population: 931298 },
      { code: 'GM0153', name: 'Enschede', province: 'Overijssel', population: 161360 },
    ]);
    await importer.importSkills(
      SKILLS.map((id) => ({ id, name: id, aliases: [], category: null, escoUri: null })),
    );
    await importer.importPeople(Array.from({ length: PEOPLE }, (_, n) => person(n)));
    await importer.importPersonSkills(
      everyone.flatMap((personId, n) =>
        SKILLS.slice(0, 1 + (n % 3)).map((skillId, s) => ({
          personId,
          skillId,
          level: 1 + ((n + s) % 5),
        })),
      ),
    );
    await importer.importChallenges([
      {
        id: 'c1',
        title: 'Inkoop jeugdzorg',
        description: 'Regionale inkoop',
        theme: 'sociaal-domein',
        status: 'SOLVED',
        municipalityCode: 'GM0363',
        createdAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2024-01-01T00:00:00.000Z',
      },
    ]);
    await importer.importExperiences(
      everyone.map((personId, n) => ({
        personId,
        challengeId: 'c1',
        role: n % 3 === 0 ? 'LEAD' : 'MEMBER',
        outcome: 'SOLVED',
        year: 2000 + (n % 7),
        lessonsLearned: null,
      })),
    );
  });
  afterAll(() => graph.close());

  /** What reading the ids one at a time answers, in the order asked, each id once. */
  async function oneByOne<T>(ids: readonly string[], read: (ids: string[]) => Promise<T[]>) {
    const answers: T[] = [];
    for (const id of [...new Set(ids)]) answers.push(...(await read([id])));
    return answers;
  }

  it.each([
    ['a few ids', asked.slice(0, 5)],
    ['many ids', asked],
  ])('people, their skills and their matching context: %s', async (_, ids) => {
    const people = graph.get(PeopleRepository);
    const matching = graph.get(MatchingRepository);
    const found = await people.findByIds(ids);
    expect(found.map((each) => each.id)).toEqual([...new Set(ids)].filter((id) => id !== 'nobody'));
    expect(found).toEqual(await oneByOne(ids, (one) => people.findByIds(one)));
    expect(await people.skillsOf(ids)).toEqual(await oneByOne(ids, (one) => people.skillsOf(one)));
    expect(await matching.people(ids)).toEqual(await oneByOne(ids, (one) => matching.people(one)));
    const levels = await matching.skillLevels(ids, SKILLS.slice(1));
    expect(levels).toEqual(
      await oneByOne(ids, (one) => matching.skillLevels(one, SKILLS.slice(1))),
    );
    expect(levels.length).toBeGreaterThan(0);
  });

  it('experiences of many people come ordered by person, then newest first', async () => {
    const rows = await graph.get(ExperiencesRepository).findByPersonIds(asked);
    expect(rows.map((row) => row.personId)).toEqual([...everyone].sort());
    const onChallenge = await graph.get(ExperiencesRepository).findByChallengeIds(['c1']);
    const years = onChallenge.map((row) => row.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(onChallenge).toHaveLength(PEOPLE);
  });
});
