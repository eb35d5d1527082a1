import { measurement as anyMeasurement, summary } from './measurement-fixtures';
import { renderReport } from './report';
import { OPERATION_NAMES } from './operations';
import { type BenchResults, type Measurement, SERVERS } from './results';

// A smoke run's measurements: 16 requests each.
const measurement = (overrides: Partial<Measurement>): Measurement =>
  anyMeasurement({ summary: summary({ requests: 16 }), ...overrides });

const results = (overrides: Partial<BenchResults>): BenchResults => ({
  scale: 'regional',
  seed: 1,
  smoke: false,
  command: 'npm run bench -- --scale regional',
  date: '2026-12-04T00:00:00Z',
  machine: { cpus: 2, cpuModel: 'x', memoryGb: 24, node: 'v20', os: 'Linux', load: [0, 0] },
  settings: { warmUp: 1, measured: 16, clients: [1, 8] },
  dataset: { folder: 'data/bench/regional-1', generatedSeconds: null },
  operations: [],
  stores: [
    {
      store: 'kuzu',
      size: {
        municipalities: 342,
        people: 20000,
        skills: 2000,
        challenges: 5000,
        relationships: 207237,
      },
      loadSeconds: 41.5,
      diskBytes: 300 * 1024 ** 2,
      startSeconds: 3,
      serviceMemory: { peakMb: 700, servingPeakMb: 650 },
      storeMemory: null,
    },
  ],
  measurements: [measurement({})],
  failures: [],
  ...overrides,
});

describe('report', () => {
  it('states the load time, size on disk and memory, and judges the targets', () => {
    const sut = renderReport(results({}));
    expect(sut).toContain('# Benchmarks: regional scale');
    expect(sut).toMatch(
      /\| kuzu +\| +342 \| +20000 \| +2000 \| +5000 \| +207237 \| +41\.5 s \| +300 MB \|/,
    );
    expect(sut).toMatch(/\| kuzu +\| +700 MB \| +650 MB \| in the service \| in the service \|/);
    expect(sut).toContain('## Against the targets');
    expect(sut).toContain('load into kuzu ≤ 60 s — kuzu: **met**');
  });

  it('states a time cap per phase and how many requests each row measured', () => {
    const sut = renderReport(
      results({
        settings: { warmUp: 1, measured: 16, maxPhaseSeconds: 60, clients: [1, 8] },
        operations: [{ server: SERVERS.service, name: OPERATION_NAMES.lookup, description: 'x' }],
        measurements: [measurement({ summary: summary({ requests: 11 }) })],
      }),
    );
    expect(sut).toContain('each phase stops after 60 s (BENCH_MAX_SECONDS)');
    expect(sut).toMatch(/\| person lookup +\| kuzu +\| +1 \| +11 \|/);
  });

  it('judges nothing in a smoke run but lists failed requests with their first answer', () => {
    const sut = renderReport(
      results({
        smoke: true,
        measurements: [measurement({ summary: summary({ errors: 2 }), failure: '{"errors":[]}' })],
      }),
    );
    expect(sut).not.toContain('## Against the targets');
    expect(sut).toContain('**Smoke run:**');
    expect(sut).toContain(
      '- Kennissen person lookup on kuzu at 1: 2 failed requests; first: `{"errors":[]}`',
    );
  });
});
