import { GraphStore } from '../../src/graph-store/graph-store';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

describe.each(GRAPH_STORES)('graph store lifecycle on %s', (store) => {
  let graph: OpenGraph;

  beforeAll(async () => {
    graph = await openGraph(store);
  });
  afterAll(() => graph.close());

  it('is ready once migrated', async () => {
    await expect(graph.get(GraphStore).isReady()).resolves.toBe(true);
  });

  it('applies every migration once: a second run finds them all in place', async () => {
    const report = await graph.get(GraphStore).migrate();
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied.length).toBeGreaterThanOrEqual(2);
  });
});
