import { CommonErrorCode } from '../common/errors/common.exception';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { ADMIN, clientOf } from '../../test/support/callers';
import { Visibility } from '../people/models/visibility.enum';
import { PeopleService } from '../people/people.service';
import { PeopleRepository } from '../people/people.repository';
import { type PersonRecord } from '../people/person.record';
import { Viewpoint } from '../people/visibility';
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

/** The people ExperiencesService asks PeopleService about; every other method is not used. */
class KnownPeople extends PeopleRepository {
  erase(): Promise<boolean> {
    throw new Error('not used');
  }

  constructor(private readonly people: readonly PersonRecord[]) {
    super();
  }
  findByIds(ids: readonly string[]): Promise<PersonRecord[]> {
    return Promise.resolve(this.people.filter((person) => ids.includes(person.id)));
  }
  findWithSkills = notUsed;
  list = notUsed;
  listByMunicipalities = notUsed;
  listBySkills = notUsed;
  skillsOf = notUsed;
  acquaintancesOf = notUsed;
  create = notUsed;
  update = notUsed;
  replaceSkills = notUsed;
  connect = notUsed;
}

function notUsed(): Promise<never> {
  return Promise.reject(new Error('not used by ExperiencesService'));
}

const person = (id: string, municipalityCode: string, visibility: Visibility): PersonRecord => ({
  id,
  name: id,
  email: null,
  title: null,
  bio: null,
  availability: 'AVAILABLE' as PersonRecord['availability'],
  visibility,
  municipalityCode,
  department: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
});

/** An intranet of Utrecht, which shares no collaboration with Amsterdam. */
const utrecht = clientOf('GM0344');
const utrechtView = Viewpoint.ofMunicipality('GM0344', []);

describe('ExperiencesService', () => {
  let repository: FakeExperiences;
  let sut: ExperiencesService;

  beforeEach(() => {
    repository = new FakeExperiences();
    const people = new KnownPeople([
      person('p1', 'GM0363', Visibility.NETWORK),
      person('p2', 'GM0363', Visibility.MUNICIPALITY),
    ]);
    sut = new ExperiencesService(repository, new PeopleService(people));
  });

  it('records an experience, with no year or lessons when left out', async () => {
    const recorded = await sut.record(ADMIN, Viewpoint.EVERYONE, {
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
    ['an unknown person', 'nope', /person with id "nope"/],
    ['a person the viewpoint cannot see', 'p2', /person with id "p2"/],
  ])('answers NOT_FOUND for %s before writing', async (_case, personId, message) => {
    await expect(
      sut.record(utrecht, utrechtView, {
        personId,
        challengeId: 'c1',
        role: ExperienceRole.MEMBER,
        outcome: Outcome.ONGOING,
      }),
    ).rejects.toThrow(message);
    expect(repository.records).toEqual([]);
  });

  it('refuses a writer of another municipality before writing', async () => {
    await expect(
      sut.record(utrecht, utrechtView, {
        personId: 'p1',
        challengeId: 'c1',
        role: ExperienceRole.MEMBER,
        outcome: Outcome.ONGOING,
      }),
    ).rejects.toMatchObject({ code: CommonErrorCode.FORBIDDEN });
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
