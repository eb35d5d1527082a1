import { type ChallengeRecord } from '../challenges/challenge.record';
import { ChallengesException } from '../challenges/challenges.exception';
import { type ChallengesService } from '../challenges/challenges.service';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { PeopleException } from '../people/people.exception';
import { type PeopleService } from '../people/people.service';
import { type PersonRecord } from '../people/person.record';
import { ExperienceRole, Outcome } from './experience-role';
import { type ExperienceRecord } from './experience.record';
import { ExperiencesRepository } from './experiences.repository';
import { ExperiencesService } from './experiences.service';

class FakeExperiences extends ExperiencesRepository {
  readonly records: ExperienceRecord[] = [];
  reads = 0;

  record(experience: ExperienceRecord): Promise<ExperienceRecord> {
    this.records.push(experience);
    return Promise.resolve(experience);
  }
  findByChallengeIds(ids: readonly string[]): Promise<ExperienceRecord[]> {
    this.reads += 1;
    return Promise.resolve(this.records.filter((row) => ids.includes(row.challengeId)));
  }
  findByPersonIds(ids: readonly string[]): Promise<ExperienceRecord[]> {
    this.reads += 1;
    return Promise.resolve(this.records.filter((row) => ids.includes(row.personId)));
  }
}

/** `require` is all ExperiencesService uses of the people and challenges features. */
const knowing = <T>(ids: readonly string[], notFound: (id: string) => Error) => ({
  require: (id: string): Promise<T> =>
    ids.includes(id) ? Promise.resolve({ id } as T) : Promise.reject(notFound(id)),
});

describe('ExperiencesService', () => {
  let repository: FakeExperiences;
  let sut: ExperiencesService;

  beforeEach(() => {
    repository = new FakeExperiences();
    sut = new ExperiencesService(
      repository,
      knowing<PersonRecord>(['p1', 'p2'], (id) =>
        PeopleException.notFound(id),
      ) as unknown as PeopleService,
      knowing<ChallengeRecord>(['c1', 'c2'], (id) =>
        ChallengesException.notFound(id),
      ) as unknown as ChallengesService,
    );
  });

  it('records an experience, with no year or lessons when left out', async () => {
    const recorded = await sut.record({
      personId: 'p1',
      challengeId: 'c1',
      role: ExperienceRole.LEAD,
      outcome: Outcome.SOLVED,
    });
    expect(recorded).toEqual({
      personId: 'p1',
      challengeId: 'c1',
      role: ExperienceRole.LEAD,
      outcome: Outcome.SOLVED,
      year: null,
      lessonsLearned: null,
    });
    expect(repository.records).toEqual([recorded]);
  });

  it.each([
    ['person', { personId: 'nope', challengeId: 'c1' }, /person with id "nope"/],
    ['challenge', { personId: 'p1', challengeId: 'nope' }, /challenge with id "nope"/],
  ])('refuses an unknown %s before writing', async (_case, ids, message) => {
    await expect(
      sut.record({ ...ids, role: ExperienceRole.MEMBER, outcome: Outcome.ONGOING }),
    ).rejects.toThrow(message);
    expect(repository.records).toEqual([]);
  });

  it('batches experiences per request, grouped by challenge and by person', async () => {
    const base = {
      role: ExperienceRole.MEMBER,
      outcome: Outcome.PARTIAL,
      year: 2020,
      lessonsLearned: null,
    };
    repository.records.push(
      { ...base, personId: 'p1', challengeId: 'c1' },
      { ...base, personId: 'p2', challengeId: 'c1' },
      { ...base, personId: 'p1', challengeId: 'c2' },
    );
    const loaders = new RequestLoaders();
    const [c1, c3] = await Promise.all([
      sut.byChallengeLoader(loaders).load('c1'),
      sut.byChallengeLoader(loaders).load('c3'),
    ]);
    expect(c1.map((row) => row.personId)).toEqual(['p1', 'p2']);
    expect(c3).toEqual([]);
    const p1 = await sut.byPersonLoader(loaders).load('p1');
    expect(p1.map((row) => row.challengeId)).toEqual(['c1', 'c2']);
    expect(repository.reads).toBe(2);
  });
});
