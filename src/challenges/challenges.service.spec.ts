import { CommonErrorCode } from '../common/errors/common.exception';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { type Page, type PageRequest } from '../common/pagination/page';
import { ADMIN, clientOf } from '../../test/support/callers';
import { ChallengeStatus } from './challenge-status';
import {
  type ChallengeFilter,
  type ChallengePatch,
  type ChallengeRecord,
} from './challenge.record';
import { ChallengesErrorCode, ChallengesException } from './challenges.exception';
import { ChallengesRepository } from './challenges.repository';
import { ChallengesService } from './challenges.service';

/** In memory; update checks `authorize` on the stored challenge, as the store does. */
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
  update(
    id: string,
    patch: ChallengePatch,
    authorize?: (current: ChallengeRecord) => void,
  ): Promise<ChallengeRecord> {
    return Promise.resolve().then(() => this.apply(id, patch, authorize));
  }
  private apply(
    id: string,
    patch: ChallengePatch,
    authorize?: (current: ChallengeRecord) => void,
  ): ChallengeRecord {
    const current = this.records.get(id);
    if (!current) throw ChallengesException.notFound(id);
    authorize?.(current);
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
    return next;
  }
}

describe('ChallengesService', () => {
  let repository: FakeChallenges;
  let sut: ChallengesService;

  beforeEach(() => {
    repository = new FakeChallenges();
    sut = new ChallengesService(repository);
  });

  const create = (overrides: Record<string, unknown> = {}): Promise<ChallengeRecord> =>
    sut.create(ADMIN, {
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

  it('lets a writer create challenges of their own municipality only, writing nothing else', async () => {
    const input = { title: 'Inkoop', description: 'Samen.', municipalityCode: 'GM0363' };
    await expect(sut.create(clientOf('GM0344'), input)).rejects.toMatchObject({
      code: CommonErrorCode.FORBIDDEN,
      message: expect.stringContaining('the new challenge') as string,
    });
    expect(repository.records.size).toBe(0);
    await expect(sut.create(clientOf('GM0363'), input)).resolves.toMatchObject(input);
  });

  it('updates only the given fields; null theme clears it, left-out theme keeps it', async () => {
    const created = await create({ theme: 'ict', requiredSkillIds: ['gis'] });
    const renamed = await sut.update(ADMIN, created.id, { title: 'Nieuw', description: null });
    expect(renamed).toMatchObject({ title: 'Nieuw', description: 'Samen inkopen.', theme: 'ict' });
    expect(renamed.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());

    const cleared = await sut.update(ADMIN, created.id, { theme: null, requiredSkillIds: [] });
    expect(cleared).toMatchObject({ theme: null, requiredSkillIds: [], title: 'Nieuw' });
  });

  it('refuses to update an unknown challenge', async () => {
    await expect(sut.update(ADMIN, 'nope', { title: 'X' })).rejects.toMatchObject({
      code: ChallengesErrorCode.CHALLENGE_NOT_FOUND,
    });
  });

  it("decides on the stored challenge who may change it: its municipality's writers", async () => {
    const created = await create();
    await expect(
      sut.update(clientOf('GM0344'), created.id, { title: 'Anders' }),
    ).rejects.toMatchObject({
      code: CommonErrorCode.FORBIDDEN,
      message: expect.stringContaining(`challenge ${created.id}`) as string,
    });
    expect(repository.records.get(created.id)?.title).toBe('Inkoop jeugdzorg');
    await expect(
      sut.update(clientOf('GM0363'), created.id, { title: 'Anders' }),
    ).resolves.toMatchObject({ title: 'Anders' });
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
