import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ImportProblems } from './import-errors';
import { detectSeparator, readRecords, type SourceFile, type SourceRecord } from './record-readers';

describe('record readers', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-readers-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function read(name: string, text: string, kind: SourceFile['kind'] = 'people') {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const problems = new ImportProblems();
    const records: SourceRecord[] = [];
    const format = name.endsWith('.csv') ? 'csv' : 'jsonl';
    await readRecords({ path: file, kind, format }, problems, (record) => records.push(record));
    return { records, problems, file };
  }

  it('detects the separator from the header line', () => {
    expect(detectSeparator('id;name;municipalityCode')).toBe(';');
    expect(detectSeparator('id,name,municipalityCode')).toBe(',');
  });

  it('reads CSV with a BOM, ";" and quoted fields with newlines, keeping physical line numbers', async () => {
    const sut = await read(
      'people.csv',
      '\ufeffid;name;municipalityCode;bio\nHR-1;"Anna";GM0363;"regel een\nregel twee; met ""quotes"""\n\nHR-2;Bram;GM0599;\n',
    );
    expect(sut.problems.count).toBe(0);
    expect(sut.records).toEqual([
      {
        line: 2,
        values: {
          id: 'HR-1',
          name: 'Anna',
          municipalityCode: 'GM0363',
          bio: 'regel een\nregel twee; met "quotes"',
        },
      },
      // an empty cell is absent
      { line: 5, values: { id: 'HR-2', name: 'Bram', municipalityCode: 'GM0599' } },
    ]);
  });

  it('refuses unknown and missing columns at line 1, and rows with the wrong number of fields', async () => {
    const header = await read('people.csv', 'id,naam,municipalityCode\nHR-1,Anna,GM0363\n');
    expect(header.problems.report()).toContain(`${header.file}:1: unknown column "naam"`);
    expect(header.problems.report()).toContain(
      `${header.file}:1: required column "name" is missing`,
    );
    expect(header.records).toEqual([]);

    const row = await read('people.csv', 'id,name,municipalityCode\nHR-1,Anna,GM0363,extra\n');
    expect(row.problems.report()).toContain(`${row.file}:2: has 4 fields, the header 3`);
  });

  it('reads JSON Lines, skipping blank lines, refusing bad JSON and unknown fields by line', async () => {
    const sut = await read(
      'skills.jsonl',
      '\ufeff{"id":"a","name":"Aa","aliases":["x"]}\n\n{"id":"b",\n{"id":"c","name":"Cc","naam":"x"}\n{"id":"d","name":"Dd","category":null}\n',
      'skills',
    );
    expect(sut.records).toEqual([
      { line: 1, values: { id: 'a', name: 'Aa', aliases: ['x'] } },
      { line: 5, values: { id: 'd', name: 'Dd' } },
    ]);
    expect(sut.problems.report()).toBe(
      [
        `${sut.file}:3: is not valid JSON`,
        `${sut.file}:4: naam: unknown field; the fields of skills are id, name, aliases, category, escoUri`,
      ].join('\n'),
    );
  });
});
