import { type DataSource, In, MoreThanOrEqual, type Repository } from 'typeorm';
import { type Page, type PageRequest, pageFromRows } from '../../common/pagination/page';
import {
  IntroductionDirection,
  type IntroductionRecord,
  IntroductionStatus,
  isOpen,
  OPEN_STATUSES,
} from '../../introductions/introduction.record';
import {
  type IntroductionListFilter,
  IntroductionsRepository,
} from '../../introductions/introductions.repository';
import { type OutboxEventDraft } from '../../outbox/outbox-event';
import { INTRODUCTION_ENTITY, type IntroductionRow } from '../entities/introduction.entity';
import { newestFirstPage } from './newest-first';
import { insertOutboxEvents } from './outbox.typeorm-repository';
import { type Transactions, transactionsOf } from './transactions';
import { isUniqueViolation } from './unique-violation';

export class IntroductionTypeormRepository extends IntroductionsRepository {
  private readonly rows: Repository<IntroductionRow>;
  private readonly transactions: Transactions;

  constructor(dataSource: DataSource) {
    super();
    this.rows = dataSource.getRepository<IntroductionRow>(INTRODUCTION_ENTITY);
    this.transactions = transactionsOf(dataSource);
  }

  async insert(
    record: IntroductionRecord,
    events: readonly OutboxEventDraft[] = [],
  ): Promise<boolean> {
    try {
      await this.transactions.run(async (manager) => {
        await manager.getRepository<IntroductionRow>(INTRODUCTION_ENTITY).insert(toRow(record));
        await insertOutboxEvents(manager, events);
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async findById(id: string): Promise<IntroductionRecord | null> {
    const row = await this.rows.findOneBy({ id });
    return row && toRecord(row);
  }

  async findOpen(requesterId: string, expertId: string): Promise<IntroductionRecord | null> {
    const row = await this.rows.findOneBy({ openKey: openKeyOf(requesterId, expertId) });
    return row && toRecord(row);
  }

  update(
    record: IntroductionRecord,
    expected: IntroductionStatus,
    events: readonly OutboxEventDraft[] = [],
  ): Promise<boolean> {
    const { id, ...changes } = toRow(record);
    return this.transactions.run(async (manager) => {
      const result = await manager
        .getRepository<IntroductionRow>(INTRODUCTION_ENTITY)
        .update({ id, status: expected }, changes);
      if ((result.affected ?? 0) === 0) return false; // another step won; no events either
      await insertOutboxEvents(manager, events);
      return true;
    });
  }

  async requestTimesSince(requesterId: string, since: Date): Promise<Date[]> {
    // Find options convert the time like a stored one (SQLite keeps datetimes as text).
    const rows = await this.rows.find({
      select: { requestedAt: true },
      where: { requesterId, requestedAt: MoreThanOrEqual(since) },
      order: { requestedAt: 'ASC' },
    });
    return rows.map((row) => row.requestedAt);
  }

  async countOpenFor(expertIds: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (expertIds.length === 0) return counts;
    const rows = await this.rows
      .createQueryBuilder('introduction')
      .select('introduction.expertId', 'expertId')
      .addSelect('COUNT(*)', 'open')
      .where({ expertId: In([...expertIds]), status: In([...OPEN_STATUSES]) })
      .groupBy('introduction.expertId')
      .getRawMany<{ expertId: string; open: string | number }>();
    for (const row of rows) counts.set(row.expertId, Number(row.open));
    return counts;
  }

  async involving(personId: string): Promise<IntroductionRecord[]> {
    const rows = await this.rows.find({
      where: [{ requesterId: personId }, { expertId: personId }, { viaId: personId }],
      order: { requestedAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toRecord);
  }

  anonymise(personId: string, pseudonym: string): Promise<number> {
    return this.transactions.run(async (manager) => {
      const rows = manager.getRepository<IntroductionRow>(INTRODUCTION_ENTITY);
      const involved = [{ requesterId: personId }, { expertId: personId }, { viaId: personId }];
      const naming = await rows.count({ where: involved });
      // Open ones first, while the person's id still finds them as requester or expert.
      for (const side of [{ requesterId: personId }, { expertId: personId }]) {
        await rows.update(
          { ...side, status: In([...OPEN_STATUSES]) },
          { status: IntroductionStatus.CANCELLED, openKey: null },
        );
      }
      for (const where of involved) {
        await rows.update(where, { message: '', responseNote: null, feedback: null });
      }
      await rows.update({ requesterId: personId }, { requesterId: pseudonym });
      await rows.update({ expertId: personId }, { expertId: pseudonym });
      await rows.update({ viaId: personId }, { viaId: pseudonym });
      return naming;
    });
  }

  async list(filter: IntroductionListFilter, page: PageRequest): Promise<Page<IntroductionRecord>> {
    const query = this.rows.createQueryBuilder('introduction');
    if (filter.direction === IntroductionDirection.OUTGOING) {
      query.where('introduction.requesterId = :personId', { personId: filter.personId });
    } else {
      query.where('(introduction.expertId = :personId OR introduction.viaId = :personId)', {
        personId: filter.personId,
      });
    }
    if (filter.status !== undefined) {
      query.andWhere('introduction.status = :status', { status: filter.status });
    }
    const totalCount = await query.clone().getCount();
    const rows = await newestFirstPage(query, 'requestedAt', page).getMany();
    return pageFromRows(rows.map(toRecord), page, totalCount);
  }
}

const openKeyOf = (requesterId: string, expertId: string): string => `${requesterId}:${expertId}`;

function toRow(record: IntroductionRecord): IntroductionRow {
  return {
    ...record,
    openKey: isOpen(record.status) ? openKeyOf(record.requesterId, record.expertId) : null,
  };
}

function toRecord(row: IntroductionRow): IntroductionRecord {
  return {
    id: row.id,
    requesterId: row.requesterId,
    expertId: row.expertId,
    viaId: row.viaId,
    challengeId: row.challengeId,
    message: row.message,
    status: row.status as IntroductionStatus,
    requestedAt: row.requestedAt,
    respondedAt: row.respondedAt,
    responseNote: row.responseNote,
    completedAt: row.completedAt,
    helpful: row.helpful === null ? null : Boolean(row.helpful),
    rating: row.rating,
    feedback: row.feedback,
  };
}
