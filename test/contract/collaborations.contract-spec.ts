import { CollaborationKind } from '../../src/collaborations/collaboration-kind';
import { CollaborationsErrorCode } from '../../src/collaborations/collaborations.exception';
import { CollaborationsRepository } from '../../src/collaborations/collaborations.repository';
import { MunicipalitiesErrorCode } from '../../src/municipalities/municipalities.exception';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { municipalityRow, nextNumber } from '../support/factories';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

describe.each(GRAPH_STORES)('collaborations contract on %s', (store) => {
  describe('reading', () => {
    let graph: OpenGraph;
    let sut: CollaborationsRepository;
    const utrecht = municipalityRow({ name: 'Utrecht' });
    const amsterdam = municipalityRow({ name: 'Amsterdam' });
    const zwolle = municipalityRow({ name: 'Zwolle' });
    const collaborations = [
      { id: 'b1', name: 'Beta', kind: CollaborationKind.SAFETY_REGION },
      { id: 'a2', name: 'Alfa', kind: CollaborationKind.SAFETY_REGION },
      { id: 'a1', name: 'Alfa', kind: CollaborationKind.HEALTH_REGION },
      { id: 'c1', name: 'Gamma', kind: CollaborationKind.COOPERATIVE },
    ];

    beforeAll(async () => {
      graph = await openGraph(store);
      const importer = graph.get(GraphImportRepository);
      await importer.importMunicipalities([utrecht, amsterdam, zwolle]);
      await importer.importCollaborations(collaborations);
      await importer.importMemberships([
        { collaborationId: 'b1', municipalityCode: utrecht.code },
        { collaborationId: 'b1', municipalityCode: amsterdam.code },
        { collaborationId: 'a1', municipalityCode: utrecht.code },
        { collaborationId: 'c1', municipalityCode: utrecht.code },
      ]);
      sut = graph.get(CollaborationsRepository);
    });
    afterAll(() => graph.close());

    it('finds collaborations by id and ignores unknown ids', async () => {
      expect(await sut.findByIds(['a2', 'nope'])).toEqual([collaborations[1]]);
      expect(await sut.findByIds([])).toEqual([]);
    });

    it('lists by name, then id, with keyset pages and a total count', async () => {
      const first = await sut.list({}, { first: 2, after: null });
      expect(first.items.map((c) => c.id)).toEqual(['a1', 'a2']);
      expect(first.hasNextPage).toBe(true);
      expect(first.totalCount).toBe(4);

      const second = await sut.list({}, { first: 2, after: ['Alfa', 'a2'] });
      expect(second.items.map((c) => c.id)).toEqual(['b1', 'c1']);
      expect(second.hasNextPage).toBe(false);
      expect(second.totalCount).toBe(4);
    });

    it('continues between two collaborations of the same name', async () => {
      const page = await sut.list({}, { first: 1, after: ['Alfa', 'a1'] });
      expect(page.items.map((c) => c.id)).toEqual(['a2']);
      expect(page.hasNextPage).toBe(true);
    });

    it('filters by kind', async () => {
      const page = await sut.list(
        { kind: CollaborationKind.SAFETY_REGION },
        { first: 10, after: null },
      );
      expect(page.items.map((c) => c.id)).toEqual(['a2', 'b1']);
      expect(page.totalCount).toBe(2);
      const none = await sut.list(
        { kind: CollaborationKind.ENERGY_REGION },
        { first: 10, after: null },
      );
      expect(none).toEqual({ items: [], hasNextPage: false, totalCount: 0 });
    });

    it('gives the members of collaborations ordered by municipality name', async () => {
      const members = await sut.membersOf(['b1', 'a2', 'c1']);
      expect(members).toEqual([
        { collaborationId: 'b1', municipalityCode: amsterdam.code },
        { collaborationId: 'b1', municipalityCode: utrecht.code },
        { collaborationId: 'c1', municipalityCode: utrecht.code },
      ]);
      expect(await sut.membersOf([])).toEqual([]);
    });

    it('gives the collaborations of municipalities ordered by name', async () => {
      const found = await sut.collaborationsOf([utrecht.code, zwolle.code]);
      expect(found.map((row) => [row.municipalityCode, row.collaboration.id])).toEqual([
        [utrecht.code, 'a1'],
        [utrecht.code, 'b1'],
        [utrecht.code, 'c1'],
      ]);
      expect(found[0].collaboration).toEqual(collaborations[2]);
    });
  });

  describe('writing', () => {
    let graph: OpenGraph;
    let sut: CollaborationsRepository;
    const member = municipalityRow();

    beforeAll(async () => {
      graph = await openGraph(store);
      await graph.get(GraphImportRepository).importMunicipalities([member]);
      sut = graph.get(CollaborationsRepository);
    });
    afterAll(() => graph.close());

    it('creates a collaboration, and changes it when upserted again with the same id', async () => {
      const id = `test-${nextNumber()}`;
      const created = await sut.upsert({ id, name: 'Regio Test', kind: CollaborationKind.OTHER });
      expect(created).toEqual({ id, name: 'Regio Test', kind: CollaborationKind.OTHER });

      const changed = await sut.upsert({
        id,
        name: 'Regio Proef',
        kind: CollaborationKind.COOPERATIVE,
      });
      expect(changed).toEqual({ id, name: 'Regio Proef', kind: CollaborationKind.COOPERATIVE });
      expect(await sut.findByIds([id])).toEqual([changed]);
    });

    it('adds a member once, however often it is added', async () => {
      const id = `test-${nextNumber()}`;
      await sut.upsert({ id, name: 'Samen Sterk', kind: CollaborationKind.SHARED_SERVICE });
      await sut.addMember(id, member.code);
      await sut.addMember(id, member.code);
      expect(await sut.membersOf([id])).toEqual([
        { collaborationId: id, municipalityCode: member.code },
      ]);
    });

    it('refuses an unknown collaboration and writes nothing', async () => {
      const failure = sut.addMember('no-such-collaboration', member.code);
      await expect(failure).rejects.toMatchObject({
        code: CollaborationsErrorCode.COLLABORATION_NOT_FOUND,
      });
      await expect(failure).rejects.toThrow('no-such-collaboration');
      expect(await sut.findByIds(['no-such-collaboration'])).toEqual([]);
    });

    it('refuses an unknown municipality and writes nothing', async () => {
      const id = `test-${nextNumber()}`;
      await sut.upsert({ id, name: 'Leeg Verband', kind: CollaborationKind.OTHER });
      const failure = sut.addMember(id, 'GM0000');
      await expect(failure).rejects.toMatchObject({
        code: MunicipalitiesErrorCode.MUNICIPALITY_NOT_FOUND,
      });
      await expect(failure).rejects.toThrow('GM0000');
      expect(await sut.membersOf([id])).toEqual([]);
    });
  });
});
