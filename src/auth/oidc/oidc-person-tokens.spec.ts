import { SignJWT, UnsecuredJWT } from 'jose';
import { personRecord } from '../../../test/support/factories';
import { epochSeconds, LocalIdentityProvider } from '../../../test/support/local-identity-provider';
import { loadConfig } from '../../config/app-config';
import { type PersonRecord } from '../../people/person.record';
import { type PersonCaller, type RejectedCaller, Scope } from '../../common/request/caller';
import { OidcPersonTokens, type SignInPeople } from './oidc-person-tokens';
import { oidcSettingsFrom, type OidcSettings } from './oidc-settings';
import { SigningKeys } from './signing-keys';
import { TokenVerifier } from './token-verifier';

/** The people feature as sign-in sees it: one lookup by id, counted, and able to fail. */
class FakePeople implements SignInPeople {
  readonly people = new Map<string, PersonRecord>();
  lookups = 0;
  failing = false;

  findById(id: string): Promise<PersonRecord | null> {
    this.lookups += 1;
    if (this.failing) return Promise.reject(new Error('connection refused by graph store'));
    return Promise.resolve(this.people.get(id) ?? null);
  }
}

const ORIGIN = '127.0.0.1';

describe('OidcPersonTokens (signed tokens against a local JWKS endpoint)', () => {
  let provider: LocalIdentityProvider;
  let people: FakePeople;
  let person: PersonRecord;

  beforeAll(async () => {
    provider = await LocalIdentityProvider.start();
  });
  afterAll(async () => {
    await provider.stop();
  });
  beforeEach(() => {
    people = new FakePeople();
    person = personRecord({ municipalityCode: 'GM0855' });
    people.people.set(person.id, person);
  });

  function settings(env: Record<string, string> = {}): OidcSettings {
    return oidcSettingsFrom(
      loadConfig({ OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: provider.audience, ...env }),
    )!;
  }

  function makeSut(env: Record<string, string> = {}): OidcPersonTokens {
    const resolved = settings(env);
    return new OidcPersonTokens(
      resolved,
      new TokenVerifier(resolved, new SigningKeys(resolved)),
      people,
    );
  }

  async function rejection(token: string, sut = makeSut()): Promise<RejectedCaller> {
    const caller = await sut.identify(token, ORIGIN);
    expect(caller.kind).toBe('rejected');
    return caller as RejectedCaller;
  }

  it('signs in the person the token names, with the municipality from the graph', async () => {
    const token = await provider.sign(person.id, { claims: { municipality: 'GM0363' } });
    const caller = await makeSut().identify(token, ORIGIN);
    expect(caller).toEqual<PersonCaller>({
      kind: 'person',
      actorId: `person:${person.id}`,
      personId: person.id,
      municipalityCode: 'GM0855',
      scopes: [Scope.READ],
      origin: ORIGIN,
    });
  });

  it('accepts an ES256 token and finds the keys through discovery or an explicit OIDC_JWKS_URI', async () => {
    const token = await provider.sign(person.id, { ec: true });
    expect((await makeSut().identify(token, ORIGIN)).kind).toBe('person');
    const explicit = makeSut({ OIDC_JWKS_URI: provider.jwksUri });
    expect((await explicit.identify(token, ORIGIN)).kind).toBe('person');
  });

  it('refuses a token from another issuer', async () => {
    const token = await provider.sign(person.id, { claims: { iss: 'https://evil.example' } });
    expect((await rejection(token)).reason).toMatch(/another identity provider/);
  });

  it('refuses a token for another audience', async () => {
    const token = await provider.sign(person.id, { claims: { aud: 'another-app' } });
    expect((await rejection(token)).reason).toMatch(/meant for another application/);
  });

  it('refuses an expired token (beyond the clock tolerance) with a clear message', async () => {
    const token = await provider.sign(person.id, {
      claims: { iat: epochSeconds() - 600, exp: epochSeconds() - 31 },
    });
    expect((await rejection(token)).reason).toBe('The sign-in token has expired. Sign in again.');
    const withinTolerance = await provider.sign(person.id, { claims: { exp: epochSeconds() - 5 } });
    expect((await makeSut().identify(withinTolerance, ORIGIN)).kind).toBe('person');
  });

  it('refuses a token that is not valid yet', async () => {
    const token = await provider.sign(person.id, { claims: { nbf: epochSeconds() + 600 } });
    expect((await rejection(token)).reason).toMatch(/not valid yet/);
  });

  it('refuses a token without an expiry', async () => {
    const token = await provider.sign(person.id, { claims: { exp: undefined } });
    expect((await rejection(token)).reason).toMatch(/lacks the "exp" claim/);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const token = new UnsecuredJWT({ kennissen_person_id: person.id })
      .setIssuer(provider.issuer)
      .setAudience(provider.audience)
      .setExpirationTime('5m')
      .encode();
    expect((await rejection(token)).reason).toMatch(/algorithm this service does not accept/);
  });

  it('refuses HS256 signed with the public key as the secret', async () => {
    const secret = new TextEncoder().encode(await provider.rsaPublicKeyPem());
    const token = await new SignJWT({ kennissen_person_id: person.id })
      .setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' })
      .setIssuer(provider.issuer)
      .setAudience(provider.audience)
      .setExpirationTime('5m')
      .sign(secret);
    expect((await rejection(token)).reason).toMatch(/algorithm this service does not accept/);
  });

  it('refuses an algorithm the provider publishes but OIDC_ALGORITHMS leaves out', async () => {
    const token = await provider.sign(person.id); // RS256
    const sut = makeSut({ OIDC_ALGORITHMS: 'ES256' });
    expect((await rejection(token, sut)).reason).toBe(
      'The sign-in token is signed with an algorithm this service does not accept (accepted: ES256).',
    );
  });

  it('refuses a token whose kid the provider does not publish', async () => {
    const token = await provider.sign(person.id, { kid: 'unknown-kid' });
    expect((await rejection(token)).reason).toMatch(/signing key \(kid\)/);
  });

  it('refuses a token signed by a key the provider does not hold', async () => {
    const token = await provider.sign(person.id, { unpublishedKey: true });
    expect((await rejection(token)).reason).toBe('The sign-in token has an invalid signature.');
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const other = personRecord({ municipalityCode: 'GM0363' });
    people.people.set(other.id, other);
    const [header, , signature] = (await provider.sign(person.id)).split('.');
    const forged = Buffer.from(
      JSON.stringify({
        iss: provider.issuer,
        aud: provider.audience,
        exp: epochSeconds() + 300,
        kennissen_person_id: other.id,
        roles: ['kennissen.admin'],
      }),
    ).toString('base64url');
    const reason = (await rejection(`${header}.${forged}.${signature}`)).reason;
    expect(reason).toBe('The sign-in token has an invalid signature.');
  });

  it('refuses a token without the person claim, naming the claim', async () => {
    const token = await provider.sign(null);
    expect((await rejection(token)).reason).toMatch(/no "kennissen_person_id" claim/);
  });

  it('refuses a person who is not in the directory, saying what to do', async () => {
    const token = await provider.sign('person-who-left');
    const reason = (await rejection(token)).reason;
    expect(reason).toMatch(/"person-who-left", who is not in the directory/);
    expect(reason).toMatch(/administrator/);
  });

  it('grants scopes from the roles claim; unknown roles add nothing', async () => {
    const token = await provider.sign(person.id, {
      claims: { roles: ['kennissen.write', 'kennissen.hr', 'Domain Users'] },
    });
    const caller = (await makeSut().identify(token, ORIGIN)) as PersonCaller;
    expect(caller.scopes).toEqual([Scope.READ, Scope.WRITE, Scope.HR]);
  });

  it('reads roles from a configured nested claim with a configured mapping', async () => {
    const token = await provider.sign(person.id, {
      claims: { realm_access: { roles: ['beheer'] }, roles: ['kennissen.write'] },
    });
    const sut = makeSut({
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_ROLE_SCOPES: 'beheer=admin, beheer=hr',
    });
    const caller = (await sut.identify(token, ORIGIN)) as PersonCaller;
    expect(caller.scopes).toEqual([Scope.READ, Scope.HR, Scope.ADMIN]);
  });

  it('remembers a verified token briefly: the second request does not look the person up', async () => {
    const sut = makeSut();
    const token = await provider.sign(person.id);
    expect((await sut.identify(token, ORIGIN)).kind).toBe('person');
    expect((await sut.identify(token, '10.0.0.9')).origin).toBe('10.0.0.9');
    expect(people.lookups).toBe(1);
  });

  it('answers "unavailable", not "invalid", when the graph store cannot be asked', async () => {
    people.failing = true;
    const caller = await rejection(await provider.sign(person.id));
    expect(caller.unavailable).toBe(true);
    expect(caller.reason).not.toMatch(/connection refused/);
  });
});

describe('OidcPersonTokens with an identity provider that does not answer', () => {
  let provider: LocalIdentityProvider;
  let token: string;

  beforeAll(async () => {
    provider = await LocalIdentityProvider.start();
    token = await provider.sign('someone');
    provider.down();
  });
  afterAll(async () => {
    await provider.stop();
  });

  async function signInTimed(env: Record<string, string>): Promise<[RejectedCaller, number]> {
    const resolved = oidcSettingsFrom(
      loadConfig({
        OIDC_ISSUER: provider.issuer,
        OIDC_AUDIENCE: provider.audience,
        OIDC_HTTP_TIMEOUT_MS: '300',
        ...env,
      }),
    )!;
    const sut = new OidcPersonTokens(
      resolved,
      new TokenVerifier(resolved, new SigningKeys(resolved)),
      new FakePeople(),
    );
    const started = Date.now();
    const caller = (await sut.identify(token, ORIGIN)) as RejectedCaller;
    return [caller, Date.now() - started];
  }

  it('gives up on discovery after OIDC_HTTP_TIMEOUT_MS and says the provider is unavailable', async () => {
    const [caller, elapsed] = await signInTimed({});
    expect(caller).toMatchObject({ kind: 'rejected', unavailable: true });
    expect(caller.reason).toMatch(
      /discovery document .* could not be read: no answer within 300 ms/,
    );
    expect(elapsed).toBeLessThan(2000);
  });

  it('gives up on the key set after OIDC_HTTP_TIMEOUT_MS', async () => {
    const [caller, elapsed] = await signInTimed({ OIDC_JWKS_URI: provider.jwksUri });
    expect(caller).toMatchObject({ kind: 'rejected', unavailable: true });
    expect(caller.reason).toMatch(/signing keys could not be fetched: no answer within 300 ms/);
    expect(elapsed).toBeLessThan(2000);
  });
});
