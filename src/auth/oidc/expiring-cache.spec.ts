import { ExpiringCache } from './expiring-cache';

describe('ExpiringCache', () => {
  let time = 1000;
  const now = (): number => time;

  it('answers until the entry expires, then forgets it', () => {
    const sut = new ExpiringCache<string>(10, now);
    sut.set('a', 'A', 1500);
    expect(sut.get('a')).toBe('A');
    time = 1500;
    expect(sut.get('a')).toBeUndefined();
  });

  it('does not store what has already expired', () => {
    const sut = new ExpiringCache<string>(10, now);
    sut.set('old', 'X', time);
    expect(sut.get('old')).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const sut = new ExpiringCache<string>(2, now);
    sut.set('a', 'A', time + 100);
    sut.set('b', 'B', time + 100);
    sut.set('c', 'C', time + 100);
    expect([sut.get('a'), sut.get('b'), sut.get('c')]).toEqual([undefined, 'B', 'C']);
  });
});
