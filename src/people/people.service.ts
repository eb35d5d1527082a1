import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { groupLoader, recordLoader, type RequestLoaders } from '../common/loaders/request-loaders';
import { type Page, type PageRequest } from '../common/pagination/page';
import { type Caller } from '../common/request/caller';
import { assertMayEditPerson, assertMayWriteIn } from '../common/request/write-rules';
import { Availability } from './models/availability.enum';
import { Visibility } from './models/visibility.enum';
import { PeopleException } from './people.exception';
import { PeopleRepository } from './people.repository';
import {
  type HeldSkill,
  type PersonFilter,
  type PersonRecord,
  type SkillLevel,
} from './person.record';
import { type Viewpoint } from './visibility';

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
  constructor(private readonly repository: PeopleRepository) {}

  async findById(id: string): Promise<PersonRecord | null> {
    const [found] = await this.repository.findByIds([id]);
    return found ?? null;
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

  /** The person if `viewpoint` may see them, else null (as if they did not exist). */
  async findVisible(id: string, viewpoint: Viewpoint): Promise<PersonRecord | null> {
    const found = await this.findById(id);
    return found && viewpoint.canSee(found) ? found : null;
  }

  /**
   * The person if `viewpoint` may see them, reading their skills in the same statement and
   * handing them to the request's skills loader (for `person(id) { skills { ... } }`).
   */
  async findVisibleWithSkills(
    loaders: RequestLoaders,
    id: string,
    viewpoint: Viewpoint,
  ): Promise<PersonRecord | null> {
    const found = await this.repository.findWithSkills(id);
    if (!found || !viewpoint.canSee(found.person)) return null;
    this.skillsLoader(loaders).prime(id, [...found.skills]);
    return found.person;
  }

  async list(
    filter: PersonFilter,
    page: PageRequest,
    viewpoint: Viewpoint,
  ): Promise<Page<PersonRecord>> {
    assertValidFilter(filter);
    return this.repository.list(filter, page, viewpoint.scope);
  }

  /** Municipality.people: one store query for every municipality asked with the same arguments. */
  byMunicipalityLoader(
    loaders: RequestLoaders,
    filter: PersonFilter,
    page: PageRequest,
    viewpoint: Viewpoint,
  ): DataLoader<string, Page<PersonRecord>> {
    assertValidFilter(filter);
    const { scope } = viewpoint;
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
    viewpoint: Viewpoint,
  ): DataLoader<string, Page<PersonRecord>> {
    const { scope } = viewpoint;
    return loaders.get(
      `people.bySkill:${JSON.stringify([minLevel, page, scope])}`,
      async (skillIds: readonly string[]) => {
        const pages = await this.repository.listBySkills(skillIds, minLevel, page, scope);
        return skillIds.map((skillId) => pages.get(skillId) ?? EMPTY_PAGE);
      },
    );
  }

  /**
   * Person.skills, batched per request: each person's skills, highest level first, each with
   * the skill's record (read in the same statement).
   */
  skillsLoader(loaders: RequestLoaders): DataLoader<string, HeldSkill[]> {
    return groupLoader(
      loaders,
      'people.skills',
      (keys) => this.repository.skillsOf(keys),
      (row) => row.personId,
      ({ skillId, level, skill }) => ({ skillId, level, skill }),
    );
  }

  /** Person.acquaintances, batched per request: those `viewpoint` may see, by name. */
  async visibleAcquaintances(
    loaders: RequestLoaders,
    personId: string,
    viewpoint: Viewpoint,
  ): Promise<PersonRecord[]> {
    const acquaintances = await groupLoader(
      loaders,
      'people.acquaintances',
      (keys) => this.repository.acquaintancesOf(keys),
      (row) => row.personId,
      (row) => row.acquaintance,
    ).load(personId);
    return acquaintances.filter((acquaintance) => viewpoint.canSee(acquaintance));
  }

  /**
   * The person, if `actor` may change them (NOT_FOUND when the actor's viewpoint cannot see
   * them, so hidden people cannot be probed; FORBIDDEN when they may see but not change them).
   */
  async requireEditable(actor: Caller, viewpoint: Viewpoint, id: string): Promise<PersonRecord> {
    const person = await this.findVisible(id, viewpoint);
    if (!person) throw PeopleException.notFound(id);
    assertMayEditPerson(actor, person);
    return person;
  }

  /** The store checks, in the same transaction, that the municipality exists. */
  async create(actor: Caller, input: NewPerson): Promise<PersonRecord> {
    assertMayWriteIn(actor, input.municipalityCode, 'the new person');
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

  /**
   * Who may change the person is decided on the stored person inside the write's transaction
   * (see requireEditable), and so is whether a new municipality exists.
   */
  async update(
    actor: Caller,
    viewpoint: Viewpoint,
    id: string,
    change: PersonChange,
  ): Promise<PersonRecord> {
    const updatedAt = new Date();
    return this.repository.update(id, (current) => {
      if (!viewpoint.canSee(current)) throw PeopleException.notFound(id);
      assertMayEditPerson(actor, current);
      const moving =
        change.municipalityCode !== undefined &&
        change.municipalityCode !== current.municipalityCode;
      if (moving) assertMayWriteIn(actor, change.municipalityCode, `moving person ${id} there`);
      return changed(current, change, updatedAt);
    });
  }

  /** Replaces the person's skill set (an empty list removes every skill). */
  async setSkills(
    actor: Caller,
    viewpoint: Viewpoint,
    personId: string,
    skills: readonly SkillLevel[],
  ): Promise<PersonRecord> {
    const seen = new Set<string>();
    const duplicates = new Set<string>();
    for (const { skillId } of skills) (seen.has(skillId) ? duplicates : seen).add(skillId);
    if (duplicates.size > 0) throw PeopleException.duplicateSkills([...duplicates]);
    await this.requireEditable(actor, viewpoint, personId);
    return this.repository.replaceSkills(personId, skills, new Date());
  }

  /**
   * Records that two people know each other; asking again changes nothing. The actor must be
   * allowed to change the first person and to see the second.
   */
  async connect(
    actor: Caller,
    viewpoint: Viewpoint,
    personId: string,
    otherPersonId: string,
  ): Promise<void> {
    if (personId === otherPersonId) throw PeopleException.selfAcquaintance();
    await this.requireEditable(actor, viewpoint, personId);
    if (!(await this.findVisible(otherPersonId, viewpoint))) {
      throw PeopleException.notFound(otherPersonId);
    }
    await this.repository.connect(personId, otherPersonId);
  }
}

/** The person as `change` leaves them. */
function changed(current: PersonRecord, change: PersonChange, updatedAt: Date): PersonRecord {
  return {
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
  };
}

function keepOrSet<T>(value: T | null | undefined, current: T | null): T | null {
  return value === undefined ? current : value;
}

function assertValidFilter(filter: PersonFilter): void {
  if (filter.minLevel !== undefined && filter.skillId === undefined) {
    throw PeopleException.minLevelWithoutSkill();
  }
}
