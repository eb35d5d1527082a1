import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ACCESS_METADATA } from '../../src/auth/access.decorator';
import { startTestApp, type TestApp } from '../support/test-app';

/** Every root field of the real schema must declare who may call it (the guard fails closed). */
describe('access rules', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('every Query and Mutation resolver has an @Access rule', () => {
    const scanner = app.app.get(MetadataScanner);
    const handlers = app.app
      .get(DiscoveryService)
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is object => typeof instance === 'object' && instance !== null)
      .flatMap((instance) => {
        const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
        return scanner.getAllMethodNames(prototype).flatMap((methodName) => {
          const method = prototype[methodName];
          if (typeof method !== 'function') return [];
          const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
          if (type !== 'Query' && type !== 'Mutation') return [];
          const field =
            (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ??
            methodName;
          return [
            {
              field: `${type}.${field}`,
              access: Reflect.getMetadata(ACCESS_METADATA, method) as unknown,
            },
          ];
        });
      });

    const schema = app.app.get(GraphQLSchemaHost).schema;
    const rootFields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
    ].sort();

    expect(handlers.map((handler) => handler.field).sort()).toEqual(rootFields);
    expect(
      handlers.filter((handler) => handler.access === undefined).map((handler) => handler.field),
    ).toEqual([]);
  });

  it('refuses anonymous reads when ALLOW_ANONYMOUS_READ is off, and answers the admin key', async () => {
    const closed = await startTestApp({ ALLOW_ANONYMOUS_READ: 'false' });
    try {
      const anonymous = await closed.gql('{ municipalities(first: 1) { totalCount } }');
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const admin = await closed.admin('{ municipalities(first: 1) { totalCount } }');
      expect(admin.errors).toBeUndefined();
    } finally {
      await closed.close();
    }
  });

  it('refuses a wrong key even for reads, and a malformed Authorization header', async () => {
    const wrong = await app.gql('{ municipalities(first: 1) { totalCount } }', undefined, {
      token: 'not-the-admin-key-at-all',
    });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toMatch(/API key is not valid/);
  });

  it('tells how to configure a key when none is set', async () => {
    const keyless = await startTestApp({ ADMIN_API_KEY: '' });
    try {
      const response = await keyless.gql(
        'mutation { upsertSkill(input: { name: "Aanbesteden" }) { id } }',
      );
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.errors?.[0].message).toMatch(/Set ADMIN_API_KEY/);
    } finally {
      await keyless.close();
    }
  });
});
