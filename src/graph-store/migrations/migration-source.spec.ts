import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readMigrations, splitStatements } from './migration-source';

describe('splitStatements', () => {
  it('splits on line-ending semicolons and drops comment lines', () => {
    const sut = splitStatements('// why\nCREATE A(x STRING);\n\nCREATE B(y STRING,\n z INT64);\n');
    expect(sut).toEqual(['CREATE A(x STRING)', 'CREATE B(y STRING,\n z INT64)']);
  });

  it('keeps semicolons inside a line', () => {
    expect(splitStatements("RETURN 'a;b';")).toEqual(["RETURN 'a;b'"]);
  });
});

describe('readMigrations', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('reads files in version order with checksums and the transaction marker', () => {
    fs.writeFileSync(
      path.join(directory, '0002_second.cypher'),
      '// transaction: none\nCALL X();\n',
    );
    fs.writeFileSync(path.join(directory, '0001_first.cypher'), 'CREATE A(x STRING);\n');
    const sut = readMigrations(directory);
    expect(sut.map((migration) => migration.id)).toEqual(['0001_first', '0002_second']);
    expect(sut[0].transactional).toBe(true);
    expect(sut[1].transactional).toBe(false);
    expect(sut[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a badly named file', () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-bad-'));
    fs.writeFileSync(path.join(bad, 'schema.cypher'), 'CREATE A(x STRING);');
    expect(() => readMigrations(bad)).toThrow(/NNNN_snake_case/);
    fs.rmSync(bad, { recursive: true, force: true });
  });
});
