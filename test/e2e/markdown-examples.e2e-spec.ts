import {
  extractCurlExamples,
  extractGraphqlExamples,
  MarkdownExampleError,
  missingAnswerPaths,
  shellWords,
} from '../support/markdown-examples';

const fence = '```';

describe('markdown examples', () => {
  describe('extractGraphqlExamples', () => {
    const doc = [
      '# Guide',
      '',
      '## Queries',
      '',
      '### person',
      '',
      'One person:',
      '',
      `${fence}graphql`,
      'query ($id: ID!) { person(id: $id) { name } }',
      fence,
      '',
      `${fence}json`,
      '{ "id": "demo-person-0001" }',
      fence,
      '',
      'Answer:',
      '',
      `${fence}json`,
      '{ "data": { "person": { "name": "Anouk Wolters" } } }',
      fence,
      '',
      '<!-- expect-error: BAD_USER_INPUT -->',
      '',
      `${fence}graphql`,
      '{ person(id: "bad id!") { name } }',
      fence,
      '',
      '```sh',
      'echo not graphql',
      fence,
      '',
      '### auditLog',
      '',
      '<!-- auth: admin -->',
      `${fence}graphql`,
      '{ auditLog { totalCount } }',
      fence,
      '',
      '## Elsewhere',
      '',
      `${fence}json`,
      '{ "not": "an answer of the example above: a heading came first" }',
      fence,
    ].join('\n');

    const examples = extractGraphqlExamples(doc, 'guide.md');

    it('finds every graphql block in document order, named after its headings', () => {
      expect(examples.map((example) => [example.name, example.line])).toEqual([
        ['Queries › person', 9],
        ['Queries › person (2)', 25],
        ['Queries › auditLog', 36],
      ]);
      expect(examples[0].heading).toBe('person');
      expect(examples[0].source).toBe('guide.md');
    });

    it('takes the json block right after an example as its variables', () => {
      expect(examples[0].query).toBe('query ($id: ID!) { person(id: $id) { name } }');
      expect(examples[0].variables).toEqual({ id: 'demo-person-0001' });
      expect(examples[1].variables).toBeUndefined();
    });

    it('takes the next json block after prose as the documented answer, not past a heading', () => {
      expect(examples[0].answer).toEqual({ data: { person: { name: 'Anouk Wolters' } } });
      expect(examples[1].answer).toBeUndefined();
      expect(examples[2].answer).toBeUndefined();
    });

    it('reads expect-error and auth directives for the next example only', () => {
      expect(examples.map((example) => [example.expectError, example.auth])).toEqual([
        [undefined, undefined],
        ['BAD_USER_INPUT', undefined],
        [undefined, 'admin'],
      ]);
    });

    it('refuses variables that are not one JSON object, naming file and line', () => {
      const bad = `# T\n\n${fence}graphql\n{ a }\n${fence}\n\n${fence}json\n[1, 2]\n${fence}\n`;
      expect(() => extractGraphqlExamples(bad, 'bad.md')).toThrow(MarkdownExampleError);
      expect(() => extractGraphqlExamples(bad, 'bad.md')).toThrow(/^bad\.md:7: /);
      const broken = `${fence}graphql\n{ a }\n${fence}\n${fence}json\n{ "a": \n${fence}\n`;
      expect(() => extractGraphqlExamples(broken, 'broken.md')).toThrow(/not valid JSON/);
    });

    it('refuses a directive it cannot read', () => {
      const doc2 = `<!-- expect-error: something -->\n${fence}graphql\n{ a }\n${fence}\n`;
      expect(() => extractGraphqlExamples(doc2)).toThrow(/expect-error needs a code/);
      const doc3 = `<!-- auth: root -->\n${fence}graphql\n{ a }\n${fence}\n`;
      expect(() => extractGraphqlExamples(doc3)).toThrow(/auth must be admin or none/);
    });

    it('skips schema excerpts but keeps a broken operation, so running it shows the mistake', () => {
      const doc5 = [
        '<!-- expect-error: NOT_FOUND -->',
        `${fence}graphql`,
        'type PersonEdge {\n  cursor: String! # opaque\n}\nenum Outcome { SOLVED }',
        fence,
        `${fence}graphql`,
        '{ broken(',
        fence,
      ].join('\n');
      const found = extractGraphqlExamples(doc5);
      expect(found.map((example) => [example.query, example.expectError])).toEqual([
        ['{ broken(', undefined],
      ]);
    });

    it('ignores graphql-looking text outside fences and ordinary comments', () => {
      const doc4 = `# T\n\n<!-- a note -->\n\n    { indented code }\n\n~~~graphql\n{ b }\n~~~\n`;
      const found = extractGraphqlExamples(doc4);
      expect(found.map((example) => [example.query, example.expectError])).toEqual([
        ['{ b }', undefined],
      ]);
    });
  });

  describe('extractCurlExamples', () => {
    const readme = [
      '# Project',
      '',
      '## Example queries',
      '',
      'Amsterdam and its regions:',
      '',
      '```sh',
      "curl -s http://localhost:3000/graphql -H 'content-type: application/json' \\",
      `  -d '{"query":"{ municipality(code: \\"GM0363\\") { name } }"}'`,
      fence,
      '',
      '## Example mutation',
      '',
      '- a list item that ends in a colon:',
      '- another, which does not introduce the block below.',
      '',
      '```sh',
      'ADMIN_API_KEY=secret npm start',
      'curl -s http://localhost:3000/health/live',
      fence,
      '',
      'Then create',
      'and change:',
      '',
      '```sh',
      "curl -s http://localhost:3000/graphql -H 'Authorization: Bearer secret' \\",
      `  -d '{"query":"mutation { a }"}'`,
      '',
      '# use the id from the answer:',
      'curl -s -X POST "http://localhost:3000/graphql" --data-raw "{\\"query\\":\\"{ b }\\"}"',
      'curl -s http://localhost:3000/health',
      fence,
    ].join('\n');

    const examples = extractCurlExamples(readme, 'README.md');

    it('finds each curl command in document order, named after heading and introducing paragraph', () => {
      expect(examples.map((example) => [example.name, example.line])).toEqual([
        ['Example queries › Amsterdam and its regions', 8],
        ['Example mutation', 19],
        ['Example mutation › Then create and change', 26],
        ['Example mutation › Then create and change (2)', 30],
        ['Example mutation › Then create and change (3)', 31],
      ]);
    });

    it('reads URL, headers, method and the -d payload after shell unquoting', () => {
      expect(examples[0]).toMatchObject({
        method: 'POST',
        url: 'http://localhost:3000/graphql',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ municipality(code: \\"GM0363\\") { name } }"}',
      });
      expect(JSON.parse(examples[0].body ?? '')).toEqual({
        query: '{ municipality(code: "GM0363") { name } }',
      });
      expect(examples[1]).toMatchObject({
        method: 'GET',
        url: 'http://localhost:3000/health/live',
      });
      expect(examples[2].headers).toEqual({ authorization: 'Bearer secret' });
      expect(examples[3]).toMatchObject({ method: 'POST', body: '{"query":"{ b }"}' });
      expect(examples[4]).toMatchObject({ method: 'GET', url: 'http://localhost:3000/health' });
      expect(examples[4].body).toBeUndefined();
    });
  });

  describe('shellWords', () => {
    it.each([
      [`a 'b c' "d \\"e\\"" f\\ g`, ['a', 'b c', 'd "e"', 'f g']],
      [`x'y'"z"`, ['xyz']],
      [`  spaced   out  `, ['spaced', 'out']],
      [`''`, ['']],
    ])('splits %j', (command, words) => {
      expect(shellWords(command)).toEqual(words);
    });

    it('refuses an unterminated quote', () => {
      expect(() => shellWords(`a 'b`)).toThrow(/unterminated '/);
      expect(() => shellWords(`a "b`)).toThrow(/unterminated "/);
    });
  });

  describe('missingAnswerPaths', () => {
    const actual = {
      data: {
        people: {
          totalCount: 2,
          edges: [{ node: { id: 'a', title: null } }, { node: { id: 'b', title: 'x' } }],
        },
        empty: [],
      },
    };

    it('accepts a documented answer whose every key exists in the real one', () => {
      const documented = {
        data: {
          people: { totalCount: 9, edges: [{ node: { id: 'z', title: { deep: 1 } } }] },
          empty: [{ anything: 1 }],
        },
      };
      expect(missingAnswerPaths(documented, actual)).toEqual([]);
    });

    it('names every documented path that the real answer lacks', () => {
      const documented = {
        data: {
          people: { total: 2, edges: [{ node: { id: 'a' } }, {}, { node: { name: 'n' } }] },
        },
        extra: 1,
      };
      expect(missingAnswerPaths(documented, actual)).toEqual([
        '$.data.people.total',
        '$.data.people.edges[2].node.name',
        '$.extra',
      ]);
    });

    it('names a list documented where the answer has an object, and the reverse', () => {
      expect(missingAnswerPaths({ a: [] }, { a: {} })).toEqual([
        '$.a (a list in the documentation, not in the answer)',
      ]);
      expect(missingAnswerPaths({ a: {} }, { a: [1] })).toEqual([
        '$.a (an object in the documentation, not in the answer)',
      ]);
    });
  });
});
