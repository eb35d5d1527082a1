import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Logger, Module, type INestApplication } from '@nestjs/common';
import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { createApp } from '../../src/app.factory';
import { unauditedMutations } from '../../src/audit/audit-coverage';
import { Audit } from '../../src/audit/audit.decorator';
import { type AuditLogRecord } from '../../src/audit/audit-log.record';
import { AuditLogRepository } from '../../src/audit/audit-log.repository';
import { AuditedMutations } from '../../src/audit/audited-mutations';
import { Access, Permission } from '../../src/auth/access.decorator';
import { MunicipalitiesException } from '../../src/municipalities/municipalities.exception';
import { makeTempDir } from '../support/temp-dir';
import { TEST_ADMIN_KEY, testConfig } from '../support/test-config';
import { startTestApp, type TestApp } from '../support/test-app';

// A probe feature, so these tests do not depend on other features' rules.
@InputType()
class ProbeInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  id?: string;

  @Field()
  @IsString()
  @MaxLength(10, { message: 'name must be at most 10 characters' })
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string;
}

@ObjectType()
class Probe {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@Resolver(() => Probe)
class ProbeResolver {
  @Query(() => Boolean)
  @Access(Permission.READ)
  probeQuery(): boolean {
    return true;
  }

  @Mutation(() => Probe)
  @Access(Permission.WRITE)
  @Audit('Probe')
  createProbe(@Args('input') input: ProbeInput): Probe {
    return { id: input.id ?? `probe-${randomUUID()}`, name: input.name };
  }

  @Mutation(() => Probe)
  @Access(Permission.WRITE)
  @Audit('Probe')
  updateProbe(@Args('id', { type: () => ID }) id: string): Probe {
    throw MunicipalitiesException.notFound(id);
  }

  @Mutation(() => Boolean)
  @Access(Permission.WRITE)
  @Audit('Probe')
  crashProbe(@Args('probeId', { type: () => ID }) _probeId: string): boolean {
    throw new Error('store exploded');
  }
}

@Module({ providers: [ProbeResolver] })
class ProbeModule {}

interface Answer {
  status: number;
  data?: Record<string, { id?: string } | boolean | null> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

describe('audit log', () => {
  let app: INestApplication;
  let url: string;
  let remove: () => void;

  beforeAll(async () => {
    const temp = makeTempDir('audit');
    remove = temp.remove;
    app = await createApp(testConfig(temp.dir), { logger: false, imports: [ProbeModule] });
    await app.listen(0, '127.0.0.1');
    const server = app.getHttpServer() as Server;
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    remove();
  });

  /** One GraphQL request with its own correlation id, so each test finds its own entries. */
  async function send(
    query: string,
    variables: Record<string, unknown> = {},
    token: string | null = TEST_ADMIN_KEY,
  ): Promise<Answer & { correlationId: string }> {
    const correlationId = `test-${randomUUID()}`;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-correlation-id': correlationId,
    };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Answer;
    return { ...body, status: response.status, correlationId };
  }

  async function entriesOf(correlationId: string): Promise<AuditLogRecord[]> {
    const page = await app
      .get(AuditLogRepository)
      .list({ objectType: 'Probe' }, { first: 100, after: null });
    const own = page.items.filter((entry) => entry.correlationId === correlationId);
    const unmarked = await app
      .get(AuditLogRepository)
      .list({ objectType: 'UNMARKED' }, { first: 100, after: null });
    return [...own, ...unmarked.items.filter((entry) => entry.correlationId === correlationId)];
  }

  it('records a successful mutation with action, object, result, origin, actor and time', async () => {
    const before = Date.now();
    const answer = await send(
      'mutation { createProbe(input: { name: "Jan", email: "jan@example.nl" }) { id } }',
    );
    expect(answer.errors).toBeUndefined();
    const id = (answer.data?.createProbe as { id: string }).id;

    const entries = await entriesOf(answer.correlationId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'createProbe',
      objectType: 'Probe',
      objectId: id,
      result: 'SUCCESS',
      actor: 'admin',
      correlationId: answer.correlationId,
    });
    expect(entries[0].origin).toMatch(/127\.0\.0\.1/);
    expect(entries[0].at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(entries[0].at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // Ids only: no names, e-mail addresses or other argument values.
    expect(JSON.stringify(entries[0])).not.toMatch(/Jan|jan@example\.nl/);
  });

  it.each([
    [
      'a ValidationPipe failure',
      'mutation { createProbe(input: { id: "probe-v1", name: "far too long a name" }) { id } }',
      TEST_ADMIN_KEY,
      { result: 'BAD_USER_INPUT', actor: 'admin', objectId: 'probe-v1' },
    ],
    [
      'an anonymous caller',
      'mutation { createProbe(input: { id: "probe-a1", name: "x" }) { id } }',
      null,
      { result: 'UNAUTHENTICATED', actor: 'anonymous', objectId: 'probe-a1' },
    ],
    [
      'a refused key',
      'mutation { createProbe(input: { name: "x" }) { id } }',
      'not-the-key-at-all-0000',
      { result: 'UNAUTHENTICATED', actor: 'rejected', objectId: null },
    ],
    [
      'a domain error',
      'mutation { updateProbe(id: "probe-missing") { id } }',
      TEST_ADMIN_KEY,
      { result: 'NOT_FOUND', actor: 'admin', objectId: 'probe-missing', action: 'updateProbe' },
    ],
    [
      'an unexpected error',
      'mutation { crashProbe(probeId: "probe-c1") }',
      TEST_ADMIN_KEY,
      { result: 'INTERNAL_SERVER_ERROR', objectId: 'probe-c1', action: 'crashProbe' },
    ],
    [
      'a document that fails GraphQL validation',
      'mutation { createProbe(input: { }) { id } }',
      TEST_ADMIN_KEY,
      { result: 'BAD_USER_INPUT', actor: 'admin', objectId: null },
    ],
  ])(
    'records a failure: %s, with the code the caller received',
    async (_case, query, token, expected) => {
      const answer = await send(query, {}, token);
      expect(answer.errors?.[0].extensions?.code).toBe(expected.result);

      const entries = await entriesOf(answer.correlationId);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ objectType: 'Probe', action: 'createProbe', ...expected });
    },
  );

  it('records a failure of variable coercion, before any resolver ran', async () => {
    const answer = await send(
      'mutation Make($input: ProbeInput!) { createProbe(input: $input) { id } }',
      {
        input: { name: 42, unknown: true },
      },
    );
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const entries = await entriesOf(answer.correlationId);
    expect(entries.map((entry) => [entry.action, entry.result])).toEqual([
      ['createProbe', 'BAD_USER_INPUT'],
    ]);
  });

  it('records each mutation of a request, aliases included', async () => {
    const answer = await send(
      'mutation { a: createProbe(input: { id: "probe-m1", name: "a" }) { id } b: updateProbe(id: "probe-m2") { id } }',
    );
    const entries = await entriesOf(answer.correlationId);
    const summary = entries.map((entry) => [entry.action, entry.objectId, entry.result]).sort();
    expect(summary).toEqual([
      ['createProbe', 'probe-m1', 'SUCCESS'],
      ['updateProbe', 'probe-m2', 'NOT_FOUND'],
    ]);
  });

  it('does not record queries', async () => {
    const answer = await send('{ probeQuery }');
    expect(answer.data?.probeQuery).toBe(true);
    expect(await entriesOf(answer.correlationId)).toEqual([]);
  });

  it('answers the committed mutation even when the audit write fails, and logs it loudly', async () => {
    const repository = app.get(AuditLogRepository);
    const append = jest.spyOn(repository, 'append').mockRejectedValueOnce(new Error('disk full'));
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const answer = await send(
        'mutation { createProbe(input: { id: "probe-f1", name: "f" }) { id } }',
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.createProbe).toEqual({ id: 'probe-f1' });
      expect(append).toHaveBeenCalledTimes(1);
      const messages = logged.mock.calls.map((call) => String(call[0]));
      const alarm = messages.find((message) => message.includes('AUDIT LOG WRITE FAILED'));
      expect(alarm).toContain(answer.correlationId);
      expect(alarm).toContain('probe-f1');
    } finally {
      append.mockRestore();
      logged.mockRestore();
    }
  });

  describe('auditLog query', () => {
    const page = `query Page($objectId: ID, $after: String) {
      auditLog(first: 2, objectType: "Probe", objectId: $objectId, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { action objectId result actor correlationId at } }
      }
    }`;
    interface PageAnswer {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: { correlationId: string; result: string } }>;
    }

    it("pages through one object's entries, newest first", async () => {
      const objectId = `probe-p-${randomUUID()}`;
      const made: string[] = [];
      for (let index = 0; index < 3; index += 1) {
        made.push(
          (
            await send(
              `mutation { createProbe(input: { id: "${objectId}", name: "p${index}" }) { id } }`,
            )
          ).correlationId,
        );
      }
      const first = await send(page, { objectId });
      expect(first.errors).toBeUndefined();
      const firstPage = first.data?.auditLog as unknown as PageAnswer;
      expect(firstPage.totalCount).toBe(3);
      expect(firstPage.pageInfo.hasNextPage).toBe(true);
      const second = await send(page, { objectId, after: firstPage.pageInfo.endCursor });
      const secondPage = second.data?.auditLog as unknown as PageAnswer;
      expect(secondPage.pageInfo.hasNextPage).toBe(false);
      const order = [...firstPage.edges, ...secondPage.edges].map(
        (edge) => edge.node.correlationId,
      );
      expect(order).toEqual([...made].reverse());
    });

    it('is refused to anonymous callers', async () => {
      const answer = await send(page, {}, null);
      expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a cursor of another list', async () => {
      const foreign = Buffer.from(JSON.stringify([1, 'Amsterdam', 'GM0363'])).toString('base64url');
      const answer = await send(page, { after: foreign });
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});

describe('audit coverage', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('finds @Audit on every Mutation field of the application schema', () => {
    const { schema } = app.app.get(GraphQLSchemaHost, { strict: false });
    expect(unauditedMutations(schema, app.app.get(AuditedMutations, { strict: false }))).toEqual(
      [],
    );
  });
});
