import { StoreCircuit } from '../common/availability/store-circuit';
import { ServiceMetrics } from './service-metrics';

/** The value of one sample in the exposition, e.g. `kennissen_store_up{store="graph",system="neo4j"}`. */
async function value(metrics: ServiceMetrics, series: string): Promise<number | undefined> {
  const line = (await metrics.exposition()).body
    .split('\n')
    .find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('ServiceMetrics', () => {
  const build = { version: '1.2.3', graphStore: 'neo4j', relationalStore: 'postgres' };

  it('reports a store down while its circuit is open and counts each opening once', async () => {
    let reachable = true;
    const circuit = new StoreCircuit({
      store: 'graph',
      description: 'the test store',
      probe: () => (reachable ? Promise.resolve() : Promise.reject(new Error('refused'))),
      isOutage: () => true,
      unavailable: (message) => new Error(message),
      failWithinMs: 500,
      retryIntervalMs: 60_000,
    });
    const metrics = new ServiceMetrics(build);
    metrics.watchStores([
      { store: 'graph', system: 'neo4j', circuit },
      { store: 'relational', system: 'sqlite', circuit: null },
    ]);
    const up = 'kennissen_store_up{store="graph",system="neo4j"}';
    const openings = 'kennissen_store_circuit_openings_total{store="graph",system="neo4j"}';
    try {
      expect(await value(metrics, up)).toBe(1);
      expect(await value(metrics, openings)).toBe(0);
      expect(await value(metrics, 'kennissen_store_up{store="relational",system="sqlite"}')).toBe(
        1,
      );

      reachable = false;
      await circuit.check();
      await circuit.check(); // still down: open → half-open → open is not another opening
      expect(await value(metrics, up)).toBe(0);
      expect(await value(metrics, openings)).toBe(1);

      reachable = true;
      await circuit.check();
      expect(await value(metrics, up)).toBe(1);
      reachable = false;
      await circuit.check();
      expect(await value(metrics, openings)).toBe(2);
    } finally {
      circuit.dispose();
    }
  });

  it('keeps the counts of two instances apart', async () => {
    const first = new ServiceMetrics(build);
    const second = new ServiceMetrics(build);
    first.rateLimitRefused('graphql', 'address');
    const series = 'kennissen_rate_limit_refusals_total{endpoint="graphql",limit="address"}';
    expect(await value(first, series)).toBe(1);
    expect(await value(second, series)).toBeUndefined();
    expect(
      await value(
        first,
        'kennissen_build_info{version="1.2.3",graph_store="neo4j",relational_store="postgres"}',
      ),
    ).toBe(1);
  });
});
