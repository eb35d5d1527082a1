import { EVERYONE_SCOPE } from '../../src/people/visibility';
import { PeopleRepository } from '../../src/people/people.repository';
import { GraphExportRepository } from '../../src/seed/graph-export.repository';
import { GraphImportRepository, type ImportPerson } from '../../src/seed/graph-import.repository';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

const MUNICIPALITIES = [
  { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', population: 931298 },
  { code: 'GM0153', name: 'Enschede', province: 'Overijssel', population: 161360 },
];

const person = (id: string, overrides: Partial<ImportPerson> = {}): ImportPerson => ({
  id,
  name: `Persoon ${id}`,
  email: `${id}@demo.example.nl`,
  title: 'Beleidsadviseur',
  bio: 'Werkt aan aanbestedingen in het sociaal domein.',
  availability: 'AVAILABLE',
  visibility: 'NETWORK',
  municipalityCode: 'GM0363',
  department: 'Sociaal Domein',
  since: '2020-01-01',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  ...overrides,
});

describe.each(GRAPH_STORES)('graph import contract on %s', (store) => {
  let graph: OpenGraph;
  let sut: GraphImportRepository;

  beforeAll(async () => {
    graph = await openGraph(store);
    sut = graph.get(GraphImportRepository);
    await sut.importMunicipalities(MUNICIPALITIES);
  });
  afterAll(() => graph.close());

  it('counts what was imported, and importing twice changes no count', async () => {
    await sut.importCollaborations([
      { id: 'VR13', name: 'Veiligheidsregio Amsterdam-Amstelland', kind: 'SAFETY_REGION' },
    ]);
    await sut.importMemberships([{ collaborationId: 'VR13', municipalityCode: 'GM0363' }]);
    await sut.importSkills([
      {
        id: 'aanbesteden',
        name: 'Aanbesteden',
        aliases: [],
        category: 'bedrijfsvoering',
        escoUri: null,
      },
    ]);
    const people = [
      person('p1'),
      person('p2'),
      person('p3', { municipalityCode: 'GM0153', since: null }),
    ];
    await sut.importPeople(people);
    await sut.importPeople(people);
    await sut.importMunicipalities(MUNICIPALITIES);
    expect(await sut.counts()).toEqual({
      municipalities: 2,
      collaborations: 1,
      people: 3,
      skills: 1,
      challenges: 0,
    });
  });

  it('updates full-text indexed fields of many existing people in one import', async () => {
    const changed = ['p1', 'p2', 'p3'].map((id) =>
      person(id, { bio: `Nieuwe bio ${id} over de Omgevingswet.` }),
    );
    await expect(sut.importPeople(changed)).resolves.toBeUndefined();
    expect((await sut.counts()).people).toBe(3);
  });

  it('imports challenges, their skills, experiences and acquaintances idempotently', async () => {
    const challenge = {
      id: 'c1',
      title: 'Aanbesteding jeugdzorg',
      description: 'Regionale inkoop van jeugdhulp.',
      theme: 'sociaal-domein',
      status: 'SOLVED',
      municipalityCode: 'GM0153',
      createdAt: '2023-01-01T00:00:00.000Z',
      updatedAt: '2023-01-01T00:00:00.000Z',
    };
    for (let round = 0; round < 2; round++) {
      await sut.importChallenges([challenge, { ...challenge, id: 'c2', title: 'Inkoop Wmo' }]);
      await sut.importChallengeSkills([{ challengeId: 'c1', skillId: 'aanbesteden', weight: 1 }]);
      await sut.importExperiences([
        {
          personId: 'p1',
          challengeId: 'c1',
          role: 'LEAD',
          outcome: 'SOLVED',
          year: 2023,
          lessonsLearned: null,
        },
      ]);
      // The same pair in both directions is one acquaintance.
      await sut.importAcquaintances([
        { personId: 'p2', otherPersonId: 'p1' },
        { personId: 'p1', otherPersonId: 'p2' },
      ]);
    }
    expect((await sut.counts()).challenges).toBe(2);
  });

  it('imports required skills in a batch whose weights are all missing, and whole weights as decimals', async () => {
    const challenge = {
      id: 'c-weights',
      title: 'Gewichten',
      description: 'Vereiste vaardigheden zonder gewicht.',
      theme: null,
      status: 'OPEN',
      municipalityCode: 'GM0363',
      createdAt: '2024-02-01T00:00:00.000Z',
      updatedAt: '2024-02-01T00:00:00.000Z',
    };
    await sut.importSkills([
      { id: 'w-een', name: 'Gewicht een', aliases: ['een'], category: null, escoUri: null },
      { id: 'w-twee', name: 'Gewicht twee', aliases: ['twee'], category: null, escoUri: null },
    ]);
    await sut.importChallenges([challenge]);
    await sut.importChallengeSkills([
      { challengeId: challenge.id, skillId: 'w-een', weight: null },
    ]);
    await sut.importChallengeSkills([{ challengeId: challenge.id, skillId: 'w-twee', weight: 2 }]);
    const exported = await graph
      .get(GraphExportRepository)
      .exportBatch('challengeSkills', 'c-weighs', 10);
    expect(exported.rows.filter((row) => row.challengeId === challenge.id)).toEqual([
      { challengeId: challenge.id, skillId: 'w-een', weight: null },
      { challengeId: challenge.id, skillId: 'w-twee', weight: 2 },
    ]);
  });

  it('moves a re-imported person to their new municipality, keeping one workplace', async () => {
    await sut.importPeople([person('mover', { municipalityCode: 'GM0363' })]);
    await sut.importPeople([person('mover', { municipalityCode: 'GM0153' })]);
    const [moved] = await graph.get(PeopleRepository).findByIds(['mover']);
    expect(moved.municipalityCode).toBe('GM0153');
    const inAmsterdam = await graph
      .get(PeopleRepository)
      .list({ municipalityCode: 'GM0363' }, { first: 100, after: null }, EVERYONE_SCOPE);
    expect(inAmsterdam.items.map((p) => p.id)).not.toContain('mover');
  });

  it('keeps full-text search exact after a bulk import, and indexed nodes updatable', async () => {
    const bios = [
      'Werkt aan de warmtetransitie.',
      'Expert in schuldhulpverlening.',
      'Doet leerplicht.',
    ];
    await sut.importPeople(bios.map((bio, i) => person(`fts${i}`, { name: `Zoek ${i}`, bio })));
    const people = graph.get(PeopleRepository);
    const search = async (text: string): Promise<string[]> =>
      (await people.list({ text }, { first: 10, after: null }, EVERYONE_SCOPE)).items.map(
        (p) => p.id,
      );
    expect(await search('schuldhulpverlening')).toEqual(['fts1']);
    expect(await search('leerplicht')).toEqual(['fts2']);
    // Re-importing changed rows (one update per node) and a plain update both keep working.
    await sut.importPeople([person('fts2', { name: 'Zoek 2', bio: 'Nu over inburgering.' })]);
    expect(await search('leerplicht')).toEqual([]);
    expect(await search('inburgering')).toEqual(['fts2']);
  });

  it('removes people, skills and challenges but keeps reference data', async () => {
    await sut.removeNonReferenceData();
    expect(await sut.counts()).toEqual({
      municipalities: 2,
      collaborations: 1,
      people: 0,
      skills: 0,
      challenges: 0,
    });
  });
});
