import { parse } from 'graphql';
import { requestedMutationFields } from './mutation-fields';

describe('requestedMutationFields', () => {
  it('lists root fields of the chosen mutation, through fragments, without __typename', () => {
    const document = parse(`
      query Q { a }
      mutation M { __typename createPerson(input: {}) { id } ...More ... on Mutation { b: updatePerson { id } } }
      fragment More on Mutation { connectPeople }
    `);
    expect(requestedMutationFields(document, undefined, 'M').sort()).toEqual([
      'connectPeople',
      'createPerson',
      'updatePerson',
    ]);
  });

  it('is empty for queries, unparsed requests and ambiguous documents', () => {
    expect(requestedMutationFields(parse('{ a }'), undefined, undefined)).toEqual([]);
    expect(requestedMutationFields(undefined, undefined, undefined)).toEqual([]);
    expect(
      requestedMutationFields(parse('mutation A { a } mutation B { b }'), undefined, undefined),
    ).toEqual([]);
  });
});
