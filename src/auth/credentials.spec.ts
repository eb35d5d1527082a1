import { type Request } from 'express';
import { type PersonCaller, type RejectedCaller, Scope } from '../common/request/caller';
import { ApiKeyVerifier } from '../common/request/api-key-verifier';
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

/** Recognises keys by their prefix and refuses each one; records which reached it. */
class RecordingApiKeys extends ApiKeyVerifier {
  readonly seen: string[] = [];
  /** Keys that verified recently: no check would cost anything. */
  readonly verified = new Set<string>();
  recognises(token: string): boolean {
    return token.startsWith('kn_');
  }
  needsCheck(key: string): boolean {
    return !this.verified.has(key);
  }
  identify(key: string, origin: string): Promise<RejectedCaller> {
    this.seen.push(key);
    return Promise.resolve({
      kind: 'rejected',
      actorId: 'rejected',
      origin,
      reason: 'unknown key',
    });
  }
}

const request = (authorization?: string): Request =>
  ({ headers: authorization === undefined ? {} : { authorization }, ip: '10.1.2.3' }) as Request;

describe('identifyCaller', () => {
  let personTokens: RecordingPersonTokens;
  let apiKeys: RecordingApiKeys;
  const identify = (authorization: string, tokens: PersonTokens = personTokens) =>
    identifyCaller(request(authorization), {
      adminApiKey: ADMIN_KEY,
      apiKeys,
      personTokens: tokens,
    });
  beforeEach(() => {
    personTokens = new RecordingPersonTokens();
    apiKeys = new RecordingApiKeys();
  });

  it('sends a JWT-shaped bearer value to the sign-in verifier', async () => {
    const caller = await identify(`Bearer ${JWT}`);
    expect(caller).toMatchObject({ kind: 'person', actorId: 'person:p1', origin: '10.1.2.3' });
    expect(personTokens.seen).toEqual([JWT]);
  });

  it('keeps the administrator key and other values away from the verifier', async () => {
    const admin = await identify(`Bearer ${ADMIN_KEY}`);
    const other = await identify('Bearer kn_not.a.token');
    expect(admin.kind).toBe('admin');
    expect(other.kind).toBe('rejected');
    expect(personTokens.seen).toEqual([]);
    // An API key is never taken for a sign-in token, even when its form would pass as one.
    expect(apiKeys.seen).toEqual(['kn_not.a.token']);
  });

  it('runs beforeKeyCheck before an API key is checked at cost, and stops when it refuses', async () => {
    const checked: string[] = [];
    const withGate = (gate: (origin: string) => Promise<void>, authorization: string) =>
      identifyCaller(request(authorization), {
        adminApiKey: ADMIN_KEY,
        apiKeys,
        personTokens,
        beforeKeyCheck: (origin) => {
          checked.push(origin);
          return gate(origin);
        },
      });
    const pass = (): Promise<void> => Promise.resolve();
    const refuse = (): Promise<void> => Promise.reject(new Error('over the limit'));

    await withGate(pass, 'Bearer kn_first');
    expect(checked).toEqual(['10.1.2.3']);
    expect(apiKeys.seen).toEqual(['kn_first']);

    await expect(withGate(refuse, 'Bearer kn_second')).rejects.toThrow('over the limit');
    expect(apiKeys.seen).toEqual(['kn_first']);

    // Cheap checks pass without it: a recently verified key, the administrator, a sign-in token.
    apiKeys.verified.add('kn_known');
    await withGate(refuse, 'Bearer kn_known');
    await withGate(refuse, `Bearer ${ADMIN_KEY}`);
    await withGate(refuse, `Bearer ${JWT}`);
    expect(checked).toHaveLength(2);
  });

  it('refuses a sign-in token with a reason while OIDC is not configured', async () => {
    const caller = await identify(`Bearer ${JWT}`, new SignInDisabled());
    expect(caller.kind).toBe('rejected');
    expect((caller as RejectedCaller).reason).toMatch(/OIDC is not configured \(OIDC_ISSUER\)/);
  });
});
