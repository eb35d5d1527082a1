import { BenchArgsError, parseBenchArgs } from './bench-args';

describe('bench arguments', () => {
  it('defaults to the demo population on both stores with a full run', () => {
    expect(parseBenchArgs([], {})).toEqual({
      scale: 'demo',
      stores: ['kuzu', 'neo4j'],
      seed: 1,
      smoke: false,
      warmUp: 50,
      measured: 500,
      maxPhaseSeconds: null,
    });
  });

  it('reads --scale, --store, --seed and --smoke, with or without =', () => {
    const sut = parseBenchArgs(
      ['--scale', 'regional', '--store=neo4j', '--seed', '7', '--smoke'],
      {},
    );
    expect(sut).toEqual({
      scale: 'regional',
      stores: ['neo4j'],
      seed: 7,
      smoke: true,
      warmUp: 8,
      measured: 16,
      maxPhaseSeconds: null,
    });
  });

  it('keeps BENCH_REQUESTS, BENCH_WARMUP, BENCH_STORES and BENCH_SMOKE', () => {
    const sut = parseBenchArgs([], {
      BENCH_REQUESTS: '40',
      BENCH_WARMUP: '0',
      BENCH_STORES: 'kuzu',
      BENCH_SMOKE: '1',
    });
    expect(sut).toMatchObject({ stores: ['kuzu'], smoke: true, warmUp: 0, measured: 40 });
  });

  it('caps each phase at BENCH_MAX_SECONDS, and refuses a cap that is not a whole number of seconds', () => {
    expect(parseBenchArgs([], { BENCH_MAX_SECONDS: '60' }).maxPhaseSeconds).toBe(60);
    expect(() => parseBenchArgs([], { BENCH_MAX_SECONDS: '0' })).toThrow(/BENCH_MAX_SECONDS/);
    expect(() => parseBenchArgs([], { BENCH_MAX_SECONDS: '1.5' })).toThrow(/BENCH_MAX_SECONDS/);
  });

  it('lets --store win over BENCH_STORES', () => {
    expect(parseBenchArgs(['--store', 'both'], { BENCH_STORES: 'kuzu' }).stores).toEqual([
      'kuzu',
      'neo4j',
    ]);
  });

  it.each([
    [['--scale', 'city']],
    [['--store', 'postgres']],
    [['--seed', '-1']],
    [['--scale']],
    [['--scale', '--smoke']],
    [['--fast']],
  ])('refuses %j', (argv) => {
    expect(() => parseBenchArgs(argv, {})).toThrow(BenchArgsError);
  });

  it('refuses fewer measured requests than clients, and unknown stores in BENCH_STORES', () => {
    expect(() => parseBenchArgs([], { BENCH_REQUESTS: '4' })).toThrow(/at least 8/);
    expect(() => parseBenchArgs([], { BENCH_STORES: 'kuzu,mongo' })).toThrow(BenchArgsError);
  });
});
