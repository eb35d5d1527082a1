import { cpuSnapshot, otherShare } from './cpu-share';

describe('cpu share', () => {
  it('is the busy time of unwatched processes over all CPU time', () => {
    const before = { total: 1000, busy: 300, watched: 200 };
    const after = { total: 2000, busy: 900, watched: 600 };
    expect(otherShare(before, after)).toBeCloseTo(0.2);
  });

  it('stays within 0..1 and is null without two snapshots', () => {
    expect(otherShare({ total: 0, busy: 0, watched: 0 }, { total: 10, busy: 0, watched: 5 })).toBe(
      0,
    );
    expect(otherShare(null, { total: 10, busy: 0, watched: 0 })).toBeNull();
  });

  it('reads this process on Linux', () => {
    const snapshot = cpuSnapshot([process.pid]);
    if (process.platform !== 'linux') return expect(snapshot).toBeNull();
    expect(snapshot?.total).toBeGreaterThan(0);
    expect(snapshot?.watched).toBeGreaterThanOrEqual(0);
  });
});
