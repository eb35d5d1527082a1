import { randomUUID } from 'node:crypto';
import { AdminWrites, dataOf } from '../support/admin-writes';
import { startTestApp, type TestApp } from '../support/test-app';

const PERSON = `query($id: ID!) { person(id: $id) { id name email } }`;
const NAME_ONLY = `query($id: ID!) { person(id: $id) { id name } }`;
const PEOPLE_IN = `query($code: ID!) { municipality(code: $code) { people(first: 50) { edges { node { id email } } } } }`;
const AUDIT = `query($id: ID) { auditLog(objectType: "Person", objectId: $id) { edges { node { action actor result } } } }`;

/** BIO 8.15: an API client that is shown someone's e-mail address leaves a record of it. */
describe('audit of contact details read by API clients', () => {
  let app: TestApp;
  let writes: AdminWrites;
  beforeAll(async () => {
    app = await startTestApp();
    writes = new AdminWrites(app);
  });
  afterAll(() => app?.close());

  const entriesFor = async (personId: string) => {
    const data = await dataOf(
      app.admin<{ auditLog: { edges: Array<{ node: { action: string; actor: string } }> } }>(
        AUDIT,
        { id: personId },
      ),
    );
    return data.auditLog.edges.map((edge) => edge.node).filter((n) => n.action !== 'createPerson');
  };

  it('records one entry per person whose e-mail a client query answered, and none otherwise', async () => {
    const email = `${randomUUID()}@gemeente.example.nl`;
    const personId = await writes.person('GM0363', {}, { email });
    const key = await writes.apiKey('GM0363', ['READ']);

    const shown = await dataOf(
      app.gql<{ person: { email: string } }>(PERSON, { id: personId }, { token: key }),
    );
    expect(shown.person.email).toBe(email);
    const clientId = (await entriesFor(personId))[0]?.actor;
    expect(await entriesFor(personId)).toEqual([
      { action: 'readContactDetails', actor: clientId, result: 'SUCCESS' },
    ]);
    expect(clientId).toMatch(/^client:/);

    // No e-mail asked, or not a client: nothing more.
    await dataOf(app.gql(NAME_ONLY, { id: personId }, { token: key }));
    await dataOf(app.admin(PERSON, { id: personId }));
    expect(await entriesFor(personId)).toHaveLength(1);

    // In a list, each person shown once per request.
    await dataOf(app.gql(PEOPLE_IN, { code: 'GM0363' }, { token: key }));
    expect(await entriesFor(personId)).toHaveLength(2);
  });
});
