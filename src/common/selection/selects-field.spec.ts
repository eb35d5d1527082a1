import { buildSchema, execute, type GraphQLResolveInfo, parse } from 'graphql';
import { selectsField } from './selects-field';

const schema = buildSchema(`
  type Skill { name: String }
  type Person { name: String, skills: [Skill], friend: Person }
  type Query { person: Person }
`);

/** Runs `query` and answers what selectsField said for `skills` when Query.person resolved. */
async function asksForSkills(query: string): Promise<boolean> {
  let answer: boolean | undefined;
  // A function on the root value is called with (args, context, info) by the default resolver.
  const person = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    answer = selectsField(info, 'skills');
    return { name: 'Anna', skills: [], friend: null };
  };
  const result = await execute({ schema, document: parse(query), rootValue: { person } });
  expect(result.errors).toBeUndefined();
  return answer ?? false;
}

describe('selectsField', () => {
  it('sees a field asked for directly', async () => {
    expect(await asksForSkills('{ person { name skills { name } } }')).toBe(true);
  });

  it('sees it through inline fragments and named fragments, even nested and repeated', async () => {
    expect(await asksForSkills('{ person { ... on Person { skills { name } } } }')).toBe(true);
    expect(
      await asksForSkills(`
        query { person { ...A ...A } }
        fragment A on Person { name ...B }
        fragment B on Person { skills { name } }`),
    ).toBe(true);
  });

  it('does not see it when only a nested object asks for it, or nobody does', async () => {
    expect(await asksForSkills('{ person { name friend { skills { name } } } }')).toBe(false);
    expect(await asksForSkills('{ person { name } }')).toBe(false);
  });
});
