import {
  EXPORT_KINDS,
  type ExportKind,
  type ExportRows,
  GraphExportRepository,
} from '../../src/seed/graph-export.repository';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

/** A small graph with every kind of row, including nulls, aliases and an unordered KNOWS pair. */
const FIXTURE: { [K in ExportKind]: ExportRows[K][] } = {
  municipalities: [
    { code: 'GM0153', name: 'Enschede', province: 'Overijssel', population: 161360 },
    { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', population: 931298 },
  ],
  collaborations: [{ id: 'VR05', name: 'Veiligheidsregio Twente', kind: 'SAFETY_REGION' }],
  memberships: [{ collaborationId: 'VR05', municipalityCode: 'GM0153' }],
  skills: [
    {
      id: 'aanbesteden',
      name: 'Aanbesteden',
      aliases: ['inkoop'],
      category: 'bedrijfsvoering',
      escoUri: null,
    },
    { id: 'jeugdwet', name: 'Jeugdwet', aliases: [], category: null, escoUri: null },
  ],
  people: [
    {
      id: 'p1',
      name: 'Anna de Vries',
      email: 'anna@demo.example.nl',
      title: 'Inkoopadviseur',
      bio: 'Aanbestedingen in het sociaal domein.',
      availability: 'AVAILABLE',
      visibility: 'NETWORK',
      municipalityCode: 'GM0153',
      department: 'Inkoop',
      since: '2019-03-01',
      createdAt: '2024-01-02T03:04:05.000Z',
      updatedAt: '2024-02-03T04:05:06.000Z',
    },
    {
      id: 'p2',
      name: 'Bram Jansen',
      email: null,
      title: null,
      bio: null,
      availability: 'LIMITED',
      visibility: 'MUNICIPALITY',
      municipalityCode: 'GM0363',
      department: null,
      since: null,
      createdAt: '2024-01-02T03:04:05.000Z',
      updatedAt: '2024-01-02T03:04:05.000Z',
    },
  ],
  personSkills: [
    { personId: 'p1', skillId: 'aanbesteden', level: 5 },
    { personId: 'p1', skillId: 'jeugdwet', level: 2 },
  ],
  challenges: [
    {
      id: 'c1',
      title: 'Aanbesteding jeugdzorg',
      description: 'Regionale inkoop van jeugdhulp.',
      theme: 'sociaal-domein',
      status: 'SOLVED',
      municipalityCode: 'GM0153',
      createdAt: '2023-05-06T07:08:09.000Z',
      updatedAt: '2023-05-06T07:08:09.000Z',
    },
  ],
  challengeSkills: [{ challengeId: 'c1', skillId: 'aanbesteden', weight: 0.75 }],
  experiences: [
    {
      personId: 'p1',
      challengeId: 'c1',
      role: 'LEAD',
      outcome: 'SOLVED',
      year: 2023,
      lessonsLearned: 'Begin vroeg.',
    },
    {
      personId: 'p2',
      challengeId: 'c1',
      role: 'ADVISOR',
      outcome: 'PARTIAL',
      year: null,
      lessonsLearned: null,
    },
  ],
  acquaintances: [{ personId: 'p2', otherPersonId: 'p1' }],
};

describe.each(GRAPH_STORES)('graph export contract on %s', (store) => {
  let graph: OpenGraph;

  beforeAll(async () => {
    graph = await openGraph(store);
    const importer = graph.get(GraphImportRepository);
    await importer.importMunicipalities(FIXTURE.municipalities);
    await importer.importCollaborations(FIXTURE.collaborations);
    await importer.importMemberships(FIXTURE.memberships);
    await importer.importSkills(FIXTURE.skills);
    await importer.importPeople(FIXTURE.people);
    await importer.importPersonSkills(FIXTURE.personSkills);
    await importer.importChallenges(FIXTURE.challenges);
    await importer.importChallengeSkills(FIXTURE.challengeSkills);
    await importer.importExperiences(FIXTURE.experiences);
    await importer.importAcquaintances(FIXTURE.acquaintances);
  });
  afterAll(() => graph.close());

  async function exportAll<K extends ExportKind>(
    kind: K,
    batchSize: number,
  ): Promise<ExportRows[K][]> {
    const rows: ExportRows[K][] = [];
    let after: string | null = null;
    do {
      const batch: { rows: ExportRows[K][]; next: string | null } = await graph
        .get(GraphExportRepository)
        .exportBatch(kind, after, batchSize);
      rows.push(...batch.rows);
      after = batch.next;
    } while (after !== null);
    return rows;
  }

  it.each(EXPORT_KINDS)('gives back every %s row as it was imported', async (kind) => {
    const expected =
      kind === 'acquaintances'
        ? [{ personId: 'p1', otherPersonId: 'p2' }] // stored once per pair, smaller id first
        : FIXTURE[kind];
    const sortKey = (row: object): string => JSON.stringify(row);
    expect((await exportAll(kind, 1)).map(sortKey).sort()).toEqual(expected.map(sortKey).sort());
  });

  it('pages by start node without splitting or repeating a node', async () => {
    expect(await exportAll('personSkills', 1)).toHaveLength(2);
    expect(await exportAll('people', 1)).toHaveLength(2);
    expect(await exportAll('people', 100)).toHaveLength(2);
  });
});
