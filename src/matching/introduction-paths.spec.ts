import { choosePath, comparePaths } from './introduction-paths';

describe('choosePath', () => {
  const everyone = (): boolean => true;

  it('takes the shortest path', () => {
    expect(
      choosePath(
        [
          ['me', 'a', 'b', 'x'],
          ['me', 'c', 'x'],
        ],
        everyone,
      ),
    ).toEqual(['me', 'c', 'x']);
  });

  it('takes the first by ids among equally short paths', () => {
    expect(
      choosePath(
        [
          ['me', 'v', 'x'],
          ['me', 'f', 'x'],
        ],
        everyone,
      ),
    ).toEqual(['me', 'f', 'x']);
  });

  it('skips paths through someone hidden, and gives null when none is left', () => {
    const visible = (id: string): boolean => id !== 'hidden';
    expect(
      choosePath(
        [
          ['me', 'hidden', 'x'],
          ['me', 'a', 'b', 'x'],
        ],
        visible,
      ),
    ).toEqual(['me', 'a', 'b', 'x']);
    expect(choosePath([['me', 'hidden', 'x']], visible)).toBeNull();
    expect(choosePath([], everyone)).toBeNull();
  });

  it('only checks the people between the ends', () => {
    expect(choosePath([['me', 'x']], () => false)).toEqual(['me', 'x']);
  });

  it('compares by length first', () => {
    expect(comparePaths(['a', 'z'], ['a', 'b', 'c'])).toBeLessThan(0);
    expect(comparePaths(['a', 'b'], ['a', 'b'])).toBe(0);
  });
});
