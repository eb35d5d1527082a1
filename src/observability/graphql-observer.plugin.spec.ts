import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { rootFieldOf } from './graphql-observer.plugin';

function operationOf(document: string): OperationDefinitionNode {
  const definition = parse(document).definitions[0];
  if (definition.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
  return definition;
}

describe('rootFieldOf (the root_field label)', () => {
  it.each([
    ['{ person(id: "p1") { name } }', 'person'],
    ['query Named { a: person(id: "1") { name } b: person(id: "2") { name } }', 'person'],
    ['{ __typename person(id: "1") { name } }', 'person'],
    ['{ __typename }', '__typename'],
    ['{ person(id: "1") { name } municipalities { totalCount } }', '(several)'],
    ['{ ...Everything }', '(fragment)'],
    ['mutation { createPerson(input: {}) { id } }', 'createPerson'],
  ])('names %s by %s', (document, expected) => {
    expect(rootFieldOf(operationOf(document))).toBe(expected);
  });
});
