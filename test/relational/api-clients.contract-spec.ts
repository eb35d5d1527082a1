import { randomUUID } from 'node:crypto';
import { generateApiKey } from '../../src/api-clients/api-key';
import {
  apiClientSortKey,
  ApiClientsRepository,
} from '../../src/api-clients/api-clients.repository';
import { Scope } from '../../src/common/request/caller';
import { apiClientRecord } from '../support/factories';
import {
  describeFor,
  openRelational,
  type OpenRelational,
  relationalStoresForThisRun,
} from './relational-stores';

for (const { name: store, reachable } of relationalStoresForThisRun()) {
  describeFor({ name: store, reachable })(`ApiClientsRepository on ${store}`, () => {
    let open: OpenRelational;
    let sut: ApiClientsRepository;
    beforeAll(async () => {
      open = await openRelational(store);
      sut = open.get(ApiClientsRepository);
    });
    afterAll(() => open.close());

    it('stores every field and reads it back by id and by key id, times to the millisecond', async () => {
      const written = apiClientRecord({
        scopes: [Scope.READ, Scope.HR, Scope.ADMIN],
        createdAt: new Date('2025-03-01T12:34:56.789Z'),
        lastUsedAt: new Date('2025-03-02T01:02:03.456Z'),
        expiresAt: new Date('2027-01-01T00:00:00.001Z'),
      });
      await sut.insert(written);
      await expect(sut.findById(written.id)).resolves.toEqual(written);
      await expect(sut.findByKeyId(written.keyId)).resolves.toEqual(written);
      await expect(sut.findByKeyId(generateApiKey().keyId)).resolves.toBeNull();
      await expect(sut.findById(randomUUID())).resolves.toBeNull();
    });

    it('refuses a second client with the same key id', async () => {
      const first = apiClientRecord();
      await sut.insert(first);
      await expect(sut.insert(apiClientRecord({ keyId: first.keyId }))).rejects.toThrow();
    });

    it('revokes once: a repeat keeps the first time; an unknown id gives null', async () => {
      const written = apiClientRecord();
      await sut.insert(written);
      const first = new Date('2026-02-01T00:00:00.123Z');
      await expect(sut.revoke(written.id, first)).resolves.toEqual({
        ...written,
        revokedAt: first,
      });
      const again = await sut.revoke(written.id, new Date('2026-03-01T00:00:00.000Z'));
      expect(again?.revokedAt).toEqual(first);
      await expect(sut.revoke(randomUUID(), first)).resolves.toBeNull();
    });

    it('replaces a creator by their pseudonym, long enough for a person id and a pseudonym', async () => {
      const person = `person:${'p'.repeat(150)}-${randomUUID()}`;
      const replacement = `person:pseudonym:${'a'.repeat(64)}`;
      const [mine, alsoMine, other] = [
        apiClientRecord({ createdBy: person }),
        apiClientRecord({ createdBy: person }),
        apiClientRecord({ createdBy: 'admin' }),
      ];
      for (const record of [mine, alsoMine, other]) await sut.insert(record);
      expect(await sut.replaceCreator(person, replacement)).toBe(2);
      await expect(sut.findById(mine.id)).resolves.toEqual({ ...mine, createdBy: replacement });
      await expect(sut.findById(alsoMine.id)).resolves.toEqual({
        ...alsoMine,
        createdBy: replacement,
      });
      await expect(sut.findById(other.id)).resolves.toEqual(other);
      expect(await sut.replaceCreator(person, replacement)).toBe(0);
    });

    it('records the last use', async () => {
      const written = apiClientRecord();
      await sut.insert(written);
      const at = new Date('2026-04-01T08:00:00.500Z');
      await sut.markUsed(written.id, at);
      expect((await sut.findById(written.id))?.lastUsedAt).toEqual(at);
    });

    it('lists newest first without skipping or repeating, also when times are equal', async () => {
      // The table is shared by the cases of this worker: page through all and keep ours.
      const base = Date.parse('2030-05-05T10:00:00.000Z') + Math.floor(Math.random() * 1e9);
      const written = [0, 1, 1, 1, 2, 5].map((offset) =>
        apiClientRecord({ createdAt: new Date(base + offset) }),
      );
      for (const record of written) await sut.insert(record);
      const ours = new Set(written.map((record) => record.id));

      const seen: string[] = [];
      let after = null as ReturnType<typeof apiClientSortKey> | null;
      let total: number | null = null;
      for (let pages = 0; pages < 1000; pages += 1) {
        const page = await sut.list({ first: 2, after });
        total ??= page.totalCount;
        expect(page.totalCount).toBe(total);
        seen.push(...page.items.map((item) => item.id));
        if (!page.hasNextPage) break;
        after = apiClientSortKey(page.items[page.items.length - 1]);
      }
      expect(seen).toHaveLength(total!);
      expect(new Set(seen).size).toBe(seen.length);
      const expected = [...written]
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
        .map((record) => record.id);
      expect(seen.filter((id) => ours.has(id))).toEqual(expected);
    });
  });
}
