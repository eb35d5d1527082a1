import { measurement as anyMeasurement, summary } from './measurement-fixtures';
import { comparisonRows, type Measurement, SERVERS } from './results';

const measurement = (overrides: Partial<Measurement>): Measurement =>
  anyMeasurement({ store: 'neo4j', ...overrides });

describe('comparison rows', () => {
  it('sets a comparison server beside the service on the same operation, clients and store', () => {
    const sut = comparisonRows([
      measurement({ summary: summary({ throughput: 300, p95Ms: 5 }) }),
      measurement({ store: 'kuzu', summary: summary({ throughput: 900 }) }),
      measurement({ clients: 8, summary: summary({ throughput: 50 }) }),
      measurement({
        server: SERVERS.neo4jGraphql,
        summary: summary({ throughput: 100, p95Ms: 10 }),
      }),
    ]);
    expect(sut).toEqual([
      expect.objectContaining({
        operation: 'person lookup',
        clients: 1,
        store: 'neo4j',
        otherServer: SERVERS.neo4jGraphql,
        throughputRatio: 3,
        p95Ratio: 0.5,
      }),
    ]);
  });

  it('compares the empty Apollo floor with the service floor on every store', () => {
    const floor = 'floor { __typename }';
    const sut = comparisonRows([
      measurement({ operation: floor, store: 'kuzu' }),
      measurement({ operation: floor, store: 'neo4j' }),
      measurement({ operation: floor, store: 'none', server: SERVERS.emptyApollo }),
    ]);
    expect(sut.map(({ store, otherServer }) => [store, otherServer])).toEqual([
      ['kuzu', SERVERS.emptyApollo],
      ['neo4j', SERVERS.emptyApollo],
    ]);
  });
});
