import { buildSchema, graphql, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { startDeadline, stopDeadline, withExecutionDeadline } from './execution-deadline';

// unref: the 2-second sleep left pending by the first case must not hold the worker open.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

function slowSchema(calls: string[]): GraphQLSchema {
  const schema = buildSchema(`type Query { fast: String, slow(ms: Int!): String, later: Node }
    type Node { value: String }`);
  const fields = schema.getQueryType()!.getFields();
  fields.fast.resolve = () => 'fast';
  fields.slow.resolve = async (_source, args: { ms: number }) => {
    calls.push('slow');
    await sleep(args.ms);
    return 'slow';
  };
  fields.later.resolve = async () => {
    await sleep(80);
    return {};
  };
  (schema.getType('Node') as GraphQLObjectType).getFields().value.resolve = () => {
    calls.push('value');
    return 'v';
  };
  return withExecutionDeadline(schema);
}

describe('withExecutionDeadline', () => {
  it('answers a pending resolver at the deadline with EXECUTION_TIMEOUT', async () => {
    const sut = slowSchema([]);
    const contextValue = {};
    startDeadline(contextValue, 50);
    const started = Date.now();
    const result = await graphql({
      schema: sut,
      source: '{ fast slow(ms: 2000) }',
      contextValue,
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.data).toEqual({ fast: 'fast', slow: null });
    expect(result.errors?.[0].originalError).toMatchObject({
      code: 'EXECUTION_TIMEOUT',
      details: { timeoutMs: 50 },
    });
  });

  it('does not start resolvers once the deadline has passed', async () => {
    const calls: string[] = [];
    const sut = slowSchema(calls);
    const contextValue = {};
    startDeadline(contextValue, 40);
    // later resolves after 80 ms, past the deadline: its child never runs.
    const result = await graphql({ schema: sut, source: '{ later { value } }', contextValue });
    expect(result.data).toEqual({ later: null });
    expect(calls).toEqual([]);
  });

  it('leaves requests without a deadline alone', async () => {
    const sut = slowSchema([]);
    const result = await graphql({ schema: sut, source: '{ slow(ms: 20) }', contextValue: {} });
    expect(result).toEqual({ data: { slow: 'slow' } });
  });

  it('ends the deadline when the last operation sharing the context is answered', async () => {
    const sut = slowSchema([]);
    const contextValue = {};
    startDeadline(contextValue, 40);
    startDeadline(contextValue, 40); // a second operation of a batch
    stopDeadline(contextValue); // the first is answered: the second still has its deadline
    const limited = await graphql({ schema: sut, source: '{ slow(ms: 80) }', contextValue });
    expect(limited.data).toEqual({ slow: null });
    stopDeadline(contextValue); // the second is answered: timer cleared, deadline gone
    const free = await graphql({ schema: sut, source: '{ slow(ms: 80) }', contextValue });
    expect(free).toEqual({ data: { slow: 'slow' } });
  });
});
