import { type DataSource, IsNull, type Repository } from 'typeorm';
import { type ApiClientRecord } from '../../api-clients/api-client.record';
import { ApiClientsRepository } from '../../api-clients/api-clients.repository';
import { ALL_SCOPES, type Scope } from '../../common/request/caller';
import { type Page, type PageRequest, pageFromRows } from '../../common/pagination/page';
import { API_CLIENT_ENTITY, type ApiClientRow } from '../entities/api-client.entity';
import { newestFirstPage } from './newest-first';

export class ApiClientTypeormRepository extends ApiClientsRepository {
  private readonly rows: Repository<ApiClientRow>;

  constructor(dataSource: DataSource) {
    super();
    this.rows = dataSource.getRepository<ApiClientRow>(API_CLIENT_ENTITY);
  }

  async insert(record: ApiClientRecord): Promise<void> {
    await this.rows.insert({ ...record, scopes: record.scopes.join(',') });
  }

  async findById(id: string): Promise<ApiClientRecord | null> {
    const row = await this.rows.findOneBy({ id });
    return row && toRecord(row);
  }

  async findByKeyId(keyId: string): Promise<ApiClientRecord | null> {
    const row = await this.rows.findOneBy({ keyId });
    return row && toRecord(row);
  }

  async list(page: PageRequest): Promise<Page<ApiClientRecord>> {
    const query = this.rows.createQueryBuilder('client');
    const totalCount = await query.clone().getCount();
    const rows = await newestFirstPage(query, 'createdAt', page).getMany();
    return pageFromRows(rows.map(toRecord), page, totalCount);
  }

  async revoke(id: string, at: Date): Promise<ApiClientRecord | null> {
    // Only a first revoke sets the time, so a repeat (or a race of two) keeps the earliest.
    await this.rows.update({ id, revokedAt: IsNull() }, { revokedAt: at });
    return this.findById(id);
  }

  async markUsed(id: string, at: Date): Promise<void> {
    await this.rows.update({ id }, { lastUsedAt: at });
  }

  async replaceCreator(actor: string, replacement: string): Promise<number> {
    const result = await this.rows.update({ createdBy: actor }, { createdBy: replacement });
    return result.affected ?? 0;
  }
}

function toRecord(row: ApiClientRow): ApiClientRecord {
  return {
    id: row.id,
    name: row.name,
    municipalityCode: row.municipalityCode,
    scopes: parseScopes(row.scopes),
    keyId: row.keyId,
    secretHash: row.secretHash,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    expiresAt: row.expiresAt,
  };
}

/** Unknown words (a hand-edited row) grant nothing. */
function parseScopes(stored: string): Scope[] {
  const words = stored.split(',');
  return ALL_SCOPES.filter((scope) => words.includes(scope));
}
