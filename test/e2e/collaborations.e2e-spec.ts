import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { loadReferenceData } from '../../src/seed/reference/reference-data';
import { collaborationInput, municipalityRow } from '../support/factories';
import { type GraphqlResponse, startTestApp, type TestApp } from '../support/test-app';

interface CollaborationNode {
  id: string;
  name: string;
  kind: string;
  memberCount: number;
  members: Array<{ code: string; name: string }>;
}

const COLLABORATION_FIELDS = 'id name kind memberCount members { code name }';
const COLLABORATION = `query ($id: ID!) { collaboration(id: $id) { ${COLLABORATION_FIELDS} } }`;
const COLLABORATIONS = `query ($first: Int, $after: String, $kind: CollaborationKind) {
  collaborations(first: $first, after: $after, kind: $kind) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind } }
  }
}`;
const UPSERT = `mutation ($input: CollaborationInput!) {
  upsertCollaboration(input: $input) { ${COLLABORATION_FIELDS} }
}`;
const ADD_MEMBER = `mutation ($collaborationId: ID!, $municipalityCode: ID!) {
  addCollaborationMember(collaborationId: $collaborationId, municipalityCode: $municipalityCode) {
    ${COLLABORATION_FIELDS}
  }
}`;
const AMSTERDAM = `{ municipality(code: "GM0363") { name province collaborations { name kind } } }`;

function expectError(response: GraphqlResponse, code: string, message: RegExp): void {
  expect(response.errors?.[0]?.extensions?.code).toBe(code);
  expect(response.errors?.[0]?.message).toMatch(message);
}

describe('collaborations over GraphQL', () => {
  let app: TestApp;
  const member = municipalityRow();

  beforeAll(async () => {
    app = await startTestApp();
    // Amsterdam and its regions as in the reference data (MERGE: harmless if already loaded).
    const reference = loadReferenceData();
    const memberships = reference.memberships.filter((m) => m.municipalityCode === 'GM0363');
    const ids = new Set(memberships.map((m) => m.collaborationId));
    const importer = app.app.get(GraphImportRepository);
    await importer.importMunicipalities([
      ...reference.municipalities.filter((m) => m.code === 'GM0363'),
      member,
    ]);
    await importer.importCollaborations(reference.collaborations.filter((c) => ids.has(c.id)));
    await importer.importMemberships(memberships);
  });
  afterAll(() => app.close());

  it('answers Amsterdam with its regions', async () => {
    const response = await app.gql<{
      municipality: {
        name: string;
        province: string;
        collaborations: Array<{ name: string; kind: string }>;
      };
    }>(AMSTERDAM);
    expect(response.errors).toBeUndefined();
    const amsterdam = response.data?.municipality;
    expect(amsterdam).toMatchObject({ name: 'Amsterdam', province: 'Noord-Holland' });
    expect(amsterdam?.collaborations).toEqual(
      expect.arrayContaining([
        { name: 'Veiligheidsregio Amsterdam-Amstelland', kind: 'SAFETY_REGION' },
        { name: 'GGD Amsterdam', kind: 'HEALTH_REGION' },
        { name: 'Arbeidsmarktregio Groot Amsterdam', kind: 'LABOUR_MARKET_REGION' },
      ]),
    );
    const names = amsterdam?.collaborations.map((c) => c.name) ?? [];
    expect(names).toEqual([...names].sort());
  });

  it('answers a collaboration with its members', async () => {
    const response = await app.gql<{ collaboration: CollaborationNode }>(COLLABORATION, {
      id: 'VR13',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.collaboration).toMatchObject({ id: 'VR13', kind: 'SAFETY_REGION' });
    expect(response.data?.collaboration.members).toContainEqual({
      code: 'GM0363',
      name: 'Amsterdam',
    });
    expect(response.data?.collaboration.memberCount).toBe(
      response.data?.collaboration.members.length,
    );
  });

  it('answers null for an unknown collaboration', async () => {
    const response = await app.gql<{ collaboration: null }>(COLLABORATION, { id: 'XX99' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.collaboration).toBeNull();
  });

  it('pages through collaborations of one kind by name', async () => {
    type Page = {
      collaborations: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { id: string; name: string; kind: string } }>;
      };
    };
    for (const name of ['Zz Test Een', 'Zz Test Twee', 'Zz Test Drie']) {
      await app.admin(UPSERT, { input: collaborationInput({ name, kind: 'ENERGY_REGION' }) });
    }
    const first = await app.gql<Page>(COLLABORATIONS, { first: 2, kind: 'ENERGY_REGION' });
    expect(first.errors).toBeUndefined();
    const total = first.data?.collaborations.totalCount ?? 0;
    expect(total).toBeGreaterThanOrEqual(3);
    expect(first.data?.collaborations.pageInfo.hasNextPage).toBe(true);
    const second = await app.gql<Page>(COLLABORATIONS, {
      first: 100,
      kind: 'ENERGY_REGION',
      after: first.data?.collaborations.pageInfo.endCursor,
    });
    const all = [
      ...(first.data?.collaborations.edges ?? []),
      ...(second.data?.collaborations.edges ?? []),
    ];
    expect(all).toHaveLength(total);
    expect(all.every((edge) => edge.node.kind === 'ENERGY_REGION')).toBe(true);
    const names = all.map((edge) => edge.node.name);
    expect(names).toEqual([...names].sort());
  });

  it('creates a collaboration with an id derived from its name, and changes it by id', async () => {
    const created = await app.admin<{ upsertCollaboration: CollaborationNode }>(UPSERT, {
      input: { name: 'Regio Gooi en Vechtstreek', kind: 'COOPERATIVE' },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.upsertCollaboration).toEqual({
      id: 'regio-gooi-en-vechtstreek',
      name: 'Regio Gooi en Vechtstreek',
      kind: 'COOPERATIVE',
      memberCount: 0,
      members: [],
    });

    const changed = await app.admin<{ upsertCollaboration: CollaborationNode }>(UPSERT, {
      input: { id: 'regio-gooi-en-vechtstreek', name: 'Regio G&V', kind: 'SHARED_SERVICE' },
    });
    expect(changed.data?.upsertCollaboration).toMatchObject({
      name: 'Regio G&V',
      kind: 'SHARED_SERVICE',
    });
  });

  it('adds a member once, however often it is added', async () => {
    const id = `test-${member.code}`;
    await app.admin(UPSERT, { input: collaborationInput({ id }) });
    await app.admin(ADD_MEMBER, { collaborationId: id, municipalityCode: member.code });
    const again = await app.admin<{ addCollaborationMember: CollaborationNode }>(ADD_MEMBER, {
      collaborationId: id,
      municipalityCode: member.code,
    });
    expect(again.errors).toBeUndefined();
    expect(again.data?.addCollaborationMember).toMatchObject({
      id,
      memberCount: 1,
      members: [{ code: member.code, name: member.name }],
    });
  });

  it.each([
    ['an id that starts with "-"', { id: '-abc' }, /id must be 2 to 64 letters/],
    ['an id of one character', { id: 'a' }, /id must be 2 to 64 letters/],
    ['a name of one character', { name: 'a' }, /name must be 2 to 150 characters/],
    ['a name of 151 characters', { name: 'x'.repeat(151) }, /name must be 2 to 150 characters/],
    ['a blank name', { name: '   ' }, /name must be 2 to 150 characters/],
    ['an unknown kind', { kind: 'CLUB' }, /kind/],
  ])('refuses %s with BAD_USER_INPUT', async (_case, overrides, message) => {
    expectError(
      await app.admin(UPSERT, { input: collaborationInput(overrides) }),
      'BAD_USER_INPUT',
      message,
    );
  });

  it('asks for an id when none can be derived from the name', async () => {
    expectError(
      await app.admin(UPSERT, { input: { name: '!!', kind: 'OTHER' } }),
      'BAD_USER_INPUT',
      /id: no id can be derived from the name "!!"/,
    );
  });

  it.each([
    [
      'a malformed collaboration id',
      { collaborationId: '-x', municipalityCode: 'GM0363' },
      /collaborationId/,
    ],
    [
      'a malformed CBS code',
      { collaborationId: 'VR13', municipalityCode: 'Amsterdam' },
      /municipalityCode/,
    ],
  ])(
    'refuses %s in addCollaborationMember with BAD_USER_INPUT',
    async (_case, variables, message) => {
      expectError(await app.admin(ADD_MEMBER, variables), 'BAD_USER_INPUT', message);
    },
  );

  it('refuses a malformed id in the collaboration query and a bad kind in the list', async () => {
    expectError(await app.gql(COLLABORATION, { id: 'x' }), 'BAD_USER_INPUT', /id must be/);
    expectError(await app.gql(COLLABORATIONS, { kind: 'CLUB' }), 'BAD_USER_INPUT', /kind/);
    expectError(
      await app.gql(COLLABORATIONS, { first: 101 }),
      'BAD_USER_INPUT',
      /first must be between 1 and 100/,
    );
  });

  it.each([
    [
      'collaboration',
      { collaborationId: 'XX99', municipalityCode: 'GM0363' },
      /collaboration with id "XX99"/,
    ],
    [
      'municipality',
      { collaborationId: 'VR13', municipalityCode: 'GM0000' },
      /municipality with CBS code GM0000/,
    ],
  ])('answers NOT_FOUND for an unknown %s', async (_case, variables, message) => {
    expectError(await app.admin(ADD_MEMBER, variables), 'NOT_FOUND', message);
  });

  it('refuses changes without administrator credentials', async () => {
    expectError(
      await app.gql(UPSERT, { input: collaborationInput() }),
      'UNAUTHENTICATED',
      /needs credentials with the admin scope/,
    );
    expectError(
      await app.gql(
        ADD_MEMBER,
        { collaborationId: 'VR13', municipalityCode: 'GM0363' },
        { token: 'wrong-key' },
      ),
      'UNAUTHENTICATED',
      /not valid/,
    );
  });
});
