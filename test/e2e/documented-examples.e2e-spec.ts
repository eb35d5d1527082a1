import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  buildSchema,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  parse,
  type SelectionSetNode,
} from 'graphql';
import {
  type CurlExample,
  extractCurlExamples,
  extractGraphqlExamples,
  type GraphqlExample,
  missingAnswerPaths,
} from '../support/markdown-examples';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_ADMIN_KEY } from '../support/test-config';

/**
 * Keeps the documentation true: runs every GraphQL example of docs/api.md and every curl call of
 * README.md and docs/api.md, in document order, against one service with the demo population.
 * Conventions for writing examples: test/support/markdown-examples.ts.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** The administrator key the documents use; the test sends its own instead. */
const DOCUMENTED_KEY = 'change-me-to-a-long-secret';
/**
 * Where a document says to paste an id that an earlier example answered:
 * `<id from the createPerson answer>` (the latest answer of that mutation), or, in the README,
 * `<id from the answer>` (the latest answer of any create* mutation).
 */
const ID_PLACEHOLDER = /<id from the (?:(\w+) )?answer>/g;
/** The address the documents use. */
const DOCUMENTED_ORIGIN = 'http://localhost:3000';

const README = 'README.md';
const API_GUIDE = 'docs/api.md';

const readmeCurls = extractCurlExamples(read(README), README);
const guideCurls = extractCurlExamples(read(API_GUIDE), API_GUIDE);
const guideOperations = extractGraphqlExamples(read(API_GUIDE), API_GUIDE);

interface GraphqlError {
  message: string;
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: GraphqlError[];
}

/** The ids that earlier examples of one document answered, for the placeholders. */
class AnsweredIds {
  private readonly byField = new Map<string, string>();
  private latestCreated: string | undefined;

  /** Remembers the `id` of every root field of a successful answer. */
  remember(data: Record<string, unknown> | null | undefined): void {
    for (const [field, value] of Object.entries(data ?? {})) {
      const id = (value as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') continue;
      this.byField.set(field, id);
      if (field.startsWith('create')) this.latestCreated = id;
    }
  }

  /** `text` with every placeholder replaced; throws naming a placeholder no answer filled. */
  fill(text: string, where: string): string {
    return text.replace(ID_PLACEHOLDER, (placeholder, field?: string) => {
      const id = field === undefined ? this.latestCreated : this.byField.get(field);
      if (id === undefined) {
        throw new Error(`${where}: ${placeholder}, but no earlier example answered that`);
      }
      return id;
    });
  }
}

interface HttpAnswer {
  status: number;
  contentType: string;
  body: unknown;
}

function operationOf(query: string, where: string): OperationDefinitionNode {
  const operations = parse(query).definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1) {
    throw new Error(`${where}: an example must hold exactly one operation`);
  }
  return operations[0];
}

function rootFields(selectionSet: SelectionSetNode): string[] {
  return selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD && !selection.name.value.startsWith('__')
      ? [selection.name.value]
      : [],
  );
}

/** What is wrong with an answer that should have succeeded ([] when nothing). */
function successProblems(status: number, body: GraphqlBody): string[] {
  const problems: string[] = [];
  if (status !== 200) problems.push(`HTTP status ${status}`);
  if (body.errors?.length) problems.push(`errors: ${JSON.stringify(body.errors)}`);
  if (!body.data || typeof body.data !== 'object') {
    problems.push('no data');
    return problems;
  }
  // Examples name records that exist, so every root field answers something.
  for (const [field, value] of Object.entries(body.data)) {
    if (value === null || value === undefined) problems.push(`data.${field} is null`);
  }
  return problems;
}

function errorProblems(expected: string, body: GraphqlBody): string[] {
  const codes = (body.errors ?? []).map((error) => error.extensions?.code);
  return codes.includes(expected)
    ? []
    : [`expected an error with code ${expected}, got ${JSON.stringify(body.errors ?? body.data)}`];
}

async function send(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
): Promise<HttpAnswer> {
  const response = await fetch(url, init);
  const contentType = response.headers.get('content-type') ?? '';
  const text = await response.text();
  return {
    status: response.status,
    contentType,
    body: contentType.includes('json') ? (JSON.parse(text) as unknown) : text,
  };
}

describe('documented examples', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'true', ALLOW_ANONYMOUS_READ: 'true' });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  /** Runs one curl example as documented, with the test's address and key. */
  async function runCurl(example: CurlExample, ids: AnsweredIds): Promise<HttpAnswer> {
    const where = `${example.source}:${example.line}`;
    if (!example.url.startsWith(DOCUMENTED_ORIGIN)) {
      throw new Error(`${where}: examples call ${DOCUMENTED_ORIGIN}, not ${example.url}`);
    }
    const headers = Object.fromEntries(
      Object.entries(example.headers).map(([name, value]) => [
        name,
        value.replace(DOCUMENTED_KEY, TEST_ADMIN_KEY),
      ]),
    );
    const body = example.body === undefined ? undefined : ids.fill(example.body, where);
    return send(example.url.replace(DOCUMENTED_ORIGIN, app.url), {
      method: example.method,
      headers,
      ...(body !== undefined && { body }),
    });
  }

  function describeCurls(source: string, examples: CurlExample[]): void {
    describe(source, () => {
      const ids = new AnsweredIds();

      for (const example of examples) {
        it(example.name, async () => {
          const answer = await runCurl(example, ids);
          const problems: string[] = [];
          if (answer.status !== 200) problems.push(`HTTP status ${answer.status}`);
          if (!answer.contentType.includes('application/json')) {
            problems.push(`content-type ${answer.contentType}`);
          }
          if (new URL(example.url).pathname === '/graphql') {
            const body = answer.body as GraphqlBody;
            problems.push(...successProblems(answer.status, body));
            ids.remember(body.data);
          }
          expect({ example: `${example.source}:${example.line}`, problems }).toEqual({
            example: `${example.source}:${example.line}`,
            problems: [],
          });
        });
      }
    });
  }

  it('finds the examples', () => {
    expect(readmeCurls.filter((example) => example.body !== undefined).length).toBeGreaterThan(0);
    expect(guideOperations.length).toBeGreaterThan(0);
  });

  describeCurls(README, readmeCurls);

  describe(API_GUIDE, () => {
    it('shows every query and mutation of schema.gql in at least one example', () => {
      const schema = buildSchema(read('schema.gql'));
      const documented = new Set(
        guideOperations.flatMap((example) =>
          rootFields(operationOf(example.query, example.name).selectionSet),
        ),
      );
      const all = [
        ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
        ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
      ];
      expect(all.filter((field) => !documented.has(field))).toEqual([]);
    });

    const ids = new AnsweredIds();

    for (const example of guideOperations) {
      it(example.name, async () => {
        const where = `${example.source}:${example.line}`;
        const variables =
          example.variables &&
          (JSON.parse(ids.fill(JSON.stringify(example.variables), where)) as Record<
            string,
            unknown
          >);
        const operation = operationOf(example.query, where);
        const declared = new Set(
          (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value),
        );
        const problems = Object.keys(variables ?? {})
          .filter((name) => !declared.has(name))
          .map((name) => `variable "${name}" is not declared by the operation`);

        const admin = (example.auth ?? guessAuth(operation)) === 'admin';
        const answer = admin
          ? await app.admin(example.query, variables)
          : await app.gql(example.query, variables);
        const body: GraphqlBody = { data: answer.data, errors: answer.errors };
        if (!answer.errors?.length) ids.remember(answer.data);

        problems.push(
          ...(example.expectError
            ? errorProblems(example.expectError, body)
            : successProblems(answer.status, body)),
        );
        if (example.answer !== undefined) {
          problems.push(
            ...missingAnswerPaths(example.answer, body).map(
              (missing) => `the documented answer has ${missing}, the real one does not`,
            ),
          );
        }
        expect({ example: where, problems }).toEqual({ example: where, problems: [] });
      });
    }

    describeCurls(`${API_GUIDE} (curl)`, guideCurls);
  });
});

/** Mutations run with the administrator key, queries without credentials. */
function guessAuth(operation: OperationDefinitionNode): GraphqlExample['auth'] {
  return operation.operation === OperationTypeNode.MUTATION ? 'admin' : 'none';
}
