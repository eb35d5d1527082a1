import { RelationalStore } from '../../src/relational/relational-store';
import { createPersonInput } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const CLIENT_FIELDS = `id name municipalityCode scopes keyPrefix createdAt createdBy lastUsedAt revokedAt expiresAt active`;
const CREATE = `mutation($input: CreateApiClientInput!) {
  createApiClient(input: $input) { id key client { ${CLIENT_FIELDS} } }
}`;
const LIST = `query($first: Int, $after: String) {
  apiClients(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${CLIENT_FIELDS} } }
  }
}`;
const REVOKE = `mutation($id: ID!) { revokeApiClient(id: $id) { ${CLIENT_FIELDS} } }`;
const READ = '{ municipalities(first: 1) { totalCount } }';
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id municipality { code } } }`;

interface ClientNode {
  id: string;
  name: string;
  municipalityCode: string;
  scopes: string[];
  keyPrefix: string;
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  expiresAt: string | null;
  active: boolean;
}
interface Created {
  createApiClient: { id: string; key: string; client: ClientNode };
}

/** API clients end to end: keys made by the admin mutation, then used, listed and revoked. */
describe('API clients', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Anonymous reads are off, so an answered read proves the key was accepted.
    app = await startTestApp({ ALLOW_ANONYMOUS_READ: 'false' });
  });
  afterAll(() => app.close());

  const create = async (
    input: Record<string, unknown> = {},
  ): Promise<Created['createApiClient']> => {
    const response = await app.admin<Created>(CREATE, {
      input: { name: 'Intranet Tilburg', municipalityCode: 'GM0855', scopes: ['READ'], ...input },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.createApiClient;
  };
  const codeOf = (response: {
    errors?: Array<{ extensions?: { code?: string } }>;
  }): string | undefined => response.errors?.[0]?.extensions?.code;

  it('creates a key that reads, appears in the list without its secret, and is refused once revoked', async () => {
    const created = await create({ name: 'Intranet Tilburg', scopes: ['READ', 'WRITE', 'READ'] });
    expect(created.key).toMatch(/^kn_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(created.id).toBe(created.client.id);
    expect(created.client).toMatchObject({
      name: 'Intranet Tilburg',
      municipalityCode: 'GM0855',
      scopes: ['READ', 'WRITE'],
      keyPrefix: created.key.slice(0, 19),
      createdBy: 'admin',
      lastUsedAt: null,
      revokedAt: null,
      active: true,
    });

    const read = await app.gql<{ municipalities: { totalCount: number } }>(READ, undefined, {
      token: created.key,
    });
    expect(read.errors).toBeUndefined();
    expect(read.data?.municipalities.totalCount).toBeGreaterThan(300);

    const listed = await app.admin<{ apiClients: { edges: Array<{ node: ClientNode }> } }>(LIST, {
      first: 100,
    });
    expect(listed.errors).toBeUndefined();
    const node = listed.data!.apiClients.edges.find((edge) => edge.node.id === created.id)?.node;
    expect(node?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.data)).not.toContain(created.key.slice(20));

    const revoked = await app.admin<{ revokeApiClient: ClientNode }>(REVOKE, { id: created.id });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data?.revokeApiClient).toMatchObject({ id: created.id, active: false });
    const revokedAt = revoked.data!.revokeApiClient.revokedAt;
    expect(revokedAt).not.toBeNull();

    const refused = await app.gql(READ, undefined, { token: created.key });
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0].message).toMatch(
      /This API key was revoked on .* Ask the administrator for a new key/,
    );

    // Revoking again is harmless and keeps the first time.
    const again = await app.admin<{ revokeApiClient: ClientNode }>(REVOKE, { id: created.id });
    expect(again.data?.revokeApiClient.revokedAt).toBe(revokedAt);
  });

  it('lets a read key read but not write, and a write key write', async () => {
    const reader = await create({ scopes: ['READ'] });
    const writer = await create({ scopes: ['WRITE'] });
    const input = createPersonInput({ municipalityCode: 'GM0855' });

    const refused = await app.gql(CREATE_PERSON, { input }, { token: reader.key });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/Changes need scope write\. .* has scope read\./);

    const written = await app.gql<{ createPerson: { municipality: { code: string } } }>(
      CREATE_PERSON,
      { input },
      { token: writer.key },
    );
    expect(written.errors).toBeUndefined();
    expect(written.data?.createPerson.municipality.code).toBe('GM0855');
  });

  it('keeps key administration to administrators', async () => {
    const writer = await create({ scopes: ['WRITE', 'HR'] });
    const byClient = await app.gql(LIST, { first: 1 }, { token: writer.key });
    expect(codeOf(byClient)).toBe('FORBIDDEN');
    const anonymous = await app.gql(CREATE, {
      input: { name: 'Sneaky', municipalityCode: 'GM0855', scopes: ['ADMIN'] },
    });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');

    const admin = await create({ scopes: ['ADMIN'] });
    const byAdminKey = await app.gql<Created>(
      CREATE,
      { input: { name: 'Made by a key', municipalityCode: 'GM0363', scopes: ['READ'] } },
      { token: admin.key },
    );
    expect(byAdminKey.errors).toBeUndefined();
    expect(byAdminKey.data?.createApiClient.client.createdBy).toBe(`client:${admin.id}`);
  });

  it('refuses unknown, malformed and expired keys with UNAUTHENTICATED', async () => {
    const unknown = await app.gql(READ, undefined, {
      token: `kn_0123456789abcdef_${'A'.repeat(43)}`,
    });
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toMatch(/The API key is not valid/);

    const malformed = await app.gql(READ, undefined, { token: 'kn_not-a-key' });
    expect(codeOf(malformed)).toBe('UNAUTHENTICATED');
    expect(malformed.errors?.[0].message).toMatch(/not well-formed/);

    const expiring = await create({ expiresAt: new Date(Date.now() + 1_500).toISOString() });
    const before = await app.gql(READ, undefined, { token: expiring.key });
    expect(before.errors).toBeUndefined(); // accepted, and now in the verification cache
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    const after = await app.gql(READ, undefined, { token: expiring.key });
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0].message).toMatch(/This API key expired on/);
  });

  it.each([
    [{ name: 'ab' }, 'BAD_USER_INPUT', /name must be 3 to 100 characters/],
    [{ scopes: [] }, 'BAD_USER_INPUT', /scopes must list one or more of read, write, hr, admin/],
    [
      { municipalityCode: 'GM855' },
      'BAD_USER_INPUT',
      /municipalityCode: municipality codes are CBS codes/,
    ],
    [{ municipalityCode: 'GM9999' }, 'NOT_FOUND', /no municipality with CBS code GM9999/],
    [{ expiresAt: '2020-01-01T00:00:00Z' }, 'BAD_USER_INPUT', /expiresAt must be in the future/],
  ])('refuses %j with %s', async (input, code, message) => {
    const response = await app.admin(CREATE, {
      input: { name: 'Intranet Tilburg', municipalityCode: 'GM0855', scopes: ['READ'], ...input },
    });
    expect(codeOf(response)).toBe(code);
    expect(response.errors?.[0].message).toMatch(message);
  });

  it('answers NOT_FOUND for revoking an unknown client, BAD_USER_INPUT for a malformed id', async () => {
    const unknown = await app.admin(REVOKE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].message).toMatch(/apiClients query/);
    const malformed = await app.admin(REVOKE, { id: 'nope' });
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
  });

  it('pages the list newest first', async () => {
    const made = [await create(), await create(), await create()];
    const first = await app.admin<{
      apiClients: { pageInfo: { endCursor: string }; edges: Array<{ node: ClientNode }> };
    }>(LIST, { first: 2 });
    const second = await app.admin<{ apiClients: { edges: Array<{ node: ClientNode }> } }>(LIST, {
      first: 2,
      after: first.data!.apiClients.pageInfo.endCursor,
    });
    const ids = [...first.data!.apiClients.edges, ...second.data!.apiClients.edges].map(
      (edge) => edge.node.id,
    );
    expect(ids.slice(0, 3)).toEqual(made.map((client) => client.id).reverse());
  });

  it('audits key creation and revocation, and records a key holder as client:<id>', async () => {
    const writer = await create({ scopes: ['WRITE'] });
    await app.admin(REVOKE, { id: (await create()).id });
    const person = await app.gql<{ createPerson: { id: string } }>(
      CREATE_PERSON,
      { input: createPersonInput({ municipalityCode: 'GM0855' }) },
      { token: writer.key },
    );
    const log = await app.admin<{
      auditLog: { edges: Array<{ node: { action: string; objectId: string; actor: string } }> };
    }>('{ auditLog(first: 20) { edges { node { action objectId actor result } } } }');
    const entries = log.data!.auditLog.edges.map((edge) => edge.node);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'createApiClient', objectId: writer.id, actor: 'admin' }),
        expect.objectContaining({ action: 'revokeApiClient', actor: 'admin' }),
        expect.objectContaining({
          action: 'createPerson',
          objectId: person.data!.createPerson.id,
          actor: `client:${writer.id}`,
        }),
      ]),
    );
  });
});

describe('API keys when the relational store is gone', () => {
  it('answers without a database message, with a correlation id', async () => {
    const app = await startTestApp({ ALLOW_ANONYMOUS_READ: 'false' });
    try {
      await app.app.get(RelationalStore).close();
      const response = await app.gql(READ, undefined, {
        token: `kn_0123456789abcdef_${'A'.repeat(43)}`,
      });
      expect(response.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(response.errors?.[0].extensions?.correlationId).toEqual(expect.any(String));
      expect(JSON.stringify(response.errors)).not.toMatch(/sqlite|postgres|DataSource|at \S+:\d+/i);
    } finally {
      await app.close();
    }
  });
});
