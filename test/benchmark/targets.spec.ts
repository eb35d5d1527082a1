import { measurement, summary } from './measurement-fixtures';
import { OPERATION_NAMES } from './operations';
import { type BenchResults, SERVERS, type StoreRun } from './results';
import { atLeast, atMost, verdicts } from './targets';

const storeRun = (overrides: Partial<StoreRun>): StoreRun => ({
  store: 'kuzu',
  size: null,
  loadSeconds: 42,
  diskBytes: 1,
  startSeconds: 1,
  serviceMemory: { peakMb: 900, servingPeakMb: 800 },
  storeMemory: null,
  ...overrides,
});

const results = (overrides: Partial<BenchResults>): BenchResults => ({
  scale: 'national',
  seed: 1,
  smoke: false,
  command: 'npm run bench',
  date: '2026-12-04T00:00:00Z',
  machine: { cpus: 2, cpuModel: 'x', memoryGb: 24, node: 'v20', os: 'Linux', load: [0, 0] },
  settings: { warmUp: 1, measured: 10, clients: [1, 8] },
  dataset: null,
  operations: [],
  stores: [storeRun({})],
  measurements: [],
  failures: [],
  ...overrides,
});

describe('target verdicts', () => {
  it('says by how much a value is under or over its limit', () => {
    expect(atMost(80, 100, 'ms')).toEqual({
      status: 'met',
      detail: '80.0 ms, 20.0 ms (20 %) under the 100 ms limit',
    });
    expect(atMost(150, 100, 'ms')).toEqual({
      status: 'missed',
      detail: '150.0 ms, 50.0 ms (50 %) over the 100 ms limit',
    });
    expect(atMost(Number.NaN, 100, 'ms').status).toBe('not measured');
  });

  it('says by how much a ratio reaches its target', () => {
    expect(atLeast(3, 2)).toEqual({ status: 'met', detail: '3.00×, 50 % above the 2× target' });
    expect(atLeast(1.5, 2)).toEqual({
      status: 'missed',
      detail: '1.50×, 25 % below the 2× target',
    });
  });

  it('judges lookups at 1 client, recommendations at 8, the load time and the Kuzu RSS', () => {
    const sut = verdicts(
      results({
        measurements: [
          measurement({ summary: summary({ p95Ms: 8 }) }),
          measurement({
            operation: OPERATION_NAMES.recommendChallenge,
            clients: 8,
            summary: summary({ p95Ms: 140, errors: 2 }),
          }),
        ],
      }),
    );
    const about = (target: string): string[] =>
      sut.filter((v) => v.target.includes(target)).map((v) => `${v.subject}: ${v.status}`);
    expect(about('person lookup p95')).toEqual(['kuzu, 1 client: met']);
    expect(about('recommendColleagues (challenge)')).toEqual(['kuzu, 8 clients: missed']);
    expect(about('recommendColleagues (description)')).toEqual(['kuzu, 8 clients: not measured']);
    expect(about('load into kuzu')).toEqual(['kuzu: met']);
    expect(about('RSS')).toEqual(['kuzu: met']);
    expect(sut.find((v) => v.detail.includes('failed requests'))?.detail).toBe(
      'p95 140.0 ms, 40.0 ms (40 %) over the 100 ms limit (2 failed requests)',
    );
  });

  it('compares throughput with @neo4j/graphql and states the overhead over an empty Apollo', () => {
    const floor = OPERATION_NAMES.floor;
    const sut = verdicts(
      results({
        stores: [storeRun({ store: 'neo4j', loadSeconds: 400 })],
        measurements: [
          measurement({ store: 'neo4j', summary: summary({ throughput: 250 }) }),
          measurement({ store: 'neo4j', server: SERVERS.neo4jGraphql }),
          measurement({ store: 'neo4j', operation: floor, summary: summary({ p50Ms: 1.5 }) }),
          measurement({
            store: 'none',
            operation: floor,
            server: SERVERS.emptyApollo,
            summary: summary({ p50Ms: 0.5, throughput: 400 }),
          }),
        ],
      }),
    );
    expect(sut.find((v) => v.target.startsWith('person lookup ≥'))).toMatchObject({
      status: 'met',
      detail: '250/s against 100/s: 2.50×, 25 % above the 2× target',
    });
    expect(sut.find((v) => v.target.startsWith('people filter ≥'))?.status).toBe('not measured');
    expect(sut.find((v) => v.status === 'stated')?.detail).toBe(
      'p50 1.50 ms against 0.50 ms: 1.00 ms more per request; 100/s against 400/s (0.25×)',
    );
    expect(sut.find((v) => v.target === 'load into neo4j ≤ 300 s')?.status).toBe('missed');
  });

  it('judges skillGaps only at demo scale, where the load is not imported', () => {
    const demo = verdicts(results({ scale: 'demo', stores: [storeRun({ loadSeconds: null })] }));
    expect(demo.some((v) => v.target.includes('skillGaps'))).toBe(true);
    expect(demo.find((v) => v.target.startsWith('load into'))?.status).toBe('not measured');
    expect(verdicts(results({})).some((v) => v.target.includes('skillGaps'))).toBe(false);
  });
});
