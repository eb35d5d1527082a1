import { type ExportKind, type ExportRows } from '../seed/graph-export.repository';
import { type StoredKey, StoredGraphRepository } from '../seed/stored-graph.repository';
import { ImportData } from './import-data';
import { ImportProblems } from './import-errors';
import { ImportPlanner } from './import-planner';
import { type PersonRecord } from './import-records';

/** A stored graph as plain rows: a fake of the port. */
class FakeStoredGraph extends StoredGraphRepository {
  constructor(readonly rows: Partial<{ [K in ExportKind]: ExportRows[K][] }>) {
    super();
  }
  rowsFor<K extends ExportKind>(kind: K, keys: readonly string[]): Promise<ExportRows[K][]> {
    const keyOf = (row: Record<string, unknown>) =>
      String(row.id ?? row.personId ?? row.challengeId ?? row.collaborationId);
    const rows = (this.rows[kind] ?? []) as unknown as Array<Record<string, unknown>>;
    return Promise.resolve(
      rows.filter((row) => keys.includes(keyOf(row))) as unknown as ExportRows[K][],
    );
  }
  skillsByNameKey(keys: readonly string[]): Promise<StoredKey[]> {
    return Promise.resolve(
      (this.rows.skills ?? [])
        .map((s) => ({ id: s.id, key: s.name.toLowerCase() }))
        .filter((s) => keys.includes(s.key)),
    );
  }
  peopleByEmailKey(keys: readonly string[]): Promise<StoredKey[]> {
    return Promise.resolve(
      (this.rows.people ?? [])
        .flatMap((p) => (p.email ? [{ id: p.id, key: p.email.toLowerCase() }] : []))
        .filter((p) => keys.includes(p.key)),
    );
  }
  municipalityCodes(): Promise<string[]> {
    return Promise.resolve(['GM0363', 'GM0599']);
  }
}

const NOW = '2026-01-01T00:00:00.000Z';
const STORED_PERSON = {
  id: 'HR-1',
  name: 'Anna',
  email: 'anna@example.nl',
  title: null,
  bio: null,
  availability: 'LIMITED',
  visibility: 'MUNICIPALITY',
  municipalityCode: 'GM0363',
  department: null,
  since: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const personRecord = (overrides: Partial<PersonRecord> = {}): PersonRecord => ({
  id: 'HR-1',
  name: 'Anna',
  email: 'anna@example.nl',
  title: null,
  bio: null,
  availability: null,
  visibility: null,
  municipalityCode: 'GM0363',
  department: null,
  since: null,
  skills: [],
  ...overrides,
});

async function plan(data: ImportData, stored: FakeStoredGraph) {
  const problems = new ImportProblems();
  const result = await new ImportPlanner(data, stored, problems, NOW).build();
  return { plan: result, problems };
}

describe('ImportPlanner', () => {
  it('leaves an unchanged person alone, keeping availability and visibility the file leaves out', async () => {
    const data = new ImportData();
    data.add('people', 2, personRecord());
    const sut = await plan(data, new FakeStoredGraph({ people: [STORED_PERSON] }));
    expect(sut.problems.count).toBe(0);
    expect(sut.plan.counts.people).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(sut.plan.creates.people).toEqual([]);
    expect(sut.plan.updates.people).toEqual([]);
  });

  it('updates a changed person keeping createdAt, and creates a new one with the defaults', async () => {
    const data = new ImportData();
    data.add(
      'people',
      2,
      personRecord({ title: 'Adviseur', skills: [{ skillId: 'wmo', level: 3 }] }),
    );
    data.add('people', 3, personRecord({ id: 'HR-2', email: null }));
    const stored = new FakeStoredGraph({
      people: [STORED_PERSON],
      skills: [{ id: 'wmo', name: 'Wmo', aliases: [], category: null, escoUri: null }],
      personSkills: [{ personId: 'HR-1', skillId: 'wmo', level: 2 }],
    });
    const sut = await plan(data, stored);
    expect(sut.problems.report()).toBe('');
    expect(sut.plan.updates.people).toEqual([
      { ...STORED_PERSON, title: 'Adviseur', updatedAt: NOW },
    ]);
    expect(sut.plan.creates.people).toEqual([
      expect.objectContaining({
        id: 'HR-2',
        availability: 'AVAILABLE',
        visibility: 'NETWORK',
        createdAt: NOW,
      }),
    ]);
    expect(sut.plan.counts.personSkills).toEqual({ created: 0, updated: 1, unchanged: 0 });
  });

  it('finds duplicates without regard to case, in the file and in the store, and unknown references', async () => {
    const data = new ImportData();
    data.add('skills', 2, { id: 'wmo', name: 'Wmo', aliases: [], category: null, escoUri: null });
    data.add('skills', 3, { id: 'wmo-2', name: 'WMO', aliases: [], category: null, escoUri: null });
    data.add('skills', 4, {
      id: 'wmo',
      name: 'Wmo 2015',
      aliases: [],
      category: null,
      escoUri: null,
    });
    data.add(
      'people',
      2,
      personRecord({
        id: 'HR-2',
        email: 'ANNA@example.nl',
        skills: [{ skillId: 'nope', level: 1 }],
      }),
    );
    data.add('people', 3, personRecord({ id: 'HR-3', municipalityCode: 'GM0001' }));
    data.add('acquaintances', 2, { personId: 'HR-2', otherPersonId: 'HR-9' });
    const sut = await plan(data, new FakeStoredGraph({ people: [STORED_PERSON] }));
    expect(sut.problems.report().split('\n')).toEqual([
      'acquaintances.csv:2: otherPersonId: HR-9 is neither in people.csv nor stored',
      'people.csv:2: email: is already the email of stored person HR-1 (unique without regard to case)',
      'people.csv:2: skills: skill nope is neither in skills.csv nor stored',
      'people.csv:3: municipalityCode: GM0001 is not a known municipality (CBS code)',
      'people.csv:3: email: is also the email of HR-2 on line 2 (unique without regard to case)',
      'skills.csv:3: name: is also the name of wmo on line 2 (unique without regard to case)',
      'skills.csv:4: id: wmo is also on line 2',
    ]);
  });
});
