import { MunicipalitiesRepository } from '../../src/municipalities/municipalities.repository';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

const SAMPLE = [
  { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', population: 931298 },
  { code: 'GM0344', name: 'Utrecht', province: 'Utrecht', population: 374238 },
  { code: 'GM0153', name: 'Enschede', province: 'Overijssel', population: 161360 },
  { code: 'GM0014', name: 'Groningen', province: 'Groningen', population: 243768 },
];

describe.each(GRAPH_STORES)('municipalities contract on %s', (store) => {
  let graph: OpenGraph;
  let sut: MunicipalitiesRepository;

  beforeAll(async () => {
    graph = await openGraph(store);
    await graph.get(GraphImportRepository).importMunicipalities(SAMPLE);
    sut = graph.get(MunicipalitiesRepository);
  });
  afterAll(() => graph.close());

  it('finds municipalities by code and ignores unknown codes', async () => {
    const found = await sut.findByCodes(['GM0344', 'GM9999']);
    expect(found).toEqual([SAMPLE[1]]);
  });

  it('lists by name with keyset pages and a total count', async () => {
    const first = await sut.list({}, { first: 2, after: null });
    expect(first.items.map((m) => m.name)).toEqual(['Amsterdam', 'Enschede']);
    expect(first.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(4);
    const second = await sut.list({}, { first: 2, after: ['Enschede', 'GM0153'] });
    expect(second.items.map((m) => m.name)).toEqual(['Groningen', 'Utrecht']);
    expect(second.hasNextPage).toBe(false);
  });

  // Name parts match case-insensitively as each store lower-cases; the stores differ only on
  // letters such as "İ" and a final "Σ" (stated and tested in skills.contract-spec.ts).
  it('filters by name part, code and province', async () => {
    expect(
      (await sut.list({ search: 'STER' }, { first: 10, after: null })).items.map((m) => m.code),
    ).toEqual(['GM0363']);
    expect(
      (await sut.list({ search: 'gm0153' }, { first: 10, after: null })).items.map((m) => m.code),
    ).toEqual(['GM0153']);
    const utrecht = await sut.list({ province: 'Utrecht' }, { first: 10, after: null });
    expect(utrecht.totalCount).toBe(1);
    expect(utrecht.items[0].name).toBe('Utrecht');
  });

  it('re-importing the same rows changes nothing', async () => {
    await graph.get(GraphImportRepository).importMunicipalities(SAMPLE);
    expect((await sut.list({}, { first: 10, after: null })).totalCount).toBe(4);
  });
});
