import { Injectable, Logger, Optional } from '@nestjs/common';
import {
  type ApiKeyCheck,
  Instrumentation,
  NO_INSTRUMENTATION,
} from '../common/observability/instrumentation';
import { ApiKeyVerifier } from '../common/request/api-key-verifier';
import { AppConfig } from '../config/app-config';
import { type ClientCaller, type RejectedCaller, type Scope } from '../common/request/caller';
import { type ApiClientRecord, inactiveReason } from './api-client.record';
import { keyIdOf, looksLikeApiKey } from './api-key';
import { ApiKeyHasher } from './api-key-hasher';
import { ApiClientsRepository } from './api-clients.repository';
import { VerifiedKeyCache } from './verified-key-cache';

/** lastUsedAt is coarse: written at most once per this interval per client. */
export const LAST_USED_INTERVAL_MS = 60_000;

interface ClientIdentity {
  readonly clientId: string;
  readonly clientName: string;
  readonly municipalityCode: string;
  readonly scopes: readonly Scope[];
}

/** Who called, and how the key check went (for the metrics). */
interface Checked {
  readonly caller: ClientCaller | RejectedCaller;
  readonly check: ApiKeyCheck;
}

const INVALID_KEY =
  'The API key is not valid. Check the key, or ask the administrator for a new one.';
const MALFORMED_KEY =
  'The API key is not well-formed: API keys look like kn_<16 hex characters>_<43 characters>. Send the whole key as it was shown when it was created.';

/**
 * Identifies API clients by their key: the key id finds the record, Argon2 checks the secret,
 * revoked and expired keys are refused with a reason. A successful check is cached for a minute
 * (see VerifiedKeyCache), so only about one request per key per minute pays for Argon2; while it
 * is cached, the client's record is read again (by id, without hashing) once it was last read
 * more than API_KEY_RECHECK_SECONDS ago, so that a revoke made on another replica or from the
 * command line is seen within those seconds.
 */
@Injectable()
export class ApiKeyAuthenticator extends ApiKeyVerifier {
  private readonly logger = new Logger('ApiClients');
  private readonly verified = new VerifiedKeyCache<ClientIdentity>();
  private readonly lastMarked = new Map<string, number>();
  /** Rechecks under way, by client id: concurrent requests of one client share one read. */
  private readonly rechecks = new Map<string, Promise<ApiClientRecord | null | undefined>>();
  private readonly recheckMs: number;

  constructor(
    private readonly repository: ApiClientsRepository,
    private readonly hasher: ApiKeyHasher,
    config: AppConfig,
    @Optional() private readonly instrumentation: Instrumentation = NO_INSTRUMENTATION,
  ) {
    super();
    this.recheckMs = config.API_KEY_RECHECK_SECONDS * 1000;
  }

  recognises(token: string): boolean {
    return looksLikeApiKey(token);
  }

  needsCheck(key: string): boolean {
    return keyIdOf(key) !== null && this.verified.get(key) === null;
  }

  async identify(key: string, origin: string): Promise<ClientCaller | RejectedCaller> {
    const { caller, check } = await this.check(key, origin);
    this.instrumentation.apiKeyChecked(check);
    return caller;
  }

  private async check(key: string, origin: string): Promise<Checked> {
    const cached = this.verified.get(key);
    if (cached) {
      const identity = cached.value;
      const due = Date.now() - cached.checkedAt >= this.recheckMs;
      const current = due ? await this.recheck(key, identity.clientId) : undefined;
      // Not due, or the store did not answer: the verification stands until its minute is up.
      if (current === undefined) return this.accept(identity, origin, 'cache');
      const reason = current ? inactiveReason(current, new Date()) : 'invalid';
      if (!reason) return this.accept(identity, origin, 'recheck');
      this.verified.dropClient(identity.clientId);
      return refuse(origin, reason, current, 'recheck');
    }

    const keyId = keyIdOf(key);
    if (keyId === null) return refuse(origin, 'malformed', null, 'form');
    const record = await this.repository.findByKeyId(keyId);
    // An unknown key id costs no hashing; a known one with a wrong secret is refused alike.
    if (!record) return refuse(origin, 'invalid', null, 'lookup');
    if (!(await this.hasher.verify(record.secretHash, key))) {
      return refuse(origin, 'invalid', null, 'hash');
    }
    const reason = inactiveReason(record, new Date());
    if (reason) return refuse(origin, reason, record, 'hash');
    const identity = identityOf(record);
    this.verified.set(key, identity, record.expiresAt);
    if (record.lastUsedAt && !this.lastMarked.has(record.id)) {
      this.lastMarked.set(record.id, record.lastUsedAt.getTime());
    }
    return this.accept(identity, origin, 'hash');
  }

  /** Forgets cached verifications of this client, so a revoke here takes effect at once. */
  forget(clientId: string): void {
    this.verified.dropClient(clientId);
  }

  /**
   * The client's record read again by id (one read, no hashing), shared by the requests that
   * ask at the same time; undefined when the store did not answer.
   */
  private recheck(key: string, clientId: string): Promise<ApiClientRecord | null | undefined> {
    const pending = this.rechecks.get(clientId);
    if (pending) return pending;
    const reading = this.reread(key, clientId).finally(() => this.rechecks.delete(clientId));
    this.rechecks.set(clientId, reading);
    return reading;
  }

  private async reread(key: string, clientId: string): Promise<ApiClientRecord | null | undefined> {
    try {
      return await this.repository.findById(clientId);
    } catch (error) {
      this.logger.warn(
        `Could not read API client ${clientId} again to see whether it was revoked: ${error instanceof Error ? error.message : String(error)}. Its verified key stays accepted until the verification is a minute old.`,
      );
      return undefined;
    } finally {
      // Whatever the answer, the next read is due one interval later, also while the store is away.
      this.verified.markChecked(key);
    }
  }

  private async accept(
    identity: ClientIdentity,
    origin: string,
    checkedBy: ApiKeyCheck['checkedBy'],
  ): Promise<Checked> {
    await this.markUsed(identity.clientId);
    return {
      caller: { kind: 'client', actorId: `client:${identity.clientId}`, origin, ...identity },
      check: { result: 'accepted', checkedBy },
    };
  }

  /** Never fails the request: lastUsedAt is information, not a control. */
  private async markUsed(clientId: string): Promise<void> {
    const now = Date.now();
    if (now - (this.lastMarked.get(clientId) ?? 0) < LAST_USED_INTERVAL_MS) return;
    this.lastMarked.set(clientId, now);
    try {
      await this.repository.markUsed(clientId, new Date(now));
    } catch (error) {
      this.logger.warn(
        `Could not record the last use of API client ${clientId}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

function identityOf(record: ApiClientRecord): ClientIdentity {
  return {
    clientId: record.id,
    clientName: record.name,
    municipalityCode: record.municipalityCode,
    scopes: record.scopes,
  };
}

/** A refused key, with the reason said so that the caller can act on it. */
function refuse(
  origin: string,
  result: Exclude<ApiKeyCheck['result'], 'accepted'>,
  record: ApiClientRecord | null,
  checkedBy: ApiKeyCheck['checkedBy'],
): Checked {
  const reasons = {
    malformed: MALFORMED_KEY,
    invalid: INVALID_KEY,
    revoked: `This API key was revoked on ${record?.revokedAt?.toISOString()}. Ask the administrator for a new key.`,
    expired: `This API key expired on ${record?.expiresAt?.toISOString()}. Ask the administrator for a new key.`,
  };
  return { caller: rejected(origin, reasons[result]), check: { result, checkedBy } };
}

function rejected(origin: string, reason: string): RejectedCaller {
  return { kind: 'rejected', actorId: 'rejected', origin, reason };
}
