import { type INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { createApp, type CreateAppOptions } from '../../src/app.factory';
import { RATE_LIMIT_TABLE } from '../../src/relational/postgres-rate-limit-counters';
import { makeTempDir } from './temp-dir';
import { TEST_ADMIN_KEY, testConfig } from './test-config';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: { code?: string; [key: string]: unknown };
  }>;
  headers: Headers;
}

export interface TestApp {
  readonly url: string;
  readonly app: INestApplication;
  /** POSTs one GraphQL operation; `token` defaults to none (anonymous). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string },
  ): Promise<GraphqlResponse<T>>;
  /** The same, with the administrator key. */
  admin<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * Boots the real application on temporary stores and a free port; speaks GraphQL over HTTP.
 * With `storesIn`, the stores live in that directory and outlast the app (for tests that
 * reopen them, or hand them to a command); otherwise in a temporary one removed on close.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  storesIn?: string,
  { port = 0, ...options }: { port?: number } & CreateAppOptions = {},
): Promise<TestApp> {
  const temp = storesIn ? { dir: storesIn, remove: () => undefined } : makeTempDir('e2e');
  const config = testConfig(temp.dir, env);
  const app = await createApp(config, { logger: ['error'], ...options });
  if (/^postgres(ql)?:/.test(config.DATABASE_URL)) await forgetRateLimitCounts(config.DATABASE_URL);
  await app.listen(port, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;

  const gql: TestApp['gql'] = async (query, variables, options) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options?.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: never; errors?: never };
    return {
      status: response.status,
      data: body.data,
      errors: body.errors,
      headers: response.headers,
    };
  };

  return {
    url,
    app,
    gql,
    admin: (query, variables) => gql(query, variables, { token: TEST_ADMIN_KEY }),
    close: async () => {
      await app.close();
      temp.remove();
    },
  };
}

/**
 * On PostgreSQL the rate limits are counted in the database, for every replica: the apps of one
 * Jest worker share its database, so each test app starts without the counts of the apps before
 * it (as a deployment with its own database would), and a test's tight limit counts its own
 * requests only.
 */
async function forgetRateLimitCounts(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DELETE FROM ${RATE_LIMIT_TABLE}`);
  } finally {
    await client.end();
  }
}
