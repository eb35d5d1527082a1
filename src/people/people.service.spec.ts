import { Viewpoint } from './visibility';
import { CommonErrorCode } from '../common/errors/common.exception';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { type Page, type PageRequest, pageFromRows } from '../common/pagination/page';
import { ADMIN, clientOf } from '../../test/support/callers';
import { Availability } from './models/availability.enum';
import { Visibility } from './models/visibility.enum';
import { PeopleErrorCode } from './people.exception';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';
import {
  type AcquaintanceRecord,
  type PersonFilter,
  type PersonRecord,
  type HeldSkillRecord,
  type PersonWithSkills,
  type SkillLevel,
} from './person.record';

const EVERYONE = Viewpoint.EVERYONE;
/** Amsterdam shares a collaboration with Utrecht. */
const amsterdam = Viewpoint.ofMunicipality('GM0363', ['GM0344']);
const utrecht = Viewpoint.ofMunicipality('GM0344', ['GM0363']);

/** In memory; records calls so tests can check what reached the store. */
class FakePeopleRepository extends PeopleRepository {
  erase(): Promise<boolean> {
    throw new Error('not used');
  }

  readonly people = new Map<string, PersonRecord>();
  readonly skills: HeldSkillRecord[] = [];
  readonly calls: string[] = [];

  findByIds(ids: readonly string[]): Promise<PersonRecord[]> {
    this.calls.push(`findByIds:${ids.join(',')}`);
    return Promise.resolve(ids.flatMap((id) => this.people.get(id) ?? []));
  }

  findWithSkills(id: string): Promise<PersonWithSkills | null> {
    this.calls.push(`findWithSkills:${id}`);
    const person = this.people.get(id);
    const skills = this.skills
      .filter((row) => row.personId === id)
      .map(({ skillId, level, skill }) => ({ skillId, level, skill }));
    return Promise.resolve(person ? { person, skills } : null);
  }

  list(filter: PersonFilter, page: PageRequest): Promise<Page<PersonRecord>> {
    this.calls.push(`list:${JSON.stringify(filter)}`);
    const all = [...this.people.values()];
    return Promise.resolve(pageFromRows(all, page, all.length));
  }

  listByMunicipalities(
    codes: readonly string[],
    _filter: PersonFilter,
    page: PageRequest,
  ): Promise<Map<string, Page<PersonRecord>>> {
    this.calls.push(`listByMunicipalities:${codes.join(',')}`);
    const pages = codes.map((code): [string, Page<PersonRecord>] => {
      const here = [...this.people.values()].filter((p) => p.municipalityCode === code);
      return [code, pageFromRows(here, page, here.length)];
    });
    return Promise.resolve(new Map(pages.filter(([, p]) => p.totalCount > 0)));
  }

  listBySkills(): Promise<Map<string, Page<PersonRecord>>> {
    return Promise.resolve(new Map<string, Page<PersonRecord>>());
  }

  skillsOf(personIds: readonly string[]): Promise<HeldSkillRecord[]> {
    this.calls.push(`skillsOf:${personIds.join(',')}`);
    return Promise.resolve(this.skills.filter((row) => personIds.includes(row.personId)));
  }

  acquaintancesOf(): Promise<AcquaintanceRecord[]> {
    return Promise.resolve([]);
  }

  create(record: PersonRecord): Promise<PersonRecord> {
    this.people.set(record.id, record);
    return Promise.resolve(record);
  }

  update(id: string, change: (current: PersonRecord) => PersonRecord): Promise<PersonRecord> {
    const next = change(this.people.get(id)!);
    this.people.set(id, next);
    return Promise.resolve(next);
  }

  replaceSkills(personId: string, skills: readonly SkillLevel[]): Promise<PersonRecord> {
    this.calls.push(`replaceSkills:${personId}:${skills.map((s) => s.skillId).join(',')}`);
    return Promise.resolve(this.people.get(personId)!);
  }

  connect(personId: string, otherPersonId: string): Promise<void> {
    this.calls.push(`connect:${personId},${otherPersonId}`);
    return Promise.resolve();
  }
}

const FIRST_PAGE = { first: 10, after: null };

describe('PeopleService', () => {
  let repository: FakePeopleRepository;
  let sut: PeopleService;

  beforeEach(() => {
    repository = new FakePeopleRepository();
    sut = new PeopleService(repository);
  });

  const existing = async (overrides: Partial<PersonRecord> = {}): Promise<PersonRecord> => {
    const person = await sut.create(ADMIN, { name: 'Anna', municipalityCode: 'GM0363' });
    const record = { ...person, ...overrides };
    repository.people.set(record.id, record);
    return record;
  };

  describe('create', () => {
    it('gives a new person a UUID, the default availability and visibility, and equal timestamps', async () => {
      const person = await sut.create(ADMIN, { name: 'Anna de Vries', municipalityCode: 'GM0363' });
      expect(person.id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(person).toMatchObject({
        name: 'Anna de Vries',
        email: null,
        title: null,
        bio: null,
        department: null,
        availability: Availability.AVAILABLE,
        visibility: Visibility.NETWORK,
        municipalityCode: 'GM0363',
      });
      expect(person.createdAt).toEqual(person.updatedAt);
    });

    it('treats an explicit null availability or visibility as the default', async () => {
      const person = await sut.create(ADMIN, {
        name: 'Bo',
        municipalityCode: 'GM0363',
        availability: null,
        visibility: null,
      });
      expect(person).toMatchObject({
        availability: Availability.AVAILABLE,
        visibility: Visibility.NETWORK,
      });
    });

    it('refuses a writer of another municipality before writing, naming both', async () => {
      const attempt = sut.create(clientOf('GM0344'), { name: 'Anna', municipalityCode: 'GM0363' });
      await expect(attempt).rejects.toMatchObject({
        code: CommonErrorCode.FORBIDDEN,
        message: expect.stringMatching(/GM0344.*GM0363/) as string,
      });
      expect(repository.people.size).toBe(0);
      await expect(
        sut.create(clientOf('GM0363'), { name: 'Anna', municipalityCode: 'GM0363' }),
      ).resolves.toMatchObject({ municipalityCode: 'GM0363' });
    });
  });

  describe('update', () => {
    it('keeps fields left out, clears nullable fields set to null, and moves the updatedAt', async () => {
      const person = await existing({
        email: 'a@example.nl',
        title: 'Jurist',
        bio: 'Bio',
        department: 'Ruimte',
        updatedAt: new Date(0),
      });
      const updated = await sut.update(ADMIN, EVERYONE, person.id, {
        title: null,
        department: null,
        availability: Availability.LIMITED,
      });
      expect(updated).toEqual({
        ...person,
        title: null,
        department: null,
        availability: Availability.LIMITED,
        updatedAt: updated.updatedAt,
      });
      expect(updated.updatedAt.getTime()).toBeGreaterThan(0);
    });

    it('decides on the stored person who may change them: their own writers, not others', async () => {
      const person = await existing();
      await expect(
        sut.update(clientOf('GM0363'), amsterdam, person.id, { title: 'Jurist' }),
      ).resolves.toMatchObject({ title: 'Jurist' });
      await expect(
        sut.update(clientOf('GM0344'), utrecht, person.id, { title: 'Anders' }),
      ).rejects.toMatchObject({ code: CommonErrorCode.FORBIDDEN });
      expect(repository.people.get(person.id)?.title).toBe('Jurist');
    });

    it('answers NOT_FOUND for a person the viewpoint cannot see, so they cannot be probed', async () => {
      const person = await existing({ visibility: Visibility.MUNICIPALITY });
      await expect(
        sut.update(clientOf('GM0344'), utrecht, person.id, { title: 'Anders' }),
      ).rejects.toMatchObject({ code: PeopleErrorCode.PERSON_NOT_FOUND });
    });

    it('moves a person only into a municipality the writer may write in', async () => {
      const person = await existing();
      await expect(
        sut.update(clientOf('GM0363'), amsterdam, person.id, { municipalityCode: 'GM0344' }),
      ).rejects.toMatchObject({
        code: CommonErrorCode.FORBIDDEN,
        message: expect.stringContaining(`moving person ${person.id}`) as string,
      });
      expect(
        (await sut.update(ADMIN, EVERYONE, person.id, { municipalityCode: 'GM0344' }))
          .municipalityCode,
      ).toBe('GM0344');
    });
  });

  describe('filters', () => {
    it('refuses minLevel without skillId, saying so, without asking the store', async () => {
      await expect(sut.list({ minLevel: 3 }, FIRST_PAGE, EVERYONE)).rejects.toMatchObject({
        code: PeopleErrorCode.MIN_LEVEL_WITHOUT_SKILL,
        message: expect.stringMatching(/minLevel.*skillId/) as string,
      });
      expect(() =>
        sut.byMunicipalityLoader(new RequestLoaders(), { minLevel: 3 }, FIRST_PAGE, EVERYONE),
      ).toThrow(/skillId/);
      expect(repository.calls).toEqual([]);
    });

    it('passes minLevel with skillId through', async () => {
      await sut.list({ skillId: 'wmo', minLevel: 3 }, FIRST_PAGE, EVERYONE);
      expect(repository.calls).toEqual(['list:{"skillId":"wmo","minLevel":3}']);
    });
  });

  describe('setSkills', () => {
    it('refuses a skill listed twice, naming it, without asking the store', async () => {
      const person = await existing();
      const attempt = sut.setSkills(ADMIN, EVERYONE, person.id, [
        { skillId: 'wmo', level: 2 },
        { skillId: 'jeugdwet', level: 3 },
        { skillId: 'wmo', level: 4 },
      ]);
      await expect(attempt).rejects.toMatchObject({
        code: PeopleErrorCode.DUPLICATE_SKILL,
        message: expect.stringContaining('"wmo"') as string,
      });
      expect(repository.calls.filter((call) => call.startsWith('replaceSkills'))).toEqual([]);
    });

    it('refuses a writer of another municipality without asking the store to write', async () => {
      const person = await existing();
      await expect(
        sut.setSkills(clientOf('GM0344'), utrecht, person.id, [{ skillId: 'wmo', level: 2 }]),
      ).rejects.toMatchObject({ code: CommonErrorCode.FORBIDDEN });
      expect(repository.calls.filter((call) => call.startsWith('replaceSkills'))).toEqual([]);
    });

    it('hands distinct skills to the store, also an empty set', async () => {
      const person = await existing();
      await sut.setSkills(ADMIN, EVERYONE, person.id, [
        { skillId: 'wmo', level: 2 },
        { skillId: 'jeugdwet', level: 3 },
      ]);
      await sut.setSkills(ADMIN, EVERYONE, person.id, []);
      expect(repository.calls.filter((call) => call.startsWith('replaceSkills'))).toEqual([
        `replaceSkills:${person.id}:wmo,jeugdwet`,
        `replaceSkills:${person.id}:`,
      ]);
    });
  });

  describe('connect', () => {
    it('refuses to connect a person to themselves', async () => {
      await expect(sut.connect(ADMIN, EVERYONE, 'p1', 'p1')).rejects.toMatchObject({
        code: PeopleErrorCode.SELF_ACQUAINTANCE,
      });
      expect(repository.calls).toEqual([]);
    });

    it('hands two different people to the store when the actor may change the first', async () => {
      const [anna, bo] = [await existing(), await existing()];
      await sut.connect(ADMIN, EVERYONE, anna.id, bo.id);
      expect(repository.calls.at(-1)).toBe(`connect:${anna.id},${bo.id}`);
    });

    it('answers NOT_FOUND for a second person the actor cannot see, connecting nothing', async () => {
      const anna = await existing();
      const hidden = await existing({
        municipalityCode: 'GM0344',
        visibility: Visibility.MUNICIPALITY,
      });
      await expect(
        sut.connect(clientOf('GM0363'), amsterdam, anna.id, hidden.id),
      ).rejects.toMatchObject({
        code: PeopleErrorCode.PERSON_NOT_FOUND,
        message: expect.stringContaining(hidden.id) as string,
      });
      expect(repository.calls.filter((call) => call.startsWith('connect'))).toEqual([]);
    });
  });

  describe('loaders', () => {
    it('batches skill lookups of one request into one store call, [] for people without skills', async () => {
      const wmo = { id: 'wmo', name: 'Wmo', aliases: [], category: null, escoUri: null };
      const dso = { id: 'dso', name: 'DSO', aliases: [], category: null, escoUri: null };
      repository.skills.push(
        { personId: 'p1', skillId: 'wmo', level: 4, skill: wmo },
        { personId: 'p1', skillId: 'dso', level: 2, skill: dso },
      );
      const loader = sut.skillsLoader(new RequestLoaders());
      const [p1, p2] = await Promise.all([loader.load('p1'), loader.load('p2')]);
      expect(p1).toEqual([
        { skillId: 'wmo', level: 4, skill: wmo },
        { skillId: 'dso', level: 2, skill: dso },
      ]);
      expect(p2).toEqual([]);
      expect(repository.calls).toEqual(['skillsOf:p1,p2']);
    });

    it('batches municipality pages with the same arguments, and keeps different arguments apart', async () => {
      const person = await existing();
      const loaders = new RequestLoaders();
      const [here, empty] = await Promise.all([
        sut.byMunicipalityLoader(loaders, {}, FIRST_PAGE, EVERYONE).load('GM0363'),
        sut.byMunicipalityLoader(loaders, {}, FIRST_PAGE, EVERYONE).load('GM0344'),
      ]);
      expect(here.items).toEqual([person]);
      expect(empty).toEqual({ items: [], hasNextPage: false, totalCount: 0 });
      await sut
        .byMunicipalityLoader(loaders, {}, { first: 1, after: null }, EVERYONE)
        .load('GM0363');
      expect(repository.calls).toEqual([
        'listByMunicipalities:GM0363,GM0344',
        'listByMunicipalities:GM0363',
      ]);
    });
  });
});
