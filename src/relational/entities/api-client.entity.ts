import { EntitySchema } from 'typeorm';
import { type RelationalDriver } from '../database-url';

/** One row of `api_client` as TypeORM reads and writes it; mapped to ApiClientRecord in the adapter. */
export interface ApiClientRow {
  id: string;
  name: string;
  municipalityCode: string;
  /** Comma-separated, canonical order (read,write,hr,admin). */
  scopes: string;
  keyId: string;
  secretHash: string;
  createdAt: Date;
  createdBy: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date | null;
}

export const API_CLIENT_ENTITY = 'ApiClient';

/** The mapping of `api_client` (created by migration CreateApiClient), per driver like the audit log. */
export function apiClientEntity(driver: RelationalDriver): EntitySchema<ApiClientRow> {
  const time = driver === 'postgres' ? 'timestamp with time zone' : 'datetime';
  return new EntitySchema<ApiClientRow>({
    name: API_CLIENT_ENTITY,
    tableName: 'api_client',
    columns: {
      id: { type: 'varchar', length: 36, primary: true },
      name: { type: 'varchar', length: 100 },
      municipalityCode: { name: 'municipality_code', type: 'varchar', length: 6 },
      scopes: { type: 'varchar', length: 50 },
      keyId: { name: 'key_id', type: 'varchar', length: 16 },
      secretHash: { name: 'secret_hash', type: 'varchar', length: 200 },
      createdAt: { name: 'created_at', type: time },
      createdBy: { name: 'created_by', type: 'varchar', length: 250 },
      lastUsedAt: { name: 'last_used_at', type: time, nullable: true },
      revokedAt: { name: 'revoked_at', type: time, nullable: true },
      expiresAt: { name: 'expires_at', type: time, nullable: true },
    },
    indices: [
      { name: 'IDX_api_client_key_id', columns: ['keyId'], unique: true },
      { name: 'IDX_api_client_created', columns: ['createdAt', 'id'] },
    ],
  });
}
