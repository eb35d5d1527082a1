import { Logger } from '@nestjs/common';
import { apiClientRecord } from '../../test/support/factories';
import { type ApiKeyCheck, NO_INSTRUMENTATION } from '../common/observability/instrumentation';
import { Scope } from '../common/request/caller';
import { loadConfig } from '../config/app-config';
import { type PageRequest, type Page } from '../common/pagination/page';
import { type ApiClientRecord } from './api-client.record';
import { generateApiKey } from './api-key';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { ApiKeyHasher } from './api-key-hasher';
import { ApiClientsRepository } from './api-clients.repository';

/** An in-memory repository that counts lookups and last-use writes. */
class FakeRepository extends ApiClientsRepository {
  readonly records = new Map<string, ApiClientRecord>();
  lookups = 0;
  reads = 0;
  usedWrites = 0;
  /** Makes findById fail, as a database that has gone away. */
  unreachable = false;

  insert(record: ApiClientRecord): Promise<void> {
    this.records.set(record.id, record);
    return Promise.resolve();
  }
  findById(id: string): Promise<ApiClientRecord | null> {
    this.reads += 1;
    if (this.unreachable) return Promise.reject(new Error('connection refused'));
    return Promise.resolve(this.records.get(id) ?? null);
  }
  findByKeyId(keyId: string): Promise<ApiClientRecord | null> {
    this.lookups += 1;
    return Promise.resolve([...this.records.values()].find((r) => r.keyId === keyId) ?? null);
  }
  list(page: PageRequest): Promise<Page<ApiClientRecord>> {
    return Promise.resolve({
      items: [...this.records.values()].slice(0, page.first),
      hasNextPage: false,
      totalCount: this.records.size,
    });
  }
  revoke(id: string, at: Date): Promise<ApiClientRecord | null> {
    const found = this.records.get(id);
    if (found && !found.revokedAt) this.records.set(id, { ...found, revokedAt: at });
    return Promise.resolve(this.records.get(id) ?? null);
  }
  markUsed(id: string, at: Date): Promise<void> {
    this.usedWrites += 1;
    const found = this.records.get(id);
    if (found) this.records.set(id, { ...found, lastUsedAt: at });
    return Promise.resolve();
  }
  replaceCreator(): Promise<number> {
    return Promise.reject(new Error('not used by the authenticator'));
  }
}

describe('ApiKeyAuthenticator', () => {
  const hasher = new ApiKeyHasher();
  let repository: FakeRepository;
  let sut: ApiKeyAuthenticator;

  async function client(
    overrides: Partial<ApiClientRecord> = {},
  ): Promise<{ key: string; record: ApiClientRecord }> {
    const { key, keyId } = generateApiKey();
    const record = apiClientRecord({
      id: `client-${keyId}`,
      keyId,
      secretHash: await hasher.hash(key),
      ...overrides,
    });
    await repository.insert(record);
    return { key, record };
  }

  beforeEach(() => {
    repository = new FakeRepository();
    sut = new ApiKeyAuthenticator(repository, hasher, loadConfig({ API_KEY_RECHECK_SECONDS: '5' }));
  });

  it('makes a client caller of a valid key', async () => {
    const { key, record } = await client();
    await expect(sut.identify(key, '10.0.0.1')).resolves.toEqual({
      kind: 'client',
      actorId: `client:${record.id}`,
      origin: '10.0.0.1',
      clientId: record.id,
      clientName: 'Intranet Tilburg',
      municipalityCode: 'GM0855',
      scopes: [Scope.READ, Scope.WRITE],
    });
  });

  it('checks the hash once and then answers from the cache', async () => {
    const { key } = await client();
    const verify = jest.spyOn(hasher, 'verify');
    try {
      for (let i = 0; i < 5; i += 1) expect((await sut.identify(key, 'x')).kind).toBe('client');
      expect(verify).toHaveBeenCalledTimes(1);
      expect(repository.lookups).toBe(1);
    } finally {
      verify.mockRestore();
    }
  });

  it('records the last use at most once a minute', async () => {
    const { key, record } = await client();
    await sut.identify(key, 'x');
    await sut.identify(key, 'x');
    expect(repository.usedWrites).toBe(1);
    expect(repository.records.get(record.id)?.lastUsedAt).toBeInstanceOf(Date);
  });

  it('refuses a wrong secret for a known key id, and an unknown key id, alike', async () => {
    const { key } = await client();
    const wrongSecret = `${key.slice(0, 20)}${generateApiKey().key.slice(20)}`;
    const unknown = generateApiKey().key;
    for (const presented of [wrongSecret, unknown]) {
      const caller = await sut.identify(presented, 'x');
      expect(caller).toMatchObject({
        kind: 'rejected',
        reason: expect.stringMatching(/API key is not valid/) as unknown,
      });
    }
  });

  it('says how a malformed key should look', async () => {
    const caller = await sut.identify('kn_nonsense', 'x');
    expect(caller).toMatchObject({
      kind: 'rejected',
      reason: expect.stringMatching(/kn_<16 hex characters>_<43 characters>/) as unknown,
    });
    expect(repository.lookups).toBe(0);
  });

  it('refuses revoked and expired keys, naming when', async () => {
    const revoked = await client({ revokedAt: new Date('2026-01-02T03:04:05.000Z') });
    const expired = await client({ expiresAt: new Date('2026-01-01T00:00:00.000Z') });
    expect(await sut.identify(revoked.key, 'x')).toMatchObject({
      kind: 'rejected',
      reason: expect.stringMatching(/revoked on 2026-01-02T03:04:05.000Z/) as unknown,
    });
    expect(await sut.identify(expired.key, 'x')).toMatchObject({
      kind: 'rejected',
      reason: expect.stringMatching(/expired on 2026-01-01T00:00:00.000Z/) as unknown,
    });
  });

  it('refuses a key at once after forget(), once its client is revoked', async () => {
    const { key, record } = await client();
    expect((await sut.identify(key, 'x')).kind).toBe('client');
    await repository.revoke(record.id, new Date());
    expect((await sut.identify(key, 'x')).kind).toBe('client'); // still cached
    sut.forget(record.id);
    expect((await sut.identify(key, 'x')).kind).toBe('rejected');
  });

  it('reports each check with its result and what it cost, for the metrics', async () => {
    const checks: ApiKeyCheck[] = [];
    const reporting = new ApiKeyAuthenticator(
      repository,
      hasher,
      loadConfig({ API_KEY_RECHECK_SECONDS: '5' }),
      { ...NO_INSTRUMENTATION, apiKeyChecked: (check) => checks.push(check) },
    );
    const { key } = await client();
    const revoked = await client({ revokedAt: new Date('2026-01-02T03:04:05.000Z') });
    await reporting.identify(key, 'x');
    await reporting.identify(key, 'x');
    await reporting.identify(`${key.slice(0, 20)}${generateApiKey().key.slice(20)}`, 'x');
    await reporting.identify(generateApiKey().key, 'x');
    await reporting.identify('kn_nonsense', 'x');
    await reporting.identify(revoked.key, 'x');
    expect(checks).toEqual([
      { result: 'accepted', checkedBy: 'hash' },
      { result: 'accepted', checkedBy: 'cache' },
      { result: 'invalid', checkedBy: 'hash' },
      { result: 'invalid', checkedBy: 'lookup' },
      { result: 'malformed', checkedBy: 'form' },
      { result: 'revoked', checkedBy: 'hash' },
    ]);
  });

  describe('a key revoked elsewhere (another replica, the command line)', () => {
    let clock: jest.SpiedFunction<typeof Date.now>;
    let now: number;
    const later = (ms: number): void => {
      now += ms;
    };
    beforeEach(() => {
      now = Date.now();
      clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    });
    afterEach(() => clock.mockRestore());

    it('is refused once the verification is older than API_KEY_RECHECK_SECONDS, without hashing', async () => {
      const { key, record } = await client();
      expect((await sut.identify(key, 'x')).kind).toBe('client');
      // Revoked in the database, not through this instance (no forget()).
      await repository.revoke(record.id, new Date('2026-03-04T05:06:07.000Z'));
      const verify = jest.spyOn(hasher, 'verify');
      try {
        later(4_999);
        expect((await sut.identify(key, 'x')).kind).toBe('client');
        expect(repository.reads).toBe(0);
        later(1);
        expect(await sut.identify(key, 'x')).toMatchObject({
          kind: 'rejected',
          reason: expect.stringMatching(/revoked on 2026-03-04T05:06:07.000Z/) as unknown,
        });
        expect(repository.reads).toBe(1);
        expect(verify).not.toHaveBeenCalled();
      } finally {
        verify.mockRestore();
      }
    });

    it('reads the record once per interval while the client stays active, hashing once a minute', async () => {
      const { key } = await client();
      const verify = jest.spyOn(hasher, 'verify');
      try {
        for (let second = 0; second < 59; second += 1) {
          expect((await sut.identify(key, 'x')).kind).toBe('client');
          later(1_000);
        }
        expect(verify).toHaveBeenCalledTimes(1);
        // At 0 s the key verified; reads at 5, 10, ... 55 s.
        expect(repository.reads).toBe(11);
      } finally {
        verify.mockRestore();
      }
    });

    it('shares one read between the requests that arrive together', async () => {
      const { key } = await client();
      await sut.identify(key, 'x');
      later(5_000);
      const callers = await Promise.all([1, 2, 3].map(() => sut.identify(key, 'x')));
      expect(callers.map((caller) => caller.kind)).toEqual(['client', 'client', 'client']);
      expect(repository.reads).toBe(1);
    });

    it('keeps accepting a verified key while the store does not answer, asking again an interval later', async () => {
      const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      try {
        const { key, record } = await client();
        await sut.identify(key, 'x');
        repository.unreachable = true;
        later(5_000);
        expect((await sut.identify(key, 'x')).kind).toBe('client');
        expect((await sut.identify(key, 'x')).kind).toBe('client');
        expect(repository.reads).toBe(1);
        later(5_000);
        expect((await sut.identify(key, 'x')).kind).toBe('client');
        expect(repository.reads).toBe(2);
        expect(warned).toHaveBeenCalledWith(
          expect.stringContaining(`Could not read API client ${record.id} again`),
        );
      } finally {
        warned.mockRestore();
      }
    });

    it('refuses a cached key whose client has expired since, or is gone', async () => {
      const expiring = await client({ expiresAt: new Date(now + 3_600_000) });
      const removed = await client();
      await sut.identify(expiring.key, 'x');
      await sut.identify(removed.key, 'x');
      // Its expiry moved forward in the database, to a time already past.
      repository.records.set(expiring.record.id, {
        ...expiring.record,
        expiresAt: new Date('2026-01-01T00:00:00.000Z'),
      });
      repository.records.delete(removed.record.id);
      later(5_000);
      expect(await sut.identify(expiring.key, 'x')).toMatchObject({
        kind: 'rejected',
        reason: expect.stringMatching(/expired on/) as unknown,
      });
      expect(await sut.identify(removed.key, 'x')).toMatchObject({
        kind: 'rejected',
        reason: expect.stringMatching(/API key is not valid/) as unknown,
      });
    });
  });

  it('says which keys would cost a check: well-formed ones not verified recently', async () => {
    const { key } = await client();
    expect(sut.needsCheck(key)).toBe(true);
    expect(sut.needsCheck('kn_nonsense')).toBe(false);
    await sut.identify(key, 'x');
    expect(sut.needsCheck(key)).toBe(false);
  });

  it('recognises API keys by their prefix only', () => {
    expect(sut.recognises('kn_anything')).toBe(true);
    expect(sut.recognises('an-admin-key-of-some-length')).toBe(false);
  });
});
