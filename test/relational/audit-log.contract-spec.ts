import { randomUUID } from 'node:crypto';
import { type AuditLogRecord } from '../../src/audit/audit-log.record';
import { AuditLogService } from '../../src/audit/audit-log.service';
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

    describe('the hash chain', () => {
      /** Checks the whole chain as `npm run audit:verify` does. */
      const verify = () => new AuditLogService(sut).verify();
      const sql = (text: string): string =>
        store === 'postgres'
          ? text.replace(
              /\?/g,
              (_, offset: number, whole: string) => `$${whole.slice(0, offset).split('?').length}`,
            )
          : text;
      type Row = Record<string, unknown>;
      const run = (text: string, params: unknown[] = []): Promise<Row[]> =>
        open.dataSource.query<Row[]>(sql(text), params);
      const seqOf = async (id: string): Promise<number> =>
        Number((await run('SELECT seq FROM audit_log WHERE id = ?', [id]))[0].seq);
      /** Removes a record behind the log's back; returns how to put it back exactly. */
      const remove = async (id: string): Promise<() => Promise<unknown>> => {
        const [row] = await run('SELECT * FROM audit_log WHERE id = ?', [id]);
        await run('DELETE FROM audit_log WHERE id = ?', [id]);
        const columns = Object.keys(row);
        return () =>
          run(
            `INSERT INTO audit_log (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
            columns.map((column) => row[column]),
          );
      };
      const setSeq = async (pairs: ReadonlyArray<[string, number]>): Promise<void> => {
        for (const [id, seq] of pairs) {
          await run('UPDATE audit_log SET seq = ? WHERE id = ?', [seq, id]);
        }
      };

      it('chains appends, also many at once, into one unbroken sequence', async () => {
        const before = await sut.chainEnds();
        await Promise.all(Array.from({ length: 12 }, () => sut.append([entry(), entry()])));
        const after = await sut.chainEnds();
        expect(after.head.seq).toBe(before.head.seq + 24);
        const result = await verify();
        expect(result.broken).toBeNull();
        expect(result.lastSeq).toBe(after.head.seq);
      });

      it('pseudonymises an erased person wherever they are named, and the chain still verifies', async () => {
        const ann = `person-${randomUUID()}`;
        const others = entry();
        await sut.append([
          entry({ actor: `person:${ann}`, objectId: ann }),
          entry({ objectType: 'Introduction', objectId: randomUUID(), actor: `person:${ann}` }),
          others,
          entry({ objectType: 'Person', objectId: ann }),
        ]);
        expect(await sut.pseudonymise(ann)).toBe(3);
        expect(await sut.pseudonymise(ann)).toBe(0);
        const left = await run(
          'SELECT COUNT(*) AS n FROM audit_log WHERE actor LIKE ? OR object_id LIKE ?',
          [`%${ann}%`, `%${ann}%`],
        );
        expect(Number(left[0].n)).toBe(0);
        expect((await verify()).broken).toBeNull();
        const [row] = await run('SELECT actor FROM audit_log WHERE id = ?', [others.id]);
        expect(row.actor).toBe('admin');
      });

      it('finds a changed record, then the chain is whole again once it is put back', async () => {
        const victim = entry();
        await sut.append([entry(), victim, entry()]);
        const seq = await seqOf(victim.id);
        await run('UPDATE audit_log SET actor = ? WHERE id = ?', [
          'client:someone-else',
          victim.id,
        ]);
        const { broken } = await verify();
        expect([broken?.seq, broken?.id]).toEqual([seq, victim.id]);
        expect(broken?.reason).toMatch(/changed/);
        await run('UPDATE audit_log SET actor = ? WHERE id = ?', [victim.actor, victim.id]);
        expect((await verify()).broken).toBeNull();
      });

      it('finds a removed record and records swapped in order', async () => {
        const [first, second, third] = [entry(), entry(), entry()];
        await sut.append([first, second, third]);
        const [a, b] = [await seqOf(first.id), await seqOf(second.id)];

        const putBack = await remove(second.id);
        const gap = (await verify()).broken;
        expect(gap?.seq).toBe(b);
        expect(gap?.reason).toMatch(/missing/);
        await putBack();
        expect((await verify()).broken).toBeNull();

        // Swap the places of the first two (their seq), as if the log had been reordered.
        await setSeq([
          [first.id, -1],
          [second.id, a],
          [first.id, b],
        ]);
        expect((await verify()).broken).toMatchObject({ seq: a, id: second.id });
        // And back.
        await setSeq([
          [second.id, -1],
          [first.id, a],
          [second.id, b],
        ]);
        expect((await verify()).broken).toBeNull();
      });

      it('finds records cut off the end', async () => {
        const last = entry();
        await sut.append([entry(), last]);
        const putBack = await remove(last.id);
        expect((await verify()).broken?.reason).toMatch(/at the end were removed/);
        await putBack();
        expect((await verify()).broken).toBeNull();
      });

      it('prunes old records and still verifies from the new anchor', async () => {
        const old = entry({ at: new Date('2020-01-01T00:00:00.000Z') });
        const recent = entry();
        await sut.append([old, recent]);
        const removed = await sut.pruneBefore(new Date('2021-01-01T00:00:00.000Z'));
        expect(removed).toBeGreaterThanOrEqual(1);
        const ends = await sut.chainEnds();
        expect(ends.anchor.seq).toBe((await seqOf(recent.id)) - 1);
        const result = await verify();
        expect(result).toMatchObject({ broken: null, anchorSeq: ends.anchor.seq });
        await expect(sut.pruneBefore(new Date('2021-01-01T00:00:00.000Z'))).resolves.toBe(0);
        const page = await sut.list({ objectId: old.objectId! }, { first: 10, after: null });
        expect(page.totalCount).toBe(0);
      });
    });
  });
}
