import {
  type DataSource,
  type EntityManager,
  LessThan,
  MoreThan,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import {
  chain,
  type ChainedAuditRecord,
  personActor,
  pseudonymOf,
  pseudonymousActor,
} from '../../audit/audit-chain.record';
import { type AuditLogFilter, type AuditLogRecord } from '../../audit/audit-log.record';
import { AuditLogRepository, type ChainEnds } from '../../audit/audit-log.repository';
import { type Page, type PageRequest, pageFromRows } from '../../common/pagination/page';
import {
  AUDIT_CHAIN_ENTITY,
  AUDIT_CHAIN_ROW_ID,
  type AuditChainRow,
} from '../entities/audit-chain.entity';
import { AUDIT_LOG_ENTITY, type AuditLogRow } from '../entities/audit-log.entity';
import { newestFirstPage } from './newest-first';
import { type Transactions, transactionsOf } from './transactions';

export class AuditLogTypeormRepository extends AuditLogRepository {
  private readonly rows: Repository<AuditLogRow>;
  /** Across processes (PostgreSQL) the locked chain row orders the appends. */
  private readonly transactions: Transactions;

  constructor(private readonly dataSource: DataSource) {
    super();
    this.rows = dataSource.getRepository<AuditLogRow>(AUDIT_LOG_ENTITY);
    this.transactions = transactionsOf(dataSource);
  }

  append(records: readonly AuditLogRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    return this.transactions.run(async (manager) => {
      const ends = await lockedChain(manager);
      const chained = chain(records, { seq: ends.headSeq, hash: ends.headHash });
      const head = chained[chained.length - 1];
      await manager.getRepository<AuditLogRow>(AUDIT_LOG_ENTITY).insert(chained.map(toRow));
      await manager
        .getRepository<AuditChainRow>(AUDIT_CHAIN_ENTITY)
        .update({ id: AUDIT_CHAIN_ROW_ID }, { headSeq: head.seq, headHash: head.hash });
    });
  }

  async list(filter: AuditLogFilter, page: PageRequest): Promise<Page<AuditLogRecord>> {
    const query = this.filtered(filter);
    const totalCount = await query.clone().getCount();
    const rows = await newestFirstPage(query, 'at', page).getMany();
    return pageFromRows(rows.map(toRecord), page, totalCount);
  }

  async chainEnds(): Promise<ChainEnds> {
    const row = await this.dataSource
      .getRepository<AuditChainRow>(AUDIT_CHAIN_ENTITY)
      .findOneByOrFail({ id: AUDIT_CHAIN_ROW_ID });
    return {
      anchor: { seq: row.anchorSeq, hash: row.anchorHash },
      head: { seq: row.headSeq, hash: row.headHash },
    };
  }

  async chainAfter(afterSeq: number, limit: number): Promise<ChainedAuditRecord[]> {
    const rows = await this.rows.find({
      where: { seq: MoreThan(afterSeq) },
      order: { seq: 'ASC' },
      take: limit,
    });
    return rows.map(toChained);
  }

  async pruneBefore(before: Date): Promise<number> {
    return this.transactions.run(async (manager) => {
      await lockedChain(manager);
      const log = manager.getRepository<AuditLogRow>(AUDIT_LOG_ENTITY);
      // The records are pruned from the start of the chain up to the last one older than
      // `before`, so what remains is one unbroken chain from the new anchor.
      const last = await log.findOne({
        where: { at: LessThan(before) },
        order: { seq: 'DESC' },
      });
      if (!last) return 0;
      const removed = await log.delete({ seq: LessThan(last.seq + 1) });
      await manager
        .getRepository<AuditChainRow>(AUDIT_CHAIN_ENTITY)
        .update({ id: AUDIT_CHAIN_ROW_ID }, { anchorSeq: last.seq, anchorHash: last.hash });
      return removed.affected ?? 0;
    });
  }

  pseudonymise(personId: string): Promise<number> {
    return this.transactions.run(async (manager) => {
      const log = manager.getRepository<AuditLogRow>(AUDIT_LOG_ENTITY);
      const actor = personActor(personId);
      const naming = await log.count({ where: [{ actor }, { objectId: personId }] });
      await log.update({ actor }, { actor: pseudonymousActor(personId) });
      await log.update({ objectId: personId }, { objectId: pseudonymOf(personId) });
      return naming;
    });
  }

  async naming(personId: string): Promise<AuditLogRecord[]> {
    const rows = await this.rows.find({
      where: [{ actor: personActor(personId) }, { objectId: personId }],
      order: { seq: 'ASC' },
    });
    return rows.map(toRecord);
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

/** The chain row, locked for the rest of the transaction on PostgreSQL (SQLite locks the file). */
async function lockedChain(manager: EntityManager): Promise<AuditChainRow> {
  const query = manager
    .getRepository<AuditChainRow>(AUDIT_CHAIN_ENTITY)
    .createQueryBuilder('chain')
    .where('chain.id = :id', { id: AUDIT_CHAIN_ROW_ID });
  if (manager.connection.driver.options.type === 'postgres') query.setLock('pessimistic_write');
  return query.getOneOrFail();
}

function toRow(record: ChainedAuditRecord): AuditLogRow {
  return { ...record };
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

function toChained(row: AuditLogRow): ChainedAuditRecord {
  return { ...toRecord(row), seq: row.seq, prevHash: row.prevHash, hash: row.hash };
}
