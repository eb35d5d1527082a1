import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { makeTempDir } from '../../../test/support/temp-dir';
import { GraphStoreErrorCode, GraphStoreException } from '../graph-store.exception';
import { type CypherTransaction } from '../cypher/cypher-client';
import { cypher } from '../cypher/statement';
import { KuzuClient } from './kuzu-client';
import { UntilNextWrite } from './until-next-write';

type Note = { id: string; text: string };
const CREATE_NOTE = cypher<object, Note>('CREATE (:Note {id: $id, text: $text})');
const SET_TEXT = cypher<object, Note>('MATCH (n:Note {id: $id}) SET n.text = $text');
const TEXT_OF = cypher<{ text: string }, { id: string }>(
  'MATCH (n:Note {id: $id}) RETURN n.text AS text',
);
const ID_OF = cypher<{ id: string }, { id: string }>('MATCH (n:Note {id: $id}) RETURN n.id AS id');
const ALL_IDS = cypher<{ id: string }>('MATCH (n:Note) RETURN n.id AS id ORDER BY id');
const PARALLEL_COUNT = cypher<{ total: number }>(
  "MATCH (n:Note) WHERE n.id STARTS WITH 'n' RETURN count(n) AS total",
);
const COUNT = cypher<{ total: number }>('MATCH (n:Note) RETURN count(n) AS total');
const CREATE_KEPT = cypher("CREATE (:Note {id: 'kept', text: 'nieuw'})");

// Runs against a real embedded Kuzu database in a temporary directory.
describe('KuzuClient', () => {
  const temp = makeTempDir('kuzu-client');
  let sut: KuzuClient;

  beforeAll(async () => {
    sut = await KuzuClient.open(path.join(temp.dir, 'graph'), {
      bufferPoolMb: 64,
      readConnections: 2,
    });
    await sut.script('CREATE NODE TABLE Note(id STRING PRIMARY KEY, text STRING)');
    await sut.script("CALL CREATE_FTS_INDEX('Note', 'note_text', ['text'], stemmer := 'dutch')");
  });
  afterAll(async () => {
    await sut.close();
    temp.remove();
  });

  it('commits a transaction whole', async () => {
    await sut.write(async (tx) => {
      await tx.run(CREATE_NOTE, { id: 'a', text: 'eerste' });
      await tx.run(CREATE_NOTE, { id: 'b', text: 'tweede' });
    });
    expect(await sut.read(ALL_IDS)).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('rolls back everything when the work fails part-way', async () => {
    await expect(
      sut.write(async (tx) => {
        await tx.run(CREATE_NOTE, { id: 'c', text: 'derde' });
        throw new Error('rule broken after the first write');
      }),
    ).rejects.toThrow('rule broken');
    expect(await sut.read(ID_OF, { id: 'c' })).toEqual([]);
  });

  it('reports a duplicate key as DUPLICATE and keeps earlier writes of the transaction out', async () => {
    const attempt = sut.write(async (tx) => {
      await tx.run(CREATE_NOTE, { id: 'd', text: 'vierde' });
      await tx.run(CREATE_NOTE, { id: 'a', text: 'dubbel' });
    });
    await expect(attempt).rejects.toBeInstanceOf(GraphStoreException);
    await expect(attempt).rejects.toMatchObject({ code: GraphStoreErrorCode.DUPLICATE });
    expect(await sut.read(ID_OF, { id: 'd' })).toEqual([]);
  });

  it('can write an indexed row again after a rolled-back change to it', async () => {
    await expect(
      sut.write(async (tx) => {
        await tx.run(SET_TEXT, { id: 'a', text: 'gewijzigd' });
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    await sut.write((tx) => tx.run(SET_TEXT, { id: 'a', text: 'opnieuw' }));
    expect(await sut.read(TEXT_OF, { id: 'a' })).toEqual([{ text: 'opnieuw' }]);
  });

  it('can create an indexed row again after a rolled-back creation of it', async () => {
    const create = (tx: CypherTransaction) =>
      tx.run(CREATE_NOTE, { id: 'r', text: 'aanbesteding jeugdzorg' });
    await expect(
      sut.write(async (tx) => {
        await create(tx);
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    await sut.write((tx) => create(tx));
    expect(await sut.read(TEXT_OF, { id: 'r' })).toEqual([{ text: 'aanbesteding jeugdzorg' }]);
  });

  it('serialises concurrent writes without losing any', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        sut.write((tx) => tx.run(CREATE_NOTE, { id: `n${i}`, text: 'parallel' })),
      ),
    );
    const [row] = await sut.read(PARALLEL_COUNT);
    expect(Number(row.total)).toBe(20);
  });

  it('keeps a value read through UntilNextWrite until the next write, even a failed one', async () => {
    let reads = 0;
    const notes = new UntilNextWrite(sut, async () => {
      reads++;
      const [row] = await sut.read(COUNT);
      return Number(row.total);
    });
    const before = await notes.get();
    expect(await notes.get()).toBe(before);
    expect(reads).toBe(1);
    await sut.write((tx) => tx.run(CREATE_KEPT));
    expect(await notes.get()).toBe(before + 1);
    await expect(sut.write(() => Promise.reject(new Error('abandon')))).rejects.toThrow('abandon');
    await notes.get();
    expect(reads).toBe(3);
  });

  it('does not keep a value read while a write runs', async () => {
    let release = (): void => undefined;
    const begun = new Promise<void>((started) => {
      void sut.write(() => {
        started();
        return new Promise<void>((resolve) => (release = resolve));
      });
    });
    await begun;
    let reads = 0;
    const notes = new UntilNextWrite(sut, () => Promise.resolve(++reads));
    expect(await notes.get()).toBe(1);
    expect(await notes.get()).toBe(2);
    release();
    await sut.write(() => Promise.resolve()); // queued after the held one: that one has ended
    expect(await notes.get()).toBe(3);
    expect(await notes.get()).toBe(3);
  });

  it('refuses a second process on the same directory with a clear message', () => {
    const script = `
      const kuzu = require(${JSON.stringify(require.resolve('kuzu'))});
      const database = new kuzu.Database(${JSON.stringify(path.join(temp.dir, 'graph'))});
      database.init().then(() => console.log('opened'), (error) => console.log(error.message));`;
    const child = spawnSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(child.stdout).toMatch(/lock/i);
  });
});
