import { RequestLoaders } from '../common/loaders/request-loaders';
import { type Page, type PageRequest, pageFromRows } from '../common/pagination/page';
import { type SkillFilter, type SkillRecord } from './skill.record';
import { SkillsErrorCode } from './skills.exception';
import { SkillsRepository } from './skills.repository';
import { SkillsService } from './skills.service';

/** In memory, no name rule (that one is the store's, covered by the contract suite). */
class FakeSkillsRepository extends SkillsRepository {
  readonly skills = new Map<string, SkillRecord>();
  findByIdsCalls = 0;

  findByIds(ids: readonly string[]): Promise<SkillRecord[]> {
    this.findByIdsCalls += 1;
    return Promise.resolve(ids.flatMap((id) => this.skills.get(id) ?? []));
  }

  list(_filter: SkillFilter, page: PageRequest): Promise<Page<SkillRecord>> {
    const all = [...this.skills.values()];
    return Promise.resolve(pageFromRows(all, page, all.length));
  }

  upsert(id: string, change: (current: SkillRecord | null) => SkillRecord): Promise<SkillRecord> {
    const next = change(this.skills.get(id) ?? null);
    this.skills.set(id, next);
    return Promise.resolve(next);
  }
}

const skill = (id: string, overrides: Partial<SkillRecord> = {}): SkillRecord => ({
  id,
  name: `Skill ${id}`,
  aliases: [],
  category: null,
  escoUri: null,
  ...overrides,
});

describe('SkillsService', () => {
  let repository: FakeSkillsRepository;
  let sut: SkillsService;

  beforeEach(() => {
    repository = new FakeSkillsRepository();
    sut = new SkillsService(repository);
  });

  describe('upsert', () => {
    it('derives the id from the name when none is given', async () => {
      const created = await sut.upsert({ name: ' Financiën ' });
      expect(created).toEqual({
        id: 'financien',
        name: 'Financiën',
        aliases: [],
        category: null,
        escoUri: null,
      });
    });

    it('uses the given id', async () => {
      const created = await sut.upsert({ id: 'wmo-2015', name: 'Wmo 2015' });
      expect(created.id).toBe('wmo-2015');
    });

    it('refuses a name without letters or digits when no id is given', async () => {
      await expect(sut.upsert({ name: '!?' })).rejects.toMatchObject({
        code: SkillsErrorCode.SKILL_ID_NOT_DERIVABLE,
        message: expect.stringContaining('name') as string,
      });
      expect(repository.skills.size).toBe(0);
    });

    it('keeps fields left out, clears fields set to null, replaces given ones', async () => {
      repository.skills.set(
        'dso',
        skill('dso', {
          aliases: ['Omgevingsloket'],
          category: 'omgeving',
          escoUri: 'http://data.europa.eu/esco/skill/x',
        }),
      );
      const kept = await sut.upsert({ id: 'dso', name: 'DSO' });
      expect(kept).toEqual({
        id: 'dso',
        name: 'DSO',
        aliases: ['Omgevingsloket'],
        category: 'omgeving',
        escoUri: 'http://data.europa.eu/esco/skill/x',
      });
      const cleared = await sut.upsert({
        id: 'dso',
        name: 'DSO',
        aliases: null,
        category: null,
        escoUri: null,
      });
      expect(cleared).toEqual({
        id: 'dso',
        name: 'DSO',
        aliases: [],
        category: null,
        escoUri: null,
      });
    });

    it('trims aliases and keeps each once, whatever its case', async () => {
      const created = await sut.upsert({
        name: 'Wmo',
        aliases: [' Wmo 2015 ', 'wmo 2015', 'maatwerk', ''],
      });
      expect(created.aliases).toEqual(['Wmo 2015', 'maatwerk']);
    });
  });

  describe('byIdLoader', () => {
    it('answers each key, null for unknown ids, in one store call', async () => {
      repository.skills.set('a', skill('a'));
      const loader = sut.byIdLoader(new RequestLoaders());
      const [a, missing] = await Promise.all([loader.load('a'), loader.load('nope')]);
      expect(a?.id).toBe('a');
      expect(missing).toBeNull();
      expect(repository.findByIdsCalls).toBe(1);
    });
  });
});
