import { type DataSource, type Repository, type SelectQueryBuilder } from 'typeorm';
import { type AuditLogFilter, type AuditLogRecord } from '../../audit/audit-log.record';
import { AuditLogRepository } from '../../audit/audit-log.repository';
import { type Page, type PageRequest, pageFromRows } from '../../common/pagination/page';
import { AUDIT_LOG_ENTITY, type AuditLogRow } from '../entities/audit-log.entity';
import { newestFirstPage } from './newest-first';

export class AuditLogTypeormRepository extends AuditLogRepository {
  private readonly rows: Repository<AuditLogRow>;

  constructor(dataSource: DataSource) {
    super();
    this.rows = dataSource.getRepository<AuditLogRow>(AUDIT_LOG_ENTITY);
  }

  async append(records: readonly AuditLogRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.rows.insert(records.map((record) => ({ ...record })));
  }

  async list(filter: AuditLogFilter, page: PageRequest): Promise<Page<AuditLogRecord>> {
    const query = this.filtered(filter);
    const totalCount = await query.clone().getCount();
    const rows = await newestFirstPage(query, 'at', page).getMany();
    return pageFromRows(rows.map(toRecord), page, totalCount);
  }

  private filtered(filter: AuditLogFilter): SelectQueryBuilder<AuditLogRow> {
    const query = this.rows.createQueryBuilder('entry');
    if (filter.objectType !== undefined) {
      query.andWhere('entry.objectType = :objectType', { objectType: filter.objectType });
    }
    if (filter.objectId !== undefined) {
      query.andWhere('entry.objectId = :objectId', { objectId: filter.objectId });
    }
    return query;
  }
}

function toRecord(row: AuditLogRow): AuditLogRecord {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    result: row.result,
    origin: row.origin,
    actor: row.actor,
    correlationId: row.correlationId,
  };
}
