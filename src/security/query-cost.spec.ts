import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSchema, parse } from 'graphql';
import { projectRoot } from '../common/project-root';
import { ASSUMED_LIST_SIZE, operationCost } from './query-cost';

/** The service's own schema, as committed. */
const schema = buildSchema(fs.readFileSync(path.join(projectRoot(), 'schema.gql'), 'utf8'));

function costOf(query: string, variables?: Record<string, unknown>): number | undefined {
  return operationCost(schema, { document: parse(query), variables });
}

describe('operationCost', () => {
  it('counts one per field', () => {
    expect(costOf('{ municipality(code: "GM0363") { name code } }')).toBe(3);
  });

  it('multiplies what a connection selects by its first', () => {
    // people: 1 + first × (totalCount 1 + edges (1 + node (1 + name 1)))
    expect(costOf('{ people(first: 5) { totalCount edges { node { name } } } }')).toBe(1 + 5 * 4);
    expect(costOf('{ people(first: 50) { totalCount edges { node { name } } } }')).toBe(1 + 50 * 4);
  });

  it('takes first from the variables and from the argument default', () => {
    const query = 'query ($n: Int) { people(first: $n) { edges { node { name } } } }';
    expect(costOf(query, { n: 7 })).toBe(1 + 7 * 3);
    expect(costOf('{ people { edges { node { name } } } }')).toBe(1 + 20 * 3); // default 20
  });

  it('multiplies nested pages, so pages of pages grow as a product', () => {
    const query = `{ municipalities(first: 10) { edges { node {
      people(first: 10) { edges { node { name } } } } } } }`;
    // 1 + 10 × (edges 1 + node 1 + people (1 + 10 × 3))
    expect(costOf(query)).toBe(1 + 10 * (2 + (1 + 10 * 3)));
  });

  it(`counts a list without first as ${ASSUMED_LIST_SIZE} items`, () => {
    expect(costOf('{ person(id: "p") { acquaintances { name } } }')).toBe(
      1 + 1 + ASSUMED_LIST_SIZE * 1,
    );
    expect(costOf('{ person(id: "p") { acquaintances { acquaintances { name } } } }')).toBe(
      1 + 1 + ASSUMED_LIST_SIZE * (1 + ASSUMED_LIST_SIZE),
    );
  });

  it('reads first inside the input of recommendColleagues', () => {
    const query = '{ recommendColleagues(input: { description: "x", first: 3 }) { score } }';
    expect(costOf(query)).toBe(1 + 3 * 1);
  });

  it('is infinite for a fan-out of fragments beyond the node limit', () => {
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i + 1} on Person { ...F${i} ...F${i} }`,
    ).join('\n');
    const query = `{ person(id: "p") { ...F20 } }\nfragment F0 on Person { name }\n${fragments}`;
    expect(costOf(query)).toBe(Number.POSITIVE_INFINITY);
  });

  it('is undefined when the variables do not fit (execution refuses those)', () => {
    const query = 'query ($n: Int!) { people(first: $n) { totalCount } }';
    expect(costOf(query, { n: 'many' })).toBeUndefined();
  });
});
