import { type ExportKind, type ExportRows } from '../seed/graph-export.repository';
import { type ImportPerson } from '../seed/graph-import.repository';
import { type StoredGraphRepository } from '../seed/stored-graph.repository';
import { type ImportData } from './import-data';
import { type ImportProblems } from './import-errors';
import { type ImportKind } from './import-format';
import { emptyPlan, type ImportPlan, planRow } from './import-plan';
import {
  sameChallenge,
  sameChallengeSkill,
  sameCollaboration,
  sameExperience,
  sameLink,
  samePerson,
  samePersonSkill,
  sameSkill,
} from './record-diff';

/** Keys per read of the stored graph. */
export const READ_BATCH = 20_000;

/** Defaults of the API's createPerson and createChallenge, for new records that leave them out. */
const DEFAULT_AVAILABILITY = 'AVAILABLE';
const DEFAULT_VISIBILITY = 'NETWORK';
const DEFAULT_STATUS = 'OPEN';

/**
 * Checks what no single record can (uniqueness within the import and against the store, that
 * every reference names a record of the import or a stored one, known municipalities), and
 * compares every record with the stored one: the plan holds only new and changed rows.
 * Reads the store in batches of keys; writes nothing.
 */
export class ImportPlanner {
  private readonly plan = emptyPlan();

  constructor(
    private readonly data: ImportData,
    private readonly store: StoredGraphRepository,
    private readonly problems: ImportProblems,
    /** The import's time (ISO), createdAt/updatedAt of what it creates and changes. */
    private readonly now: string,
  ) {}

  async build(): Promise<ImportPlan> {
    await this.checkMunicipalities();
    const skills = await this.planSkills();
    const collaborations = await this.planCollaborations();
    await this.planMemberships(collaborations);
    const people = await this.planPeople(skills);
    const challenges = await this.planChallenges(skills);
    await this.planExperiences(people, challenges);
    await this.planAcquaintances(people);
    return this.plan;
  }

  private problem(kind: ImportKind, line: number, field: string, message: string): void {
    this.problems.add({ file: this.data.fileOf(kind), line, field, message });
  }

  private async checkMunicipalities(): Promise<void> {
    const known = new Set(await this.store.municipalityCodes());
    const check = (kind: ImportKind, line: number, code: string) => {
      // A code that is no CBS code at all has its problem already.
      if (/^GM\d{4}$/.test(code) && !known.has(code)) {
        this.problem(
          kind,
          line,
          'municipalityCode',
          `${code} is not a known municipality (CBS code)`,
        );
      }
    };
    for (const { line, record } of this.data.records['collaboration-members']) {
      check('collaboration-members', line, record.municipalityCode);
    }
    for (const { line, record } of this.data.records.people)
      check('people', line, record.municipalityCode);
    for (const { line, record } of this.data.records.challenges) {
      check('challenges', line, record.municipalityCode);
    }
  }

  /** Ids repeated within a kind's file are problems; returns the first line of each id. */
  private uniqueIds(
    kind: 'skills' | 'collaborations' | 'people' | 'challenges',
  ): Map<string, number> {
    const lines = new Map<string, number>();
    for (const { line, record } of this.data.records[kind]) {
      if (record.id === '') continue; // a missing or malformed id has its problem already
      const first = lines.get(record.id);
      if (first !== undefined)
        this.problem(kind, line, 'id', `${record.id} is also on line ${first}`);
      else lines.set(record.id, line);
    }
    return lines;
  }

  /**
   * The ids of a node kind that references may name: the import's own and the stored ones among
   * `referenced`.
   */
  private async knownIds(
    kind: 'skills' | 'collaborations' | 'people' | 'challenges',
    inImport: ReadonlySet<string>,
    referenced: Iterable<string>,
  ): Promise<Set<string>> {
    const outside = [...new Set(referenced)].filter((id) => id !== '' && !inImport.has(id));
    const known = new Set(inImport);
    for (const batch of batches(outside)) {
      for (const row of await this.store.rowsFor(kind, batch)) known.add(row.id);
    }
    return known;
  }

  /** Checks case-insensitive uniqueness of `keyOf` within the import and against the store. */
  private async uniqueKeys<R extends { id: string }>(
    kind: 'skills' | 'people',
    field: string,
    records: ReadonlyArray<{ line: number; record: R }>,
    keyOf: (record: R) => string | null,
    stored: (keys: readonly string[]) => Promise<ReadonlyArray<{ id: string; key: string }>>,
    importIds: ReadonlySet<string>,
  ): Promise<void> {
    const first = new Map<string, { line: number; id: string }>();
    for (const { line, record } of records) {
      const key = keyOf(record);
      if (key === null) continue;
      const earlier = first.get(key);
      if (earlier && earlier.id !== record.id) {
        this.problem(
          kind,
          line,
          field,
          `is also the ${field} of ${earlier.id} on line ${earlier.line} (unique without regard to case)`,
        );
      } else if (!earlier) first.set(key, { line, id: record.id });
    }
    for (const batch of batches([...first.keys()])) {
      for (const owner of await stored(batch)) {
        const mine = first.get(owner.key);
        // A stored owner that this import also changes gives the key up (or keeps it) here.
        if (mine && owner.id !== mine.id && !importIds.has(owner.id)) {
          this.problem(
            kind,
            mine.line,
            field,
            `is already the ${field} of stored ${kind === 'people' ? 'person' : 'skill'} ${owner.id} (unique without regard to case)`,
          );
        }
      }
    }
  }

  /** The stored rows of `kind` for `keys`, keyed by `keyOf`. */
  private async stored<K extends ExportKind>(
    kind: K,
    keys: readonly string[],
    keyOf: (row: ExportRows[K]) => string,
  ): Promise<Map<string, ExportRows[K]>> {
    const rows = new Map<string, ExportRows[K]>();
    for (const row of await this.store.rowsFor(kind, keys)) rows.set(keyOf(row), row);
    return rows;
  }

  private async planSkills(): Promise<Set<string>> {
    const records = this.data.records.skills;
    const ids = this.uniqueIds('skills');
    await this.uniqueKeys(
      'skills',
      'name',
      records,
      (r) => (typeof r.name === 'string' ? r.name.toLowerCase() : null),
      (keys) => this.store.skillsByNameKey(keys),
      new Set(ids.keys()),
    );
    for (const batch of batches(records)) {
      const stored = await this.stored(
        'skills',
        batch.map((r) => r.record.id),
        (row) => row.id,
      );
      for (const { record } of batch)
        planRow(this.plan, 'skills', record, stored.get(record.id), sameSkill);
    }
    const referenced = [
      ...this.data.records.people.flatMap((p) => p.record.skills.map((s) => s.skillId)),
      ...this.data.records.challenges.flatMap((c) => c.record.requiredSkills.map((s) => s.skillId)),
    ];
    return this.knownIds('skills', new Set(ids.keys()), referenced);
  }

  private async planCollaborations(): Promise<Set<string>> {
    const records = this.data.records.collaborations;
    const ids = this.uniqueIds('collaborations');
    for (const batch of batches(records)) {
      const stored = await this.stored(
        'collaborations',
        batch.map((r) => r.record.id),
        (row) => row.id,
      );
      for (const { record } of batch) {
        planRow(this.plan, 'collaborations', record, stored.get(record.id), sameCollaboration);
      }
    }
    const referenced = this.data.records['collaboration-members'].map(
      (m) => m.record.collaborationId,
    );
    return this.knownIds('collaborations', new Set(ids.keys()), referenced);
  }

  private async planMemberships(collaborations: ReadonlySet<string>): Promise<void> {
    const seen = new Map<string, number>();
    const valid = [];
    for (const entry of this.data.records['collaboration-members']) {
      const { collaborationId, municipalityCode } = entry.record;
      const key = `${collaborationId}\u0000${municipalityCode}`;
      const first = seen.get(key);
      if (first !== undefined) {
        this.problem(
          'collaboration-members',
          entry.line,
          'municipalityCode',
          `${municipalityCode} is already a member of ${collaborationId} on line ${first}`,
        );
        continue;
      }
      seen.set(key, entry.line);
      if (collaborationId !== '' && !collaborations.has(collaborationId)) {
        this.problem(
          'collaboration-members',
          entry.line,
          'collaborationId',
          `${collaborationId} is neither in ${this.data.fileOf('collaborations')} nor stored`,
        );
        continue;
      }
      valid.push(entry.record);
    }
    for (const batch of batches(valid)) {
      const stored = await this.stored(
        'memberships',
        unique(batch.map((r) => r.collaborationId)),
        (row) => `${row.collaborationId}\u0000${row.municipalityCode}`,
      );
      for (const record of batch) {
        planRow(
          this.plan,
          'memberships',
          record,
          stored.get(`${record.collaborationId}\u0000${record.municipalityCode}`),
          sameLink,
        );
      }
    }
  }

  private async planPeople(skills: ReadonlySet<string>): Promise<Set<string>> {
    const records = this.data.records.people;
    const ids = this.uniqueIds('people');
    await this.uniqueKeys(
      'people',
      'email',
      records,
      (r) => (typeof r.email === 'string' ? r.email.toLowerCase() : null),
      (keys) => this.store.peopleByEmailKey(keys),
      new Set(ids.keys()),
    );
    for (const { line, record } of records) {
      for (const { skillId } of record.skills) {
        if (!skills.has(skillId))
          this.problem(
            'people',
            line,
            'skills',
            `skill ${skillId} is neither in ${this.data.fileOf('skills')} nor stored`,
          );
      }
    }
    for (const batch of batches(records)) {
      const personIds = batch.map((r) => r.record.id);
      const stored = await this.stored('people', personIds, (row) => row.id);
      const storedSkills = await this.stored(
        'personSkills',
        personIds,
        (row) => `${row.personId}\u0000${row.skillId}`,
      );
      for (const { record } of batch) {
        const before = stored.get(record.id);
        const person: ImportPerson = {
          id: record.id,
          name: record.name,
          email: record.email,
          title: record.title,
          bio: record.bio,
          availability: record.availability ?? before?.availability ?? DEFAULT_AVAILABILITY,
          visibility: record.visibility ?? before?.visibility ?? DEFAULT_VISIBILITY,
          municipalityCode: record.municipalityCode,
          department: record.department,
          since: record.since,
          createdAt: before?.createdAt ?? this.now,
          updatedAt: this.now,
        };
        planRow(this.plan, 'people', person, before, samePerson);
        for (const { skillId, level } of record.skills) {
          const row = { personId: record.id, skillId, level };
          planRow(
            this.plan,
            'personSkills',
            row,
            storedSkills.get(`${record.id}\u0000${skillId}`),
            samePersonSkill,
          );
        }
      }
    }
    return new Set(ids.keys());
  }

  private async planChallenges(skills: ReadonlySet<string>): Promise<Set<string>> {
    const records = this.data.records.challenges;
    const ids = this.uniqueIds('challenges');
    for (const { line, record } of records) {
      for (const { skillId } of record.requiredSkills) {
        if (!skills.has(skillId))
          this.problem(
            'challenges',
            line,
            'requiredSkills',
            `skill ${skillId} is neither in ${this.data.fileOf('skills')} nor stored`,
          );
      }
    }
    for (const batch of batches(records)) {
      const challengeIds = batch.map((r) => r.record.id);
      const stored = await this.stored('challenges', challengeIds, (row) => row.id);
      const storedSkills = await this.stored(
        'challengeSkills',
        challengeIds,
        (row) => `${row.challengeId}\u0000${row.skillId}`,
      );
      for (const { record } of batch) {
        const before = stored.get(record.id);
        const challenge = {
          id: record.id,
          title: record.title,
          description: record.description,
          theme: record.theme,
          status: record.status ?? before?.status ?? DEFAULT_STATUS,
          municipalityCode: record.municipalityCode,
          createdAt: record.createdAt ?? before?.createdAt ?? this.now,
          updatedAt: this.now,
        };
        planRow(this.plan, 'challenges', challenge, before, sameChallenge);
        for (const { skillId, weight } of record.requiredSkills) {
          const row = { challengeId: record.id, skillId, weight };
          planRow(
            this.plan,
            'challengeSkills',
            row,
            storedSkills.get(`${record.id}\u0000${skillId}`),
            sameChallengeSkill,
          );
        }
      }
    }
    return new Set(ids.keys());
  }

  private async planExperiences(
    people: ReadonlySet<string>,
    challenges: ReadonlySet<string>,
  ): Promise<void> {
    const records = this.data.records.experiences;
    const knownPeople = await this.knownIds(
      'people',
      people,
      records.map((r) => r.record.personId),
    );
    const knownChallenges = await this.knownIds(
      'challenges',
      challenges,
      records.map((r) => r.record.challengeId),
    );
    const seen = new Map<string, number>();
    const valid = [];
    for (const { line, record } of records) {
      const key = `${record.personId}\u0000${record.challengeId}`;
      const first = seen.get(key);
      let ok = true;
      if (first !== undefined) {
        this.problem(
          'experiences',
          line,
          'challengeId',
          `${record.personId} on ${record.challengeId} is also on line ${first}`,
        );
        ok = false;
      } else seen.set(key, line);
      if (record.personId !== '' && !knownPeople.has(record.personId)) {
        this.problem(
          'experiences',
          line,
          'personId',
          `${record.personId} is neither in ${this.data.fileOf('people')} nor stored`,
        );
        ok = false;
      }
      if (record.challengeId !== '' && !knownChallenges.has(record.challengeId)) {
        this.problem(
          'experiences',
          line,
          'challengeId',
          `${record.challengeId} is neither in ${this.data.fileOf('challenges')} nor stored`,
        );
        ok = false;
      }
      if (ok) valid.push(record);
    }
    valid.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
    for (const batch of batches(valid)) {
      const stored = await this.stored(
        'experiences',
        unique(batch.map((r) => r.personId)),
        (row) => `${row.personId}\u0000${row.challengeId}`,
      );
      for (const record of batch) {
        planRow(
          this.plan,
          'experiences',
          record,
          stored.get(`${record.personId}\u0000${record.challengeId}`),
          sameExperience,
        );
      }
    }
  }

  private async planAcquaintances(people: ReadonlySet<string>): Promise<void> {
    const records = this.data.records.acquaintances;
    const known = await this.knownIds(
      'people',
      people,
      records.flatMap((r) => [r.record.personId, r.record.otherPersonId]),
    );
    const pairs = new Set<string>();
    const valid = [];
    for (const { line, record } of records) {
      let ok = true;
      for (const field of ['personId', 'otherPersonId'] as const) {
        if (record[field] !== '' && !known.has(record[field])) {
          this.problem(
            'acquaintances',
            line,
            field,
            `${record[field]} is neither in ${this.data.fileOf('people')} nor stored`,
          );
          ok = false;
        }
      }
      const [low, high] = acquaintancePair(record.personId, record.otherPersonId);
      const key = `${low}\u0000${high}`;
      // A pair is stored once: the same pair again (in either order) is already planned.
      if (pairs.has(key)) {
        if (ok) this.plan.counts.acquaintances.unchanged++;
        continue;
      }
      pairs.add(key);
      if (ok) valid.push({ personId: low, otherPersonId: high });
    }
    valid.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
    for (const batch of batches(valid)) {
      const stored = await this.stored(
        'acquaintances',
        unique(batch.map((r) => r.personId)),
        (row) => `${row.personId}\u0000${row.otherPersonId}`,
      );
      for (const record of batch) {
        planRow(
          this.plan,
          'acquaintances',
          record,
          stored.get(`${record.personId}\u0000${record.otherPersonId}`),
          sameLink,
        );
      }
    }
  }
}

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += READ_BATCH) {
    yield items.slice(start, start + READ_BATCH);
  }
}

/** The order KNOWS is stored in (as the store adapters do): the smaller id first. */
const acquaintancePair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

const unique = (values: readonly string[]): string[] => [...new Set(values)];
