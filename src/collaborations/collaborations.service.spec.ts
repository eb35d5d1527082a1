import { RequestLoaders } from '../common/loaders/request-loaders';
import { type Page, type PageRequest } from '../common/pagination/page';
import {
  MunicipalitiesErrorCode,
  MunicipalitiesException,
} from '../municipalities/municipalities.exception';
import { CollaborationKind } from './collaboration-kind';
import {
  type CollaborationMembership,
  type CollaborationRecord,
  type MemberCollaboration,
} from './collaboration.record';
import { CollaborationsErrorCode, CollaborationsException } from './collaborations.exception';
import { CollaborationsRepository } from './collaborations.repository';
import { CollaborationsService } from './collaborations.service';

class FakeCollaborations extends CollaborationsRepository {
  readonly collaborations = new Map<string, CollaborationRecord>();
  readonly memberships: CollaborationMembership[] = [];
  membersOfCalls = 0;

  findByIds(ids: readonly string[]): Promise<CollaborationRecord[]> {
    return Promise.resolve(ids.flatMap((id) => this.collaborations.get(id) ?? []));
  }
  list(_filter: unknown, _page: PageRequest): Promise<Page<CollaborationRecord>> {
    const items = [...this.collaborations.values()];
    return Promise.resolve({ items, hasNextPage: false, totalCount: items.length });
  }
  membersOf(ids: readonly string[]): Promise<CollaborationMembership[]> {
    this.membersOfCalls += 1;
    return Promise.resolve(this.memberships.filter((row) => ids.includes(row.collaborationId)));
  }
  collaborationsOf(codes: readonly string[]): Promise<MemberCollaboration[]> {
    return Promise.resolve(
      this.memberships
        .filter((row) => codes.includes(row.municipalityCode))
        .map((row) => ({
          municipalityCode: row.municipalityCode,
          collaboration: this.collaborations.get(row.collaborationId) as CollaborationRecord,
        })),
    );
  }
  upsert(record: CollaborationRecord): Promise<CollaborationRecord> {
    this.collaborations.set(record.id, record);
    return Promise.resolve(record);
  }
  /** Checks that both ends exist, as the store does inside its transaction. */
  addMember(collaborationId: string, municipalityCode: string): Promise<void> {
    if (!this.collaborations.has(collaborationId)) {
      return Promise.reject(CollaborationsException.notFound(collaborationId));
    }
    if (municipalityCode !== 'GM0363') {
      return Promise.reject(MunicipalitiesException.notFound(municipalityCode));
    }
    this.memberships.push({ collaborationId, municipalityCode });
    return Promise.resolve();
  }
}

describe('CollaborationsService', () => {
  let repository: FakeCollaborations;
  let sut: CollaborationsService;

  beforeEach(() => {
    repository = new FakeCollaborations();
    sut = new CollaborationsService(repository);
  });

  it('derives the id from the name when none is given', async () => {
    const created = await sut.upsert({
      name: 'Regio Gooi en Vechtstreek',
      kind: CollaborationKind.OTHER,
    });
    expect(created).toEqual({
      id: 'regio-gooi-en-vechtstreek',
      name: 'Regio Gooi en Vechtstreek',
      kind: CollaborationKind.OTHER,
    });
  });

  it('keeps a given id', async () => {
    const created = await sut.upsert({
      id: 'VR13',
      name: 'Veiligheidsregio',
      kind: CollaborationKind.SAFETY_REGION,
    });
    expect(created.id).toBe('VR13');
  });

  it('asks for an id when the name has too few letters for one', async () => {
    await expect(sut.upsert({ name: 'é!', kind: CollaborationKind.OTHER })).rejects.toMatchObject({
      code: CollaborationsErrorCode.COLLABORATION_ID_REQUIRED,
    });
    expect(repository.collaborations.size).toBe(0);
  });

  it('adds a member and returns the collaboration', async () => {
    await sut.upsert({
      id: 'VR13',
      name: 'Veiligheidsregio',
      kind: CollaborationKind.SAFETY_REGION,
    });
    const result = await sut.addMember('VR13', 'GM0363');
    expect(result.id).toBe('VR13');
    expect(repository.memberships).toEqual([
      { collaborationId: 'VR13', municipalityCode: 'GM0363' },
    ]);
  });

  it('refuses an unknown collaboration before writing', async () => {
    const failure = sut.addMember('VR99', 'GM0363');
    await expect(failure).rejects.toMatchObject({
      code: CollaborationsErrorCode.COLLABORATION_NOT_FOUND,
    });
    await expect(failure).rejects.toThrow('VR99');
    expect(repository.memberships).toEqual([]);
  });

  it('refuses an unknown municipality before writing', async () => {
    await sut.upsert({
      id: 'VR13',
      name: 'Veiligheidsregio',
      kind: CollaborationKind.SAFETY_REGION,
    });
    const failure = sut.addMember('VR13', 'GM0001');
    await expect(failure).rejects.toMatchObject({
      code: MunicipalitiesErrorCode.MUNICIPALITY_NOT_FOUND,
    });
    await expect(failure).rejects.toThrow('GM0001');
    expect(repository.memberships).toEqual([]);
  });

  it('batches member lookups per request and gives [] to a collaboration without members', async () => {
    repository.memberships.push(
      { collaborationId: 'A', municipalityCode: 'GM0001' },
      { collaborationId: 'A', municipalityCode: 'GM0002' },
    );
    const loader = sut.memberCodesLoader(new RequestLoaders());
    const [a, b] = await Promise.all([loader.load('A'), loader.load('B')]);
    expect(a).toEqual(['GM0001', 'GM0002']);
    expect(b).toEqual([]);
    expect(repository.membersOfCalls).toBe(1);
  });

  it('groups the collaborations of each municipality', async () => {
    await sut.upsert({
      id: 'VR13',
      name: 'Veiligheidsregio',
      kind: CollaborationKind.SAFETY_REGION,
    });
    repository.memberships.push({ collaborationId: 'VR13', municipalityCode: 'GM0363' });
    const loader = sut.byMunicipalityLoader(new RequestLoaders());
    expect((await loader.load('GM0363')).map((c) => c.id)).toEqual(['VR13']);
    expect(await loader.load('GM0344')).toEqual([]);
  });
});
