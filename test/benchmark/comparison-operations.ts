import { type BenchParameters } from './bench-parameters';
import { at, type BenchOperation, OPERATION_NAMES } from './operations';

/**
 * The operations of operations.ts that the comparison servers can answer, written for
 * `@neo4j/graphql`'s generated schema: the same inputs in the same order, the same fields
 * (a person with availability, municipality and skills with levels; the first 20 people by name
 * with a given skill in a given municipality, with their total). Named as in operations.ts, so
 * that the report can set them side by side.
 */
const LOOKUP_PERSON = `query Person($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id name title availability
    municipality { code name }
    skillsConnection { edges { properties { level } node { id name } } }
  }
}`;

const PEOPLE_FILTER = `query People($skillId: ID!, $municipalityCode: ID!) {
  peopleConnection(
    first: 20
    sort: [{ name: ASC }]
    where: {
      skills: { some: { id: { eq: $skillId } } }
      municipality: { some: { code: { eq: $municipalityCode } } }
    }
  ) {
    totalCount
    edges { node { id name title skillsConnection { edges { properties { level } node { id name } } } } }
  }
}`;

const nth = <T>(values: readonly T[], i: number): T => values[i % values.length];

export function neo4jGraphqlOperations(parameters: BenchParameters): BenchOperation[] {
  const { personIds, skillInMunicipality } = parameters;
  return [
    {
      name: OPERATION_NAMES.lookup,
      description: 'people(where: {id}) with municipality and skillsConnection (levels)',
      request: (i) => ({ query: LOOKUP_PERSON, variables: { id: nth(personIds, i * 7919) } }),
      answered: (data) => Array.isArray(data.people) && data.people.length === 1,
    },
    {
      name: OPERATION_NAMES.filter,
      description:
        'peopleConnection(first: 20, sort by name, where: skill some and municipality some) with totalCount',
      request: (i) => ({ query: PEOPLE_FILTER, variables: { ...nth(skillInMunicipality, i) } }),
      answered: (data) => Number(at(data, 'peopleConnection.totalCount')) > 0,
    },
  ];
}

export function emptyApolloOperations(): BenchOperation[] {
  return [
    {
      name: OPERATION_NAMES.floor,
      description: '{ __typename } against a schema with nothing else',
      request: () => ({ query: '{ __typename }', variables: {} }),
    },
  ];
}
