import { EachUntilNextWrite } from './until-next-write';

/** A write counter the test moves by hand, as KuzuClient does around each write. */
class Counter {
  writeVersion = 0;
}

describe('EachUntilNextWrite', () => {
  function setUp(values: Record<string, string> = { a: 'A', b: 'B', c: 'C' }) {
    const counter = new Counter();
    const asked: string[][] = [];
    const kept = new EachUntilNextWrite<string>(counter, (ids) => {
      asked.push([...ids]);
      return Promise.resolve(
        new Map(ids.flatMap((id) => (id in values ? [[id, values[id]] as const] : []))),
      );
    });
    return { counter, asked, kept };
  }

  it('reads each id once until the next write, and leaves out ids without a value', async () => {
    const { counter, asked, kept } = setUp();
    expect(await kept.get(['a', 'x'])).toEqual(new Map([['a', 'A']]));
    expect(await kept.get(['x', 'b', 'a'])).toEqual(
      new Map([
        ['b', 'B'],
        ['a', 'A'],
      ]),
    );
    expect(asked).toEqual([['a', 'x'], ['b']]);
    counter.writeVersion += 2;
    await kept.get(['a']);
    expect(asked.at(-1)).toEqual(['a']);
  });

  it('shares a read between concurrent callers', async () => {
    const { asked, kept } = setUp();
    await Promise.all([kept.get(['a', 'b']), kept.get(['b', 'a'])]);
    expect(asked).toEqual([['a', 'b']]);
  });

  it('keeps nothing read while a write runs, nor a failed read', async () => {
    const { counter, asked, kept } = setUp();
    counter.writeVersion = 1;
    expect(await kept.get(['a'])).toEqual(new Map([['a', 'A']]));
    await kept.get(['a']);
    expect(asked).toEqual([['a'], ['a']]);

    counter.writeVersion = 2;
    let fail = true;
    const failing = new EachUntilNextWrite<string>(counter, (ids) =>
      fail
        ? Promise.reject(new Error('store down'))
        : Promise.resolve(new Map(ids.map((id) => [id, id]))),
    );
    await expect(failing.get(['a'])).rejects.toThrow('store down');
    fail = false;
    expect(await failing.get(['a'])).toEqual(new Map([['a', 'a']]));
  });
});
