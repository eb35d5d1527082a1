import { startTestApp, type TestApp } from '../support/test-app';

describe('municipalities over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers a connection with pageInfo and totalCount', async () => {
    const response = await app.gql<{
      municipalities: { totalCount: number; pageInfo: { hasNextPage: boolean } };
    }>(
      '{ municipalities(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code name } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.municipalities.totalCount).toBeGreaterThanOrEqual(0);
  });

  it.each([
    [
      'a malformed CBS code',
      '{ municipality(code: "Amsterdam") { name } }',
      /GM followed by four digits/,
    ],
    [
      'first above 100',
      '{ municipalities(first: 101) { totalCount } }',
      /first must be between 1 and 100/,
    ],
    [
      'first below 1',
      '{ municipalities(first: 0) { totalCount } }',
      /first must be between 1 and 100/,
    ],
    [
      'a forged cursor',
      '{ municipalities(after: "bm90LWEtY3Vyc29y") { totalCount } }',
      /cursor is not valid/,
    ],
    ['an unknown field', '{ municipalities { nope } }', /Cannot query field "nope"/],
    ['a syntax error', '{ municipalities( }', /Syntax Error/],
  ])('rejects %s with BAD_USER_INPUT and no stack trace', async (_case, query, message) => {
    const response = await app.gql(query);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(message);
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});
