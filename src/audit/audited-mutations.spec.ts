import { MetadataScanner } from '@nestjs/core';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { buildSchema } from 'graphql';
import { unauditedMutations } from './audit-coverage';
import { Audit } from './audit.decorator';
import { scanMutations } from './audited-mutations';

@Resolver()
class SomeResolver {
  @Query(() => Boolean)
  someQuery(): boolean {
    return true;
  }

  @Mutation(() => Boolean)
  @Audit('Person')
  createPerson(): boolean {
    return true;
  }

  @Mutation(() => Boolean, { name: 'renamedMutation' })
  @Audit('Skill')
  upsert(): boolean {
    return true;
  }

  @Mutation(() => Boolean)
  forgotten(): boolean {
    return true;
  }
}

describe('scanMutations', () => {
  it('finds each mutation by its schema name, with its @Audit object type or none', () => {
    const sut = scanMutations([new SomeResolver(), { plain: 'object' }], new MetadataScanner());
    expect(sut).toEqual(
      expect.arrayContaining([
        { field: 'createPerson', objectType: 'Person' },
        { field: 'renamedMutation', objectType: 'Skill' },
        { field: 'forgotten', objectType: undefined },
      ]),
    );
    expect(sut).toHaveLength(3); // the query is not a mutation
  });
});

describe('unauditedMutations', () => {
  const schema = buildSchema(`
    type Query { someQuery: Boolean }
    type Mutation { createPerson: Boolean renamedMutation: Boolean forgotten: Boolean }
  `);

  it('names every Mutation field whose resolver lacks @Audit', () => {
    const handlers = new Map(
      scanMutations([new SomeResolver()], new MetadataScanner()).map((h) => [
        h.field,
        h.objectType,
      ]),
    );
    expect(unauditedMutations(schema, { objectTypeOf: (field) => handlers.get(field) })).toEqual([
      'forgotten',
    ]);
  });

  it('is empty for a schema without mutations', () => {
    expect(
      unauditedMutations(buildSchema('type Query { a: Int }'), { objectTypeOf: () => undefined }),
    ).toEqual([]);
  });
});
