import { type Request } from 'express';
import { GraphQLError } from 'graphql';
import { apiClientRecord } from '../../test/support/factories';
import { type ApiClientRecord } from '../api-clients/api-client.record';
import { generateApiKey } from '../api-clients/api-key';
import { ApiKeyAuthenticator } from '../api-clients/api-key-authenticator';
import { ApiKeyHasher } from '../api-clients/api-key-hasher';
import { ApiClientsRepository } from '../api-clients/api-clients.repository';
import { SignInDisabled } from '../auth/oidc/sign-in-disabled';
import { RestCaller } from '../auth/rest-caller';
import { type GraphqlContext } from '../common/request/graphql-context';
import { Scope } from '../common/request/caller';
import { loadConfig } from '../config/app-config';
import { RequestRateLimiter } from '../security/rate-limit';
import { type SecurityException } from '../security/security.exception';
import { graphqlOptions } from './graphql.options';

/** The real Argon2 hasher, counting the checks it is asked for. */
class CountingHasher extends ApiKeyHasher {
  verifications = 0;
  override verify(storedHash: string, key: string): Promise<boolean> {
    this.verifications += 1;
    return super.verify(storedHash, key);
  }
}

/** Finds clients by key id and id; nothing else is needed here. */
class OneClientRepository extends ApiClientsRepository {
  constructor(private readonly record: ApiClientRecord) {
    super();
  }
  findByKeyId(keyId: string): Promise<ApiClientRecord | null> {
    return Promise.resolve(keyId === this.record.keyId ? this.record : null);
  }
  findById(id: string): Promise<ApiClientRecord | null> {
    return Promise.resolve(id === this.record.id ? this.record : null);
  }
  markUsed(): Promise<void> {
    return Promise.resolve();
  }
  insert(): Promise<void> {
    return Promise.reject(new Error('not used'));
  }
  list(): Promise<never> {
    return Promise.reject(new Error('not used'));
  }
  revoke(): Promise<ApiClientRecord | null> {
    return Promise.reject(new Error('not used'));
  }
  replaceCreator(): Promise<number> {
    return Promise.reject(new Error('not used'));
  }
}

const PER_IP = 3;

/**
 * An address that floods the service with wrong API keys is refused RATE_LIMITED before its keys
 * are hashed, once it is over its limit: through the GraphQL context and the REST exports, as
 * they are wired in the service.
 */
describe('a flood of wrong API keys from one address', () => {
  const config = loadConfig({
    RATE_LIMIT_PER_IP: String(PER_IP),
    RATE_LIMIT_PER_CLIENT: '1000',
    RATE_LIMIT_WINDOW_SECONDS: '60',
  });
  let hasher: CountingHasher;
  let valid: string;
  let wrong: string;
  let context: (request: Request) => Promise<GraphqlContext>;
  let rest: RestCaller;

  beforeEach(async () => {
    hasher = new CountingHasher();
    const { key, keyId } = generateApiKey();
    valid = key;
    // The right key id with another secret: only Argon2 can tell it is wrong.
    wrong = `${key.slice(0, 20)}${generateApiKey().key.slice(20)}`;
    const record = apiClientRecord({ keyId, secretHash: await hasher.hash(key) });
    const apiKeys = new ApiKeyAuthenticator(new OneClientRepository(record), hasher, config);
    const personTokens = new SignInDisabled();
    const limiter = new RequestRateLimiter({
      perClient: config.RATE_LIMIT_PER_CLIENT,
      perIp: config.RATE_LIMIT_PER_IP,
      windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
    });
    const options = graphqlOptions(config, { apiKeys, personTokens }, limiter);
    const buildContext = options.context as (argument: { req: Request }) => Promise<GraphqlContext>;
    context = (req) => buildContext({ req });
    rest = new RestCaller(config, apiKeys, personTokens, limiter);
  });

  const from = (ip: string, key: string): Request =>
    ({ headers: { authorization: `Bearer ${key}` }, ip, body: {} }) as Request;

  async function refusalCode(attempt: Promise<unknown>): Promise<string> {
    try {
      await attempt;
    } catch (error) {
      if (error instanceof GraphQLError) return (error.originalError as SecurityException).code;
      return (error as SecurityException).code;
    }
    return 'ANSWERED';
  }

  it('hashes a wrong key only until the address is over its limit, on GraphQL', async () => {
    for (let i = 0; i < PER_IP; i += 1) {
      const { caller } = await context(from('10.9.0.1', wrong));
      expect(caller.kind).toBe('rejected');
    }
    expect(hasher.verifications).toBe(PER_IP);

    for (let i = 0; i < 50; i += 1) {
      expect(await refusalCode(context(from('10.9.0.1', wrong)))).toBe('RATE_LIMITED');
    }
    expect(hasher.verifications).toBe(PER_IP);

    // Another address is not affected.
    expect((await context(from('10.9.0.2', wrong))).caller.kind).toBe('rejected');
    expect(hasher.verifications).toBe(PER_IP + 1);
  });

  it('still lets a key that verified before through from the flooded address', async () => {
    expect((await context(from('10.9.0.1', valid))).caller.kind).toBe('client');
    for (let i = 0; i < PER_IP; i += 1) await context(from('10.9.0.1', wrong));
    expect(await refusalCode(context(from('10.9.0.1', wrong)))).toBe('RATE_LIMITED');
    // Its verification is cached: no check at cost, so the address's limit does not stop it.
    expect((await context(from('10.9.0.1', valid))).caller.kind).toBe('client');
    expect(hasher.verifications).toBe(1 + PER_IP);
  });

  it('does the same on the REST exports, which count apart', async () => {
    for (let i = 0; i < PER_IP; i += 1) {
      expect(await refusalCode(rest.require(from('10.9.0.1', wrong), Scope.HR))).toBe(
        'UNAUTHENTICATED',
      );
    }
    for (let i = 0; i < 10; i += 1) {
      expect(await refusalCode(rest.require(from('10.9.0.1', wrong), Scope.HR))).toBe(
        'RATE_LIMITED',
      );
    }
    expect(hasher.verifications).toBe(PER_IP);
    // The GraphQL endpoint's count for the address is its own.
    expect((await context(from('10.9.0.1', wrong))).caller.kind).toBe('rejected');
    expect(hasher.verifications).toBe(PER_IP + 1);
  });
});
