import * as fs from 'node:fs';
import * as path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * schema.gql is committed so that schema changes show in review; it must be what the code
 * generates. `npm run schema:update` rewrites it; starting the service never does.
 */
const SCHEMA_FILE = path.join(__dirname, '..', '..', 'schema.gql');
const HEADER = fs.readFileSync(SCHEMA_FILE, 'utf8').match(/^(#.*\n)+/)?.[0] ?? '';
describe('the committed schema.gql', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('matches the schema the code builds', () => {
    const generated = printSchema(lexicographicSortSchema(app.app.get(GraphQLSchemaHost).schema));
    if (process.env.UPDATE_SCHEMA === '1')
      fs.writeFileSync(SCHEMA_FILE, `${HEADER}\n${generated}\n`);
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8').replace(/^(#.*\n)+\n?/, '');
    expect(committed.trim()).toBe(generated.trim());
  });
});
