import { CommonErrorCode } from '../common/errors/common.exception';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { type Page, type PageRequest } from '../common/pagination/page';
import { MunicipalitiesErrorCode } from '../municipalities/municipalities.exception';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { type MunicipalityRecord } from '../municipalities/municipality.record';
import { type SkillRecord } from '../skills/skill.record';
import { SkillsException } from '../skills/skills.exception';
import { type SkillsService } from '../skills/skills.service';
import { ChallengeStatus } from './challenge-status';
import {
  type ChallengeFilter,
  type ChallengePatch,
  type ChallengeRecord,
} from './challenge.record';
import { ChallengesErrorCode } from './challenges.exception';
import { ChallengesRepository } from './challenges.repository';
import { ChallengesService } from './challenges.service';

class FakeMunicipalities extends MunicipalitiesRepository {
  constructor(private readonly rows: MunicipalityRecord[]) {
    super();
  }
  findByCodes(codes: readonly string[]): Promise<MunicipalityRecord[]> {
    return Promise.resolve(this.rows.filter((row) => codes.includes(row.code)));
  }
  list(): Promise<Page<MunicipalityRecord>> {
    return Promise.resolve({ items: this.rows, hasNextPage: false, totalCount: this.rows.length });
  }
}

/** Only what ChallengesService uses of the skills feature. */
class FakeSkills {
  constructor(private readonly known: readonly string[]) {}
  requireAll(ids: readonly string[]): Promise<SkillRecord[]> {
    const missing = ids.filter((id) => !this.known.includes(id));
    if (missing.length > 0) return Promise.reject(SkillsException.notFound(missing));
    return Promise.resolve(
      ids.map((id) => ({ id, name: id, aliases: [], category: null, escoUri: null })),
    );
  }
}

class FakeChallenges extends ChallengesRepository {
  readonly records = new Map<string, ChallengeRecord>();
  readonly calls: string[] = [];

  findByIds(ids: readonly string[]): Promise<ChallengeRecord[]> {
    this.calls.push(`findByIds:${ids.join(',')}`);
    return Promise.resolve(ids.flatMap((id) => this.records.get(id) ?? []));
  }
  list(_filter: ChallengeFilter, page: PageRequest): Promise<Page<ChallengeRecord>> {
    const items = [...this.records.values()].slice(0, page.first);
    return Promise.resolve({ items, hasNextPage: false, totalCount: this.records.size });
  }
  pagesByMunicipality(
    codes: readonly string[],
    page: PageRequest,
  ): Promise<Page<ChallengeRecord>[]> {
    this.calls.push(`pagesByMunicipality:${codes.join(',')}:${page.first}`);
    return Promise.resolve(
      codes.map((code) => {
        const items = [...this.records.values()].filter((r) => r.municipalityCode === code);
        return { items, hasNextPage: false, totalCount: items.length };
      }),
    );
  }
  create(record: ChallengeRecord): Promise<ChallengeRecord> {
    this.records.set(record.id, record);
    return Promise.resolve(record);
  }
  update(id: string, patch: ChallengePatch): Promise<ChallengeRecord> {
    const current = this.records.get(id) as ChallengeRecord;
    const next: ChallengeRecord = {
      ...current,
      title: patch.title ?? current.title,
      description: patch.description ?? current.description,
      status: patch.status ?? current.status,
      theme: patch.theme === undefined ? current.theme : patch.theme,
      requiredSkillIds: patch.requiredSkillIds ?? current.requiredSkillIds,
      updatedAt: patch.updatedAt,
    };
    this.records.set(id, next);
    return Promise.resolve(next);
  }
}

describe('ChallengesService', () => {
  const amsterdam = {
    code: 'GM0363',
    name: 'Amsterdam',
    province: 'Noord-Holland',
    population: 931298,
  };
  let repository: FakeChallenges;
  let sut: ChallengesService;

  beforeEach(() => {
    repository = new FakeChallenges();
    sut = new ChallengesService(
      repository,
      new MunicipalitiesService(new FakeMunicipalities([amsterdam])),
      new FakeSkills(['inkoop', 'jeugdrecht', 'gis']) as unknown as SkillsService,
    );
  });

  const create = (overrides: Record<string, unknown> = {}): Promise<ChallengeRecord> =>
    sut.create({
      title: 'Inkoop jeugdzorg',
      description: 'Samen inkopen.',
      municipalityCode: 'GM0363',
      ...overrides,
    });

  it('creates an OPEN challenge with a new id, one timestamp and sorted skills', async () => {
    const created = await create({ requiredSkillIds: ['jeugdrecht', 'inkoop'] });
    expect(created).toMatchObject({
      title: 'Inkoop jeugdzorg',
      theme: null,
      status: ChallengeStatus.OPEN,
      municipalityCode: 'GM0363',
      requiredSkillIds: ['inkoop', 'jeugdrecht'],
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.updatedAt).toEqual(created.createdAt);
    expect(repository.records.get(created.id)).toEqual(created);
  });

  it('keeps a given theme and status', async () => {
    const created = await create({ theme: 'omgeving', status: ChallengeStatus.IN_PROGRESS });
    expect(created).toMatchObject({ theme: 'omgeving', status: ChallengeStatus.IN_PROGRESS });
  });

  it('refuses an unknown municipality before writing', async () => {
    await expect(create({ municipalityCode: 'GM0001' })).rejects.toMatchObject({
      code: MunicipalitiesErrorCode.MUNICIPALITY_NOT_FOUND,
    });
    expect(repository.records.size).toBe(0);
  });

  it('refuses unknown skills before writing, naming each', async () => {
    await expect(create({ requiredSkillIds: ['inkoop', 'nope', 'niets'] })).rejects.toThrow(
      /nope.*niets/,
    );
    expect(repository.records.size).toBe(0);
  });

  it('updates only the given fields; null theme clears it, left-out theme keeps it', async () => {
    const created = await create({ theme: 'ict', requiredSkillIds: ['gis'] });
    const renamed = await sut.update(created.id, { title: 'Nieuw', description: null });
    expect(renamed).toMatchObject({ title: 'Nieuw', description: 'Samen inkopen.', theme: 'ict' });
    expect(renamed.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());

    const cleared = await sut.update(created.id, { theme: null, requiredSkillIds: [] });
    expect(cleared).toMatchObject({ theme: null, requiredSkillIds: [], title: 'Nieuw' });
  });

  it('refuses to update an unknown challenge', async () => {
    await expect(sut.update('nope', { title: 'X' })).rejects.toMatchObject({
      code: ChallengesErrorCode.CHALLENGE_NOT_FOUND,
    });
  });

  it('refuses unknown skills in an update and leaves the challenge alone', async () => {
    const created = await create();
    await expect(
      sut.update(created.id, { title: 'Anders', requiredSkillIds: ['nope'] }),
    ).rejects.toThrow(/nope/);
    expect(repository.records.get(created.id)?.title).toBe('Inkoop jeugdzorg');
  });

  it.each([
    ['a municipality cursor', ['Amsterdam', 'GM0363']],
    ['a number', [42, 'x']],
    ['a date without time', ['2024-01-01', 'x']],
  ] as const)('rejects %s as a challenge cursor with INVALID_CURSOR', async (_case, after) => {
    await expect(sut.list({}, { first: 10, after })).rejects.toMatchObject({
      code: CommonErrorCode.INVALID_CURSOR,
    });
    expect(() => sut.byMunicipalityLoader(new RequestLoaders(), { first: 10, after })).toThrow(
      /cursor is not valid/,
    );
  });

  it('accepts its own cursor', async () => {
    await expect(
      sut.list({}, { first: 10, after: ['2024-01-01T09:00:00.000Z', 'x'] }),
    ).resolves.toBeDefined();
  });

  it('batches challenge lookups per request', async () => {
    const a = await create();
    const b = await create();
    repository.calls.length = 0;
    const loader = sut.byIdLoader(new RequestLoaders());
    const found = await Promise.all([loader.load(a.id), loader.load('nope'), loader.load(b.id)]);
    expect(found.map((record) => record?.id ?? null)).toEqual([a.id, null, b.id]);
    expect(repository.calls).toEqual([`findByIds:${a.id},nope,${b.id}`]);
  });

  it('shares one municipality-page loader per request and arguments', async () => {
    await create();
    const loaders = new RequestLoaders();
    const page = { first: 5, after: null };
    const [own, other] = await Promise.all([
      sut.byMunicipalityLoader(loaders, page).load('GM0363'),
      sut.byMunicipalityLoader(loaders, { ...page }).load('GM0344'),
    ]);
    expect(own.totalCount).toBe(1);
    expect(other.totalCount).toBe(0);
    expect(repository.calls).toEqual(['pagesByMunicipality:GM0363,GM0344:5']);
    expect(sut.byMunicipalityLoader(loaders, { first: 6, after: null })).not.toBe(
      sut.byMunicipalityLoader(loaders, page),
    );
  });
});
