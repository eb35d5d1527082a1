import { buildSchema, parse, validate } from 'graphql';
import { maxDepthRule } from './query-depth.rule';
import { SecurityErrorCode, SecurityException } from './security.exception';

const schema = buildSchema(`
  type Query { node: Node }
  type Node { name: String, child: Node, children: [Node] }
`);

function errorsOf(query: string, maxDepth: number) {
  return validate(schema, parse(query), [maxDepthRule(maxDepth)]);
}

describe('maxDepthRule', () => {
  it('accepts an operation exactly at the limit and refuses one level more', () => {
    const atLimit = '{ node { child { name } } }'; // node, child, name: 3 levels
    expect(errorsOf(atLimit, 3)).toEqual([]);
    const [error] = errorsOf('{ node { child { child { name } } } }', 3);
    expect(error.message).toMatch(/nested 4 fields deep; at most 3/);
    expect(error.originalError).toBeInstanceOf(SecurityException);
    expect(error.originalError).toMatchObject({
      code: SecurityErrorCode.QUERY_TOO_DEEP,
      details: { maxDepth: 3, depth: 4 },
    });
  });

  it('counts fields inside fragments and inline fragments at the depth where they are spread', () => {
    const query = `
      { node { ...Deep } }
      fragment Deep on Node { child { ... on Node { child { name } } } }`;
    expect(errorsOf(query, 4)).toEqual([]);
    expect(errorsOf(query, 3)).toHaveLength(1);
  });

  it('stops at fragment cycles instead of recursing for ever (graphql itself refuses the cycle)', () => {
    const query = `
      { node { ...A } }
      fragment A on Node { child { ...B } }
      fragment B on Node { child { ...A } }`;
    expect(errorsOf(query, 10)).toEqual([]);
  });

  it('measures a fragment used many times once, so a fan-out of spreads stays fast', () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i + 1} on Node { name ...F${i} ...F${i} }`,
    ).join('\n');
    const query = `{ node { ...F30 } }\nfragment F0 on Node { name }\n${fragments}`;
    const started = Date.now();
    expect(errorsOf(query, 5)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('leaves introspection out of the count', () => {
    expect(errorsOf('{ __schema { types { fields { type { ofType { name } } } } } }', 2)).toEqual(
      [],
    );
  });
});
