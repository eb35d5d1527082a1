import { type Request } from 'express';
import { type PersonCaller, type RejectedCaller, Scope } from './caller';
import { identifyCaller } from './credentials';
import { PersonTokens } from './oidc/person-tokens';
import { SignInDisabled } from './oidc/sign-in-disabled';

const ADMIN_KEY = 'admin-key-0123456789';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

/** Records which tokens reached it and signs everyone in as one person. */
class RecordingPersonTokens extends PersonTokens {
  readonly seen: string[] = [];
  identify(token: string, origin: string): Promise<PersonCaller> {
    this.seen.push(token);
    return Promise.resolve({
      kind: 'person',
      actorId: 'person:p1',
      personId: 'p1',
      municipalityCode: 'GM0855',
      scopes: [Scope.READ],
      origin,
    });
  }
}

const request = (authorization?: string): Request =>
  ({ headers: authorization === undefined ? {} : { authorization }, ip: '10.1.2.3' }) as Request;

describe('identifyCaller', () => {
  let personTokens: RecordingPersonTokens;
  beforeEach(() => {
    personTokens = new RecordingPersonTokens();
  });

  it('sends a JWT-shaped bearer value to the sign-in verifier', async () => {
    const caller = await identifyCaller(request(`Bearer ${JWT}`), ADMIN_KEY, personTokens);
    expect(caller).toMatchObject({ kind: 'person', actorId: 'person:p1', origin: '10.1.2.3' });
    expect(personTokens.seen).toEqual([JWT]);
  });

  it('keeps the administrator key and other values away from the verifier', async () => {
    const admin = await identifyCaller(request(`Bearer ${ADMIN_KEY}`), ADMIN_KEY, personTokens);
    const other = await identifyCaller(request('Bearer kn_not-a-token'), ADMIN_KEY, personTokens);
    expect(admin.kind).toBe('admin');
    expect(other.kind).toBe('rejected');
    expect(personTokens.seen).toEqual([]);
  });

  it('refuses a sign-in token with a reason while OIDC is not configured', async () => {
    const caller = await identifyCaller(request(`Bearer ${JWT}`), ADMIN_KEY, new SignInDisabled());
    expect(caller.kind).toBe('rejected');
    expect((caller as RejectedCaller).reason).toMatch(/OIDC is not configured \(OIDC_ISSUER\)/);
  });
});
