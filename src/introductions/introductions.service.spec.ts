import { type ChallengesService } from '../challenges/challenges.service';
import { type Page } from '../common/pagination/page';
import { type AppConfig } from '../config/app-config';
import { type OutboxRelay } from '../outbox/outbox-relay';
import { type PeopleRepository } from '../people/people.repository';
import { type PeopleService } from '../people/people.service';
import { type PersonRecord } from '../people/person.record';
import { Viewpoint } from '../people/visibility';
import { ADMIN } from '../../test/support/callers';
import { type ActingPersonResolver } from './acting-person';
import { type IntroductionRecord, IntroductionStatus } from './introduction.record';
import { IntroductionsErrorCode, type IntroductionsException } from './introductions.exception';
import { IntroductionsRepository } from './introductions.repository';
import { IntroductionsService } from './introductions.service';

const HOUR_MS = 3600 * 1000;

/** In memory; `insertLoses` makes the next insert lose a race to an identical request. */
class FakeIntroductions extends IntroductionsRepository {
  readonly records = new Map<string, IntroductionRecord>();
  times: Date[] = [];
  openForExpert = 0;
  insertLoses = false;

  insert(record: IntroductionRecord): Promise<boolean> {
    if (this.insertLoses) return Promise.resolve(false);
    this.records.set(record.id, record);
    return Promise.resolve(true);
  }
  findById(id: string): Promise<IntroductionRecord | null> {
    return Promise.resolve(this.records.get(id) ?? null);
  }
  findOpen(): Promise<IntroductionRecord | null> {
    return Promise.resolve(null);
  }
  update(record: IntroductionRecord, expected: IntroductionStatus): Promise<boolean> {
    if (this.records.get(record.id)?.status !== expected) return Promise.resolve(false);
    this.records.set(record.id, record);
    return Promise.resolve(true);
  }
  requestTimesSince(): Promise<Date[]> {
    return Promise.resolve(this.times);
  }
  countOpenFor(expertIds: readonly string[]): Promise<Map<string, number>> {
    return Promise.resolve(new Map(expertIds.map((id) => [id, this.openForExpert])));
  }
  involving(): Promise<IntroductionRecord[]> {
    throw new Error('not used');
  }
  anonymise(): Promise<number> {
    throw new Error('not used');
  }
  list(): Promise<Page<IntroductionRecord>> {
    return Promise.resolve({ items: [], hasNextPage: false, totalCount: 0 });
  }
}

const person = (id: string): PersonRecord => ({ id, municipalityCode: 'GM0363' }) as PersonRecord;

function service(repository: FakeIntroductions): IntroductionsService {
  const acting = {
    resolve: () => Promise.resolve({ person: person('ann'), viewpoint: Viewpoint.EVERYONE }),
    resolveId: () => Promise.resolve('ann'),
  } as unknown as ActingPersonResolver;
  const people = {
    findVisible: (id: string) => Promise.resolve(person(id)),
  } as unknown as PeopleService;
  return new IntroductionsService(
    repository,
    acting,
    people,
    {} as PeopleRepository,
    {} as ChallengesService,
    { INTRODUCTION_DAILY_LIMIT: 3, INTRODUCTION_OPEN_CAP: 2 } as AppConfig,
    { nudge: () => undefined } as unknown as OutboxRelay,
  );
}

const codeOf = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: IntroductionsException) => [error.code, error.details],
  );

describe('IntroductionsService', () => {
  it('says when the daily limit frees up: 24 hours after the oldest request that counts', async () => {
    const repository = new FakeIntroductions();
    const now = Date.now();
    // Three in the window; the oldest of them leaves it in 4 hours.
    repository.times = [20, 10, 1].map((hoursAgo) => new Date(now - hoursAgo * HOUR_MS));
    const [code, details] = (await codeOf(
      service(repository).request(ADMIN, 'ann', { expertId: 'bob', message: 'Hallo' }),
    )) as [string, { retryAfterSeconds: number; limit: number }];
    expect(code).toBe(IntroductionsErrorCode.DAILY_LIMIT_REACHED);
    expect(details.limit).toBe(3);
    expect(details.retryAfterSeconds).toBeGreaterThan(4 * 3600 - 60);
    expect(details.retryAfterSeconds).toBeLessThanOrEqual(4 * 3600);
  });

  it('refuses an expert at the open-request cap, and a request that lost a race to its twin', async () => {
    const busy = new FakeIntroductions();
    busy.openForExpert = 2;
    await expect(
      codeOf(service(busy).request(ADMIN, 'ann', { expertId: 'bob', message: 'Hallo' })),
    ).resolves.toEqual([IntroductionsErrorCode.EXPERT_BUSY, {}]);

    const raced = new FakeIntroductions();
    raced.insertLoses = true;
    await expect(
      codeOf(service(raced).request(ADMIN, 'ann', { expertId: 'bob', message: 'Hallo' })),
    ).resolves.toEqual([IntroductionsErrorCode.INTRODUCTION_ALREADY_OPEN, {}]);
  });

  it('reports the status another step left when it wins the race to store', async () => {
    const repository = new FakeIntroductions();
    const sut = service(repository);
    const created = await sut.request(ADMIN, 'ann', { expertId: 'bob', message: 'Hallo' });
    repository.records.set(created.id, { ...created, status: IntroductionStatus.ACCEPTED });
    // Ann completes it twice at once: the other request stores first.
    const update = repository.update.bind(repository);
    jest.spyOn(repository, 'update').mockImplementationOnce(async (record, expected) => {
      repository.records.set(created.id, { ...created, status: IntroductionStatus.COMPLETED });
      return update(record, expected);
    });
    await expect(
      codeOf(sut.complete(ADMIN, 'ann', created.id, { helpful: true, rating: 4, feedback: null })),
    ).resolves.toEqual([IntroductionsErrorCode.INTRODUCTION_WRONG_STATUS, {}]);
  });
});
