import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ALL_SCOPES, type Scope } from '../common/request/caller';
import { CommonErrorCode, CommonException } from '../common/errors/common.exception';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { type ApiClientRecord } from './api-client.record';
import { generateApiKey } from './api-key';
import { ApiKeyHasher } from './api-key-hasher';
import { ApiClientsRepository } from './api-clients.repository';

export interface NewApiClient {
  readonly name: string;
  readonly municipalityCode: string;
  readonly scopes: readonly Scope[];
  readonly expiresAt?: Date | null;
}

export interface CreatedClient {
  readonly record: ApiClientRecord;
  /** The whole key; returned once and never stored. */
  readonly key: string;
}

/**
 * Creates API clients and their keys. Apart from listing and revoking because it needs the
 * graph (the municipality must exist), and `npm run apikey -- list | revoke` must not.
 */
@Injectable()
export class ApiClientIssuer {
  constructor(
    private readonly repository: ApiClientsRepository,
    private readonly municipalities: MunicipalitiesService,
    private readonly hasher: ApiKeyHasher,
  ) {}

  /** `createdBy`: the actor id of whoever asked (admin, cli, client:<id>). */
  async create(input: NewApiClient, createdBy: string): Promise<CreatedClient> {
    const now = new Date();
    if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
      throw new CommonException(
        CommonErrorCode.INVALID_INPUT,
        `Invalid input: expiresAt must be in the future (it is ${input.expiresAt.toISOString()}); leave it out for a key that works until revoked.`,
      );
    }
    await this.municipalities.require(input.municipalityCode);
    const { keyId, key } = generateApiKey();
    const record: ApiClientRecord = {
      id: randomUUID(),
      name: input.name,
      municipalityCode: input.municipalityCode,
      scopes: normaliseScopes(input.scopes),
      keyId,
      secretHash: await this.hasher.hash(key),
      createdAt: now,
      createdBy,
      lastUsedAt: null,
      revokedAt: null,
      expiresAt: input.expiresAt ?? null,
    };
    await this.repository.insert(record);
    return { record, key };
  }
}

/** Unique, in the canonical order read, write, hr, admin. */
export function normaliseScopes(scopes: readonly Scope[]): Scope[] {
  return ALL_SCOPES.filter((scope) => scopes.includes(scope));
}
