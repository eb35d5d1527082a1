import { randomUUID } from 'node:crypto';
import { type AuditLogRecord } from '../../src/audit/audit-log.record';
import { AuditLogRepository, auditLogSortKey } from '../../src/audit/audit-log.repository';
import {
  describeFor,
  openRelational,
  type OpenRelational,
  relationalStoresForThisRun,
} from './relational-stores';

const entry = (overrides: Partial<AuditLogRecord> = {}): AuditLogRecord => ({
  id: randomUUID(),
  at: new Date(),
  action: 'createPerson',
  objectType: 'Person',
  objectId: `person-${randomUUID()}`,
  result: 'SUCCESS',
  origin: '127.0.0.1',
  actor: 'admin',
  correlationId: randomUUID(),
  ...overrides,
});

for (const { name: store, reachable } of relationalStoresForThisRun()) {
  describeFor({ name: store, reachable })(`AuditLogRepository on ${store}`, () => {
    let open: OpenRelational;
    let sut: AuditLogRepository;
    beforeAll(async () => {
      open = await openRelational(store);
      sut = open.get(AuditLogRepository);
    });
    afterAll(() => open.close());

    it('stores every field and reads it back, the time to the millisecond', async () => {
      const written = entry({
        at: new Date('2025-03-01T12:34:56.789Z'),
        objectId: null,
        objectType: `T${randomUUID().slice(0, 8)}`,
      });
      await sut.append([written]);
      const page = await sut.list({ objectType: written.objectType }, { first: 10, after: null });
      expect(page.items).toEqual([written]);
      expect(page.totalCount).toBe(1);
    });

    it('filters by object type and id', async () => {
      const objectId = `person-${randomUUID()}`;
      await sut.append([entry({ objectId }), entry({ objectId, objectType: 'Skill' }), entry()]);
      const page = await sut.list({ objectType: 'Person', objectId }, { first: 10, after: null });
      expect(page.items.map((item) => [item.objectType, item.objectId])).toEqual([
        ['Person', objectId],
      ]);
      expect(page.totalCount).toBe(1);
    });

    it('pages newest first without skipping or repeating, also when times are equal', async () => {
      const objectId = `person-${randomUUID()}`;
      const base = Date.parse('2025-05-05T10:00:00.000Z');
      const times = [0, 1, 1, 1, 2, 5];
      const written = times.map((offset) => entry({ objectId, at: new Date(base + offset) }));
      await sut.append(written);

      const seen: AuditLogRecord[] = [];
      let after = null as ReturnType<typeof auditLogSortKey> | null;
      for (let pages = 0; pages < 10; pages += 1) {
        const page = await sut.list({ objectId }, { first: 2, after });
        expect(page.totalCount).toBe(times.length);
        seen.push(...page.items);
        if (!page.hasNextPage) break;
        after = auditLogSortKey(page.items[page.items.length - 1]);
      }
      const expected = [...written].sort(
        (a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1),
      );
      expect(seen.map((item) => item.id)).toEqual(expected.map((item) => item.id));
    });
  });
}
