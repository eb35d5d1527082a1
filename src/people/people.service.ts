import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { groupLoader, recordLoader, type RequestLoaders } from '../common/loaders/request-loaders';
import { type Page, type PageRequest } from '../common/pagination/page';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { Availability } from './models/availability.enum';
import { Visibility } from './models/visibility.enum';
import { PeopleException } from './people.exception';
import { PeopleRepository } from './people.repository';
import { type PersonFilter, type PersonRecord, type SkillLevel } from './person.record';
import { isVisibleIn, type VisibilityScope } from './visibility';

/** What createPerson asks for; availability and visibility default to AVAILABLE and NETWORK. */
export interface NewPerson {
  readonly name: string;
  readonly email?: string | null;
  readonly title?: string | null;
  readonly bio?: string | null;
  readonly municipalityCode: string;
  readonly department?: string | null;
  readonly availability?: Availability | null;
  readonly visibility?: Visibility | null;
}

/** What updatePerson asks for. Left out (undefined) keeps the current value; null clears it. */
export interface PersonChange {
  readonly name?: string;
  readonly email?: string | null;
  readonly title?: string | null;
  readonly bio?: string | null;
  readonly municipalityCode?: string;
  readonly department?: string | null;
  readonly availability?: Availability;
  readonly visibility?: Visibility;
}

const EMPTY_PAGE: Page<PersonRecord> = { items: [], hasNextPage: false, totalCount: 0 };

@Injectable()
export class PeopleService {
  constructor(
    private readonly repository: PeopleRepository,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  async findById(id: string): Promise<PersonRecord | null> {
    const [found] = await this.repository.findByIds([id]);
    return found ?? null;
  }

  /** The person, or a NOT_FOUND error naming the id (for writes that refer to one). */
  async require(id: string): Promise<PersonRecord> {
    const found = await this.findById(id);
    if (!found) throw PeopleException.notFound(id);
    return found;
  }

  /** Per-request batched lookup by id, for nested fields that point at a person. */
  byIdLoader(loaders: RequestLoaders): DataLoader<string, PersonRecord | null> {
    return recordLoader(
      loaders,
      'people.byId',
      (keys) => this.repository.findByIds(keys),
      (record) => record.id,
    );
  }

  /** The person if `scope` may see them, else null (as if they did not exist). */
  async findVisible(id: string, scope: VisibilityScope): Promise<PersonRecord | null> {
    const found = await this.findById(id);
    return found && isVisibleIn(scope, found) ? found : null;
  }

  async list(
    filter: PersonFilter,
    page: PageRequest,
    scope: VisibilityScope,
  ): Promise<Page<PersonRecord>> {
    assertValidFilter(filter);
    return this.repository.list(filter, page, scope);
  }

  /** Municipality.people: one store query for every municipality asked with the same arguments. */
  byMunicipalityLoader(
    loaders: RequestLoaders,
    filter: PersonFilter,
    page: PageRequest,
    scope: VisibilityScope,
  ): DataLoader<string, Page<PersonRecord>> {
    assertValidFilter(filter);
    return loaders.get(
      `people.byMunicipality:${JSON.stringify([filter, page, scope])}`,
      async (codes: readonly string[]) => {
        const pages = await this.repository.listByMunicipalities(codes, filter, page, scope);
        return codes.map((code) => pages.get(code) ?? EMPTY_PAGE);
      },
    );
  }

  /** Skill.people: one store query for every skill asked with the same arguments. */
  bySkillLoader(
    loaders: RequestLoaders,
    minLevel: number,
    page: PageRequest,
    scope: VisibilityScope,
  ): DataLoader<string, Page<PersonRecord>> {
    return loaders.get(
      `people.bySkill:${JSON.stringify([minLevel, page, scope])}`,
      async (skillIds: readonly string[]) => {
        const pages = await this.repository.listBySkills(skillIds, minLevel, page, scope);
        return skillIds.map((skillId) => pages.get(skillId) ?? EMPTY_PAGE);
      },
    );
  }

  /** Person.skills, batched per request: each person's skills, highest level first. */
  skillsLoader(loaders: RequestLoaders): DataLoader<string, SkillLevel[]> {
    return groupLoader(
      loaders,
      'people.skills',
      (keys) => this.repository.skillsOf(keys),
      (row) => row.personId,
      ({ skillId, level }) => ({ skillId, level }),
    );
  }

  /** Person.acquaintances, batched per request. */
  acquaintancesLoader(loaders: RequestLoaders): DataLoader<string, PersonRecord[]> {
    return groupLoader(
      loaders,
      'people.acquaintances',
      (keys) => this.repository.acquaintancesOf(keys),
      (row) => row.personId,
      (row) => row.acquaintance,
    );
  }

  async create(input: NewPerson): Promise<PersonRecord> {
    await this.municipalities.require(input.municipalityCode);
    const now = new Date();
    return this.repository.create({
      id: randomUUID(),
      name: input.name,
      email: input.email ?? null,
      title: input.title ?? null,
      bio: input.bio ?? null,
      availability: input.availability ?? Availability.AVAILABLE,
      visibility: input.visibility ?? Visibility.NETWORK,
      municipalityCode: input.municipalityCode,
      department: input.department ?? null,
      createdAt: now,
      updatedAt: now,
    });
  }

  async update(id: string, change: PersonChange): Promise<PersonRecord> {
    if (change.municipalityCode !== undefined)
      await this.municipalities.require(change.municipalityCode);
    const updatedAt = new Date();
    return this.repository.update(id, (current) => ({
      ...current,
      name: change.name ?? current.name,
      email: keepOrSet(change.email, current.email),
      title: keepOrSet(change.title, current.title),
      bio: keepOrSet(change.bio, current.bio),
      municipalityCode: change.municipalityCode ?? current.municipalityCode,
      department: keepOrSet(change.department, current.department),
      availability: change.availability ?? current.availability,
      visibility: change.visibility ?? current.visibility,
      updatedAt,
    }));
  }

  /** Replaces the person's skill set (an empty list removes every skill). */
  async setSkills(personId: string, skills: readonly SkillLevel[]): Promise<PersonRecord> {
    const seen = new Set<string>();
    const duplicates = new Set<string>();
    for (const { skillId } of skills) (seen.has(skillId) ? duplicates : seen).add(skillId);
    if (duplicates.size > 0) throw PeopleException.duplicateSkills([...duplicates]);
    return this.repository.replaceSkills(personId, skills, new Date());
  }

  /** Records that two people know each other; asking again changes nothing. */
  async connect(personId: string, otherPersonId: string): Promise<void> {
    if (personId === otherPersonId) throw PeopleException.selfAcquaintance();
    await this.repository.connect(personId, otherPersonId);
  }
}

function keepOrSet<T>(value: T | null | undefined, current: T | null): T | null {
  return value === undefined ? current : value;
}

function assertValidFilter(filter: PersonFilter): void {
  if (filter.minLevel !== undefined && filter.skillId === undefined) {
    throw PeopleException.minLevelWithoutSkill();
  }
}
