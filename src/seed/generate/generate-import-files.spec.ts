import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { generateDemoPopulation } from '../demo/generate-demo-population';
import { SKILL_ID_MAX_LENGTH, SKILL_ID_PATTERN } from '../../skills/skill-id';
import { loadReferenceData } from '../reference/reference-data';
import {
  type GenerateOptions,
  type GenerateSummary,
  SCALE_SIZES,
  generateImportFiles,
} from './generate-import-files';
import { COLUMNS, type WrittenKind } from './import-format';

type Row = Record<string, string>;

interface Written {
  summary: GenerateSummary;
  folder: string;
  read(kind: WrittenKind): Row[];
  bytes(kind: WrittenKind): Buffer;
}

const KINDS: readonly WrittenKind[] = [
  'skills',
  'people',
  'challenges',
  'experiences',
  'acquaintances',
];

// The API's rules for ids and ESCO URIs (src/people/dto/person-id.ts,
// src/skills/dto/skill.input.ts: edges, which a feature's spec may not import).
const PERSON_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const ESCO_URI_PATTERN = /^https?:\/\/data\.europa\.eu\/esco\/\S+$/;

const municipalities = loadReferenceData().municipalities;
const codes = new Set(municipalities.map((m) => m.code));
let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kennissen-generate-'));
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

let runs = 0;
async function generate(options: Omit<GenerateOptions, 'out'>): Promise<Written> {
  runs += 1;
  const folder = path.join(root, `run-${runs}`);
  const summary = await generateImportFiles({ ...options, out: folder });
  const format = options.format ?? 'csv';
  const file = (kind: WrittenKind): string => path.join(folder, `${kind}.${format}`);
  const cache = new Map<WrittenKind, Row[]>();
  const readFile = (kind: WrittenKind): Row[] => {
    const text = fs.readFileSync(file(kind), 'utf8');
    if (format === 'jsonl') {
      return text
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Row);
    }
    // Strict RFC 4180 parsing: every record must have as many fields as the header.
    const records: string[][] = parse(text, { relax_quotes: false, relax_column_count: false });
    const [header, ...rows] = records;
    expect(header).toEqual(COLUMNS[kind].names);
    return rows.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i]])));
  };
  return {
    summary,
    folder,
    bytes: (kind) => fs.readFileSync(file(kind)),
    read: (kind) => {
      const rows = cache.get(kind) ?? readFile(kind);
      cache.set(kind, rows);
      return rows;
    },
  };
}

const listOf = (cell: string): string[][] =>
  cell === '' ? [] : cell.split('|').map((item) => item.split(':'));

/**
 * Checks every reference and every uniqueness rule of the import format; collects the problems
 * (a readable failure, and fast over thousands of rows) and expects none.
 */
function expectConsistent(written: Written): void {
  const skills = written.read('skills');
  const people = written.read('people');
  const challenges = written.read('challenges');
  const experiences = written.read('experiences');
  const acquaintances = written.read('acquaintances');
  const problems: string[] = [];
  const check = (ok: boolean, problem: string): void => {
    if (!ok) problems.push(problem);
  };

  const skillIds = new Set(skills.map((s) => s.id));
  check(skillIds.size === skills.length, 'skill ids repeat');
  check(
    new Set(skills.map((s) => s.name.toLowerCase())).size === skills.length,
    'skill names repeat (case-insensitively)',
  );
  // The API's rules (src/skills/dto/skill.input.ts), which the import applies too.
  for (const s of skills) {
    check(SKILL_ID_PATTERN.test(s.id) && s.id.length <= SKILL_ID_MAX_LENGTH, `skill id ${s.id}`);
    check(s.name.length >= 2 && s.name.length <= 100, `skill ${s.id}: name length`);
    check(s.escoUri === '' || ESCO_URI_PATTERN.test(s.escoUri), `skill ${s.id}: escoUri`);
    const aliases = s.aliases === '' ? [] : s.aliases.split('|');
    check(
      aliases.length <= 20 && aliases.every((a) => a.length >= 1 && a.length <= 100),
      `skill ${s.id}: aliases`,
    );
  }

  const personIds = new Set(people.map((p) => p.id));
  check(personIds.size === people.length, 'person ids repeat');
  check(
    new Set(people.map((p) => p.email.toLowerCase())).size === people.length,
    'e-mail addresses repeat (case-insensitively)',
  );
  for (const p of people) {
    check(PERSON_ID_PATTERN.test(p.id), `person id ${p.id}`);
    check(p.name.length >= 2 && p.name.length <= 120, `${p.id}: name length`);
    check(p.title.length <= 120 && p.department.length <= 120, `${p.id}: title or department`);
    check(p.bio.length <= 2000, `${p.id}: bio length`);
    check(p.since === '' || /^\d{4}-\d{2}-\d{2}$/.test(p.since), `${p.id}: since ${p.since}`);
    check(codes.has(p.municipalityCode), `${p.id}: municipality ${p.municipalityCode}`);
    check(/^[a-z0-9.]+@[a-z0-9-]+\.example\.nl$/.test(p.email), `${p.id}: e-mail ${p.email}`);
    const held = listOf(p.skills);
    check(held.length >= 1, `${p.id} has no skills`);
    check(new Set(held.map(([id]) => id)).size === held.length, `${p.id} lists a skill twice`);
    for (const [skillId, level] of held) {
      check(skillIds.has(skillId), `${p.id}: unknown skill ${skillId}`);
      check(/^[1-5]$/.test(level), `${p.id}: level ${level}`);
    }
  }

  const challengeIds = new Set(challenges.map((c) => c.id));
  check(challengeIds.size === challenges.length, 'challenge ids repeat');
  for (const c of challenges) {
    check(codes.has(c.municipalityCode), `${c.id}: municipality ${c.municipalityCode}`);
    check(['OPEN', 'IN_PROGRESS', 'SOLVED'].includes(c.status), `${c.id}: status ${c.status}`);
    check(c.title.length >= 3 && c.title.length <= 200, `${c.id}: title length`);
    check(c.description.length >= 1 && c.description.length <= 5000, `${c.id}: description`);
    check(!Number.isNaN(Date.parse(c.createdAt)), `${c.id}: createdAt ${c.createdAt}`);
    for (const [skillId, weight] of listOf(c.requiredSkills)) {
      check(skillIds.has(skillId), `${c.id}: unknown skill ${skillId}`);
      check(Number(weight) > 0 && Number(weight) <= 1, `${c.id}: weight ${weight}`);
    }
  }

  const experienced = new Set<string>();
  for (const e of experiences) {
    const key = `${e.personId}|${e.challengeId}`;
    check(personIds.has(e.personId), `experience ${key}: unknown person`);
    check(challengeIds.has(e.challengeId), `experience ${key}: unknown challenge`);
    check(['LEAD', 'MEMBER', 'ADVISOR'].includes(e.role), `experience ${key}: role ${e.role}`);
    check(
      ['SOLVED', 'PARTIAL', 'ONGOING', 'FAILED'].includes(e.outcome),
      `experience ${key}: outcome ${e.outcome}`,
    );
    check(!experienced.has(key), `experience ${key} twice`);
    experienced.add(key);
  }

  const pairs = new Set<string>();
  for (const a of acquaintances) {
    const key = [a.personId, a.otherPersonId].sort().join('|');
    check(personIds.has(a.personId) && personIds.has(a.otherPersonId), `pair ${key}: unknown`);
    check(a.personId !== a.otherPersonId, `${a.personId} knows themself`);
    check(!pairs.has(key), `pair ${key} twice`);
    pairs.add(key);
  }
  expect(problems).toEqual([]);
}

/** How many people hold each skill, most held first. */
function holdersPerSkill(written: Written): number[] {
  const held = new Map(written.read('skills').map((s) => [s.id, 0]));
  for (const p of written.read('people')) {
    for (const [skillId] of listOf(p.skills)) held.set(skillId, (held.get(skillId) ?? 0) + 1);
  }
  return [...held.values()].sort((a, b) => b - a);
}

describe('generateImportFiles', () => {
  const small = { scale: 'regional', people: 600, skills: 400, challenges: 150 } as const;

  it('is deterministic: the same seed gives the same bytes, another seed other bytes', async () => {
    const [first, second, other] = await Promise.all([
      generate({ ...small, seed: 11 }),
      generate({ ...small, seed: 11 }),
      generate({ ...small, seed: 12 }),
    ]);
    for (const kind of KINDS) expect(first.bytes(kind).equals(second.bytes(kind))).toBe(true);
    for (const kind of ['people', 'challenges', 'experiences', 'acquaintances'] as const) {
      expect(first.bytes(kind).equals(other.bytes(kind))).toBe(false);
    }
    // The skill catalogue does not depend on the seed, so skill ids stay stable between runs.
    expect(first.bytes('skills').equals(other.bytes('skills'))).toBe(true);
  });

  it('uses neither Math.random nor the clock', async () => {
    const random = jest.spyOn(Math, 'random');
    const now = jest.spyOn(Date, 'now');
    try {
      await generate({ ...small, scale: 'national', people: 400, seed: 3 });
      expect(random).not.toHaveBeenCalled();
      expect(now).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('writes the same records as JSON Lines as in CSV', async () => {
    const [csv, jsonl] = await Promise.all([
      generate({ ...small, seed: 5 }),
      generate({ ...small, seed: 5, format: 'jsonl' }),
    ]);
    expect(fs.readdirSync(jsonl.folder).sort()).toEqual(KINDS.map((k) => `${k}.jsonl`).sort());
    expect(jsonl.read('people').map((p) => p.id)).toEqual(csv.read('people').map((p) => p.id));
    const [first] = jsonl.read('people') as unknown as { skills: unknown }[];
    expect(first.skills).toEqual(
      listOf(csv.read('people')[0].skills).map(([skillId, level]) => ({
        skillId,
        level: Number(level),
      })),
    );
    expect(jsonl.read('acquaintances')).toEqual(csv.read('acquaintances'));
    expect(jsonl.summary.counts).toEqual(csv.summary.counts);
  });

  it('writes a regional population of one province, every reference resolving', async () => {
    const sut = await generate({ ...small, province: 'Utrecht', seed: 9 });
    const utrecht = new Set(
      municipalities.filter((m) => m.province === 'Utrecht').map((m) => m.code),
    );
    expect(sut.summary.municipalities).toBe(utrecht.size);
    expect(new Set(sut.read('people').map((p) => p.municipalityCode))).toEqual(utrecht);
    for (const c of sut.read('challenges')) expect(utrecht).toContain(c.municipalityCode);
    expect(sut.read('people')[0].id).toBe('gen-utrecht-person-0001');
    expectConsistent(sut);
  });

  it('writes a national population at a reduced size: everyone placed, counts as asked', async () => {
    const sut = await generate({
      scale: 'national',
      people: 2000,
      skills: 800,
      challenges: 500,
      seed: 4,
    });
    expectConsistent(sut);
    const people = sut.read('people');
    expect(people).toHaveLength(2000);
    expect(new Set(people.map((p) => p.municipalityCode)).size).toBe(municipalities.length);
    expect(people[0].id).toBe('gen-nl-person-0001');
    expect(sut.read('skills')).toHaveLength(800);
    expect(sut.read('challenges')).toHaveLength(500);

    const { relationships } = sut.summary.counts;
    expect(relationships.WORKS_AT).toBe(2000);
    expect(relationships.FACES).toBe(500);
    expect(relationships.HAS_SKILL).toBe(
      people.reduce((sum, p) => sum + listOf(p.skills).length, 0),
    );
    expect(relationships.REQUIRES).toBe(
      sut.read('challenges').reduce((sum, c) => sum + listOf(c.requiredSkills).length, 0),
    );
    expect(relationships.WORKED_ON).toBe(sut.read('experiences').length);
    expect(relationships.KNOWS).toBe(sut.read('acquaintances').length);
    expect(relationships.KNOWS).toBe(4000); // four acquaintances per person on average
    expect(relationships.WORKED_ON / 500).toBeGreaterThan(2);
    expect(relationships.WORKED_ON / 500).toBeLessThan(4);
    expect(sut.summary.files.map((f) => f.records)).toEqual([
      800,
      2000,
      500,
      relationships.WORKED_ON,
      4000,
    ]);
  });

  it('writes the regional scale at its full size, in seconds, with Zipf-like skill popularity', async () => {
    const sut = await generate({ scale: 'regional' });
    const { counts } = sut.summary;
    expect(counts).toMatchObject({ skills: 2000, people: 20_000, challenges: 5000 });
    const total = Object.values(counts.relationships).reduce((sum, n) => sum + n, 0);
    expect(total).toBeGreaterThan(170_000);
    expect(total).toBeLessThan(250_000);
    const held = holdersPerSkill(sut);
    const median = held[Math.floor(held.length / 2)];
    expect(held[0]).toBeGreaterThan(50 * Math.max(1, median));
    // A long tail: half the skills are held by few people, a few by very many.
    expect(held.slice(0, 20).reduce((s, n) => s + n, 0)).toBeGreaterThan(
      held.slice(held.length / 2).reduce((s, n) => s + n, 0),
    );
  }, 60_000);

  it('has the national sizes of the issue', () => {
    expect(SCALE_SIZES.national).toEqual({
      people: 200_000,
      skills: 5000,
      challenges: 50_000,
      acquaintancesPerPerson: 4,
    });
  });

  it('writes the demo population with its own ids and counts', async () => {
    const sut = await generate({ scale: 'demo' });
    const demo = generateDemoPopulation(municipalities);
    expectConsistent(sut);
    expect(sut.read('skills').map((s) => s.id)).toEqual(demo.skills.map((s) => s.id));
    expect(sut.read('people').map((p) => p.id)).toEqual(demo.people.map((p) => p.id));
    expect(sut.read('people').map((p) => p.email)).toEqual(demo.people.map((p) => p.email));
    expect(sut.read('challenges').map((c) => c.id)).toEqual(demo.challenges.map((c) => c.id));
    expect(sut.read('challenges').map((c) => c.description)).toEqual(
      demo.challenges.map((c) => c.description),
    );
    expect(
      sut.read('people').flatMap((p) =>
        listOf(p.skills).map(([skillId, level]) => ({
          personId: p.id,
          skillId,
          level: Number(level),
        })),
      ),
    ).toEqual(demo.personSkills);
    expect(
      sut.read('challenges').flatMap((c) =>
        listOf(c.requiredSkills).map(([skillId, weight]) => ({
          challengeId: c.id,
          skillId,
          weight: Number(weight),
        })),
      ),
    ).toEqual(demo.challengeSkills);
    expect(
      sut.read('experiences').map((e) => ({
        ...e,
        year: e.year === '' ? null : Number(e.year),
        lessonsLearned: e.lessonsLearned === '' ? null : e.lessonsLearned,
      })),
    ).toEqual(demo.experiences);
    expect(sut.read('acquaintances')).toEqual(demo.acquaintances);
    expect(sut.summary.counts.people).toBe(2000);
  });

  it('refuses an unknown province, a province outside the regional scale and a bad format', async () => {
    await expect(generate({ scale: 'regional', province: 'Atlantis' })).rejects.toThrow(
      /unknown province "Atlantis"/,
    );
    await expect(generate({ scale: 'national', province: 'Utrecht' })).rejects.toThrow(
      /regional scale only/,
    );
    await expect(generate({ scale: 'demo', format: 'xml' as unknown as 'csv' })).rejects.toThrow(
      /csv or jsonl/,
    );
  });

  it('leaves no file of the other format behind in the folder', async () => {
    const folder = path.join(root, 'switch');
    await generateImportFiles({ ...small, out: folder, format: 'jsonl' });
    await generateImportFiles({ ...small, out: folder, format: 'csv' });
    expect(fs.readdirSync(folder).sort()).toEqual(KINDS.map((k) => `${k}.csv`).sort());
  });
});
