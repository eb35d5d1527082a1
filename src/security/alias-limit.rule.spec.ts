import { buildSchema, parse, validate } from 'graphql';
import { maxAliasesRule } from './alias-limit.rule';
import { SecurityErrorCode } from './security.exception';

const schema = buildSchema(`type Query { name: String, other: String }`);

function aliases(count: number): string {
  return Array.from({ length: count }, (_, i) => `a${i}: name`).join(' ');
}

describe('maxAliasesRule', () => {
  it('accepts up to the limit and refuses one more, naming both numbers', () => {
    expect(validate(schema, parse(`{ ${aliases(3)} }`), [maxAliasesRule(3)])).toEqual([]);
    const errors = validate(schema, parse(`{ ${aliases(4)} }`), [maxAliasesRule(3)]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('The operation uses 4 aliases; at most 3 are allowed.');
    expect(errors[0].originalError).toMatchObject({
      code: SecurityErrorCode.TOO_MANY_ALIASES,
      details: { maxAliases: 3, aliases: 4 },
    });
  });

  it('counts aliases inside fragments, and not fields without an alias', () => {
    const query = `{ name other ...F } fragment F on Query { x: name y: other }`;
    expect(validate(schema, parse(query), [maxAliasesRule(2)])).toEqual([]);
    expect(validate(schema, parse(query), [maxAliasesRule(1)])).toHaveLength(1);
  });
});
