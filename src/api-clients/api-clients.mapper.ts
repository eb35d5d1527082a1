import { type ApiClientRecord, inactiveReason } from './api-client.record';
import { keyPrefixOf } from './api-key';
import { type ApiClient } from './models/api-client.model';

export function toApiClient(record: ApiClientRecord, now = new Date()): ApiClient {
  return {
    id: record.id,
    name: record.name,
    municipalityCode: record.municipalityCode,
    scopes: [...record.scopes],
    keyPrefix: keyPrefixOf(record.keyId),
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    lastUsedAt: record.lastUsedAt,
    revokedAt: record.revokedAt,
    expiresAt: record.expiresAt,
    active: inactiveReason(record, now) === null,
  };
}
