import { Injectable, Logger } from '@nestjs/common';
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
    const cached = this.verified.get(key);
    if (cached) {
      const identity = cached.value;
      if (Date.now() - cached.checkedAt < this.recheckMs) return this.accepted(identity, origin);
      const current = await this.recheck(key, identity.clientId);
      // The store did not answer: the verification stands until its minute is up.
      if (current === undefined) return this.accepted(identity, origin);
      const refusal = current ? inactiveRefusal(current, origin) : rejected(origin, INVALID_KEY);
      if (!refusal) return this.accepted(identity, origin);
      this.verified.dropClient(identity.clientId);
      return refusal;
    }

    const keyId = keyIdOf(key);
    if (keyId === null) return rejected(origin, MALFORMED_KEY);
    const record = await this.repository.findByKeyId(keyId);
    // An unknown key id costs no hashing; a known one with a wrong secret is refused alike.
    if (!record || !(await this.hasher.verify(record.secretHash, key))) {
      return rejected(origin, INVALID_KEY);
    }
    const refusal = inactiveRefusal(record, origin);
    if (refusal) return refusal;
    const identity = identityOf(record);
    this.verified.set(key, identity, record.expiresAt);
    if (record.lastUsedAt && !this.lastMarked.has(record.id)) {
      this.lastMarked.set(record.id, record.lastUsedAt.getTime());
    }
    return this.accepted(identity, origin);
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

  private async accepted(identity: ClientIdentity, origin: string): Promise<ClientCaller> {
    await this.markUsed(identity.clientId);
    return { kind: 'client', actorId: `client:${identity.clientId}`, origin, ...identity };
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

/** The refusal of a verified key whose client was revoked or has expired, or null. */
function inactiveRefusal(record: ApiClientRecord, origin: string): RejectedCaller | null {
  switch (inactiveReason(record, new Date())) {
    case 'revoked':
      return rejected(
        origin,
        `This API key was revoked on ${record.revokedAt!.toISOString()}. Ask the administrator for a new key.`,
      );
    case 'expired':
      return rejected(
        origin,
        `This API key expired on ${record.expiresAt!.toISOString()}. Ask the administrator for a new key.`,
      );
    case null:
      return null;
  }
}

function rejected(origin: string, reason: string): RejectedCaller {
  return { kind: 'rejected', actorId: 'rejected', origin, reason };
}
