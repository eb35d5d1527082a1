import { type Page, type PageRequest, pageFromRows } from '../common/pagination/page';
import { MunicipalitiesRepository, municipalitySortKey } from './municipalities.repository';
import { MunicipalitiesService } from './municipalities.service';
import { type MunicipalityRecord } from './municipality.record';

const municipality = (code: string, name: string): MunicipalityRecord => ({
  code,
  name,
  province: 'Utrecht',
  population: 10_000,
});

/** In memory, by name then code as the stores list them; records what reached it. */
class FakeMunicipalitiesRepository extends MunicipalitiesRepository {
  readonly calls: string[] = [];
  failNext = false;

  constructor(readonly stored: MunicipalityRecord[]) {
    super();
  }

  findByCodes(codes: readonly string[]): Promise<MunicipalityRecord[]> {
    this.calls.push(`findByCodes:${codes.join(',')}`);
    return Promise.resolve(this.stored.filter((record) => codes.includes(record.code)));
  }

  list(_filter: object, page: PageRequest): Promise<Page<MunicipalityRecord>> {
    this.calls.push(`list:${page.after?.[1] ?? 'start'}`);
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('store down'));
    }
    const sorted = [...this.stored].sort((a, b) =>
      `${a.name}\0${a.code}`.localeCompare(`${b.name}\0${b.code}`),
    );
    const after = page.after;
    const rest = after
      ? sorted.filter((record) => {
          const [name, code] = municipalitySortKey(record);
          return `${name}\0${code}` > `${after[0]}\0${after[1]}`;
        })
      : sorted;
    return Promise.resolve(pageFromRows(rest.slice(0, page.first + 1), page, sorted.length));
  }
}

describe('MunicipalitiesService', () => {
  // 250 municipalities: more than two pages of the catalogue read.
  const reference = Array.from({ length: 250 }, (_, i) =>
    municipality(`GM${String(i).padStart(4, '0')}`, `Gemeente ${String(i).padStart(3, '0')}`),
  );

  it('reads the reference catalogue once, in pages, and answers later lookups from it', async () => {
    const repository = new FakeMunicipalitiesRepository([...reference]);
    const sut = new MunicipalitiesService(repository);

    expect(await sut.findByCode('GM0249')).toEqual(reference[249]);
    expect(await sut.findByCodes(['GM0001', 'GM0100'])).toEqual([reference[1], reference[100]]);

    expect(repository.calls).toEqual(['list:start', 'list:GM0099', 'list:GM0199']);
  });

  it('asks the store for a code the catalogue lacks, keeps what it finds, and leaves out codes nobody has', async () => {
    const repository = new FakeMunicipalitiesRepository([...reference]);
    const sut = new MunicipalitiesService(repository);
    await sut.findByCode('GM0000');
    const added = municipality('GM9999', 'Nieuwgevormd');
    repository.stored.push(added);

    expect(await sut.findByCodes(['GM0000', 'GM9999', 'GM8888'])).toEqual([reference[0], added]);
    expect(repository.calls.at(-1)).toBe('findByCodes:GM9999,GM8888');

    // What the store had is kept; a code nobody has is asked again.
    expect(await sut.findByCodes(['GM9999', 'GM8888'])).toEqual([added]);
    expect(repository.calls.at(-1)).toBe('findByCodes:GM8888');
  });

  it('reads the catalogue again after a failed read instead of keeping the failure', async () => {
    const repository = new FakeMunicipalitiesRepository([...reference]);
    const sut = new MunicipalitiesService(repository);
    repository.failNext = true;

    await expect(sut.findByCode('GM0001')).rejects.toThrow('store down');
    expect(await sut.findByCode('GM0001')).toEqual(reference[1]);
  });
});
