import * as fs from 'node:fs';
import * as path from 'node:path';
import { type INestApplicationContext } from '@nestjs/common';
import { AuditLogRepository } from '../../src/audit/audit-log.repository';
import { AuditLogService } from '../../src/audit/audit-log.service';
import { openCommandContext } from '../../src/cli/command';
import { type ImportOutcome, ImportService } from '../../src/import/import.service';
import { type KindCounts, WRITE_KINDS, type WriteKind } from '../../src/import/import-plan';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { SeedModule } from '../../src/seed/seed.module';
import { StoredGraphRepository } from '../../src/seed/stored-graph.repository';
import { SeedService } from '../../src/seed/seed.service';
import {
  EXPORT_KINDS,
  type ExportKind,
  GraphExportRepository,
} from '../../src/seed/graph-export.repository';
import { emptyNeo4j } from '../support/fresh-neo4j';
import { makeTempDir } from '../support/temp-dir';
import { testConfig } from '../support/test-config';
import { GRAPH_STORES } from './graph-stores';

/** The example files of docs/import.md: the documentation's examples must import as written. */
const EXAMPLES = path.resolve(__dirname, '../../docs/examples/import');

describe.each(GRAPH_STORES)('bulk import (npm run import) on %s', (store) => {
  let temp: ReturnType<typeof makeTempDir>;
  let context: INestApplicationContext;
  let sut: ImportService;

  beforeAll(async () => {
    if (store === 'neo4j') await emptyNeo4j();
    temp = makeTempDir(`bulk-import-${store}`);
    context = await openCommandContext(testConfig(temp.dir, { GRAPH_STORE: store }), {
      graph: true,
      relational: true,
      imports: [SeedModule],
      providers: [ImportService, AuditLogService],
    });
    await context.get(SeedService).loadReferenceData();
    sut = context.get(ImportService);
  });
  afterAll(async () => {
    await context.close();
    temp.remove();
  });

  /** Everything the graph holds, kind by kind, as the export reads it. */
  async function exportAll(): Promise<Record<ExportKind, unknown[]>> {
    const exporter = context.get(GraphExportRepository);
    const all = {} as Record<ExportKind, unknown[]>;
    for (const kind of EXPORT_KINDS) {
      all[kind] = [];
      let after: string | null = null;
      do {
        const batch: { rows: unknown[]; next: string | null } = await exporter.exportBatch(
          kind,
          after,
          1000,
        );
        all[kind].push(...batch.rows);
        after = batch.next;
      } while (after !== null);
    }
    return all;
  }

  async function auditOf(id: string) {
    const page = await context
      .get(AuditLogRepository)
      .list({ objectType: 'Import', objectId: id }, { first: 10, after: null });
    return page.items;
  }

  const counts = (outcome: ImportOutcome): Record<WriteKind, KindCounts> => {
    if (outcome.status !== 'imported' && outcome.status !== 'checked') {
      throw new Error(`expected an import, got ${JSON.stringify(outcome)}`);
    }
    return outcome.plan.counts;
  };

  function folderWith(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(temp.dir, 'import-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  }

  it('imports the documented examples, and importing them again changes nothing', async () => {
    const first = await sut.run(EXAMPLES, { actor: 'cli:test' });
    expect(first.status).toBe('imported');
    expect(counts(first).people).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(counts(first).challengeSkills).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const graph = await exportAll();
    expect(graph.people).toContainEqual(
      expect.objectContaining({
        id: 'HR-1001',
        name: 'Anna de Vries',
        email: 'a.devries@amsterdam.example.nl',
        municipalityCode: 'GM0363',
        visibility: 'COLLABORATIONS',
        since: '2019-04-01',
        bio: 'Anna kocht de jeugdhulp in voor de regio.\nZe schrijft ook mee aan de aanbestedingen.',
      }),
    );
    expect(graph.people).toContainEqual(
      expect.objectContaining({ id: 'HR-1002', availability: 'LIMITED', visibility: 'NETWORK' }),
    );
    expect(graph.personSkills).toEqual(
      expect.arrayContaining([
        { personId: 'HR-1001', skillId: 'jeugdzorg-inkoop', level: 4 },
        { personId: 'HR-1001', skillId: 'aanbesteden', level: 3 },
        { personId: 'HR-1002', skillId: 'aanbesteden', level: 5 },
      ]),
    );
    expect(graph.challengeSkills).toEqual(
      expect.arrayContaining([
        { challengeId: 'ZAAK-2025-001', skillId: 'jeugdzorg-inkoop', weight: 1 },
        { challengeId: 'ZAAK-2025-001', skillId: 'aanbesteden', weight: 0.6 },
        { challengeId: 'ZAAK-2025-002', skillId: 'warmtetransitie', weight: null },
      ]),
    );
    expect(graph.challenges).toContainEqual(
      expect.objectContaining({
        id: 'ZAAK-2025-001',
        status: 'IN_PROGRESS',
        createdAt: '2025-02-03T09:00:00.000Z',
      }),
    );
    expect(graph.memberships).toEqual(
      expect.arrayContaining([
        { collaborationId: 'voorbeeld-jeugdregio', municipalityCode: 'GM0363' },
        { collaborationId: 'voorbeeld-jeugdregio', municipalityCode: 'GM0599' },
      ]),
    );
    expect(graph.experiences).toContainEqual({
      personId: 'HR-1002',
      challengeId: 'ZAAK-2025-001',
      role: 'ADVISOR',
      outcome: 'PARTIAL',
      year: null,
      lessonsLearned: null,
    });
    expect(graph.acquaintances).toEqual([{ personId: 'HR-1001', otherPersonId: 'HR-1002' }]);
    expect(await auditOf(first.id)).toEqual([
      expect.objectContaining({ action: 'import', result: 'SUCCESS', actor: 'cli:test' }),
    ]);

    const again = await sut.run(EXAMPLES, { actor: 'cli:test' });
    expect(again.status).toBe('imported');
    for (const kind of WRITE_KINDS)
      expect(counts(again)[kind].created + counts(again)[kind].updated).toBe(0);
    expect(await exportAll()).toEqual(graph);
    expect(await auditOf(again.id)).toHaveLength(1);
  });

  it('updates only what changed: a changed person gets a new updatedAt, the others keep theirs', async () => {
    await sut.run(EXAMPLES, { actor: 'cli:test' });
    const before = await exportAll();
    const people = fs
      .readFileSync(path.join(EXAMPLES, 'people.csv'), 'utf8')
      .replace('Beleidsadviseur jeugd', 'Senior beleidsadviseur jeugd');
    const outcome = await sut.run(folderWith({ 'people.csv': people }), { actor: 'cli:test' });
    expect(counts(outcome).people).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const after = await exportAll();
    const find = (graph: typeof before, id: string) =>
      graph.people.find((p) => (p as { id: string }).id === id) as Record<string, unknown>;
    expect(find(after, 'HR-1001')).toMatchObject({ title: 'Senior beleidsadviseur jeugd' });
    expect(find(after, 'HR-1001').updatedAt).not.toBe(find(before, 'HR-1001').updatedAt);
    expect(find(after, 'HR-1001').createdAt).toBe(find(before, 'HR-1001').createdAt);
    expect(find(after, 'HR-1002')).toEqual(find(before, 'HR-1002'));
  });

  it('refuses a broken import with every problem by file and line, and writes nothing', async () => {
    const before = await exportAll();
    const folder = folderWith({
      'skills.csv': '\ufeffid;name\nnieuw-skill;"Nieuwe\nvaardigheid"\nInkoop Jeugdzorg;x\n',
      'people.csv': [
        'id,name,municipalityCode,email,skills',
        'HR-2001,Nieuwe Collega,GM9999,niet-een-adres,onbekend:3',
        'HR-2002,Tweede Collega,GM0363,A.DEVRIES@amsterdam.example.nl,aanbesteden:9',
      ].join('\n'),
      'acquaintances.jsonl': '{"personId":"HR-2001","otherPersonId":"HR-2001"}\n',
      'peple.csv': 'id\n',
    });
    const outcome = await sut.run(folder, { actor: 'cli:test' });
    if (outcome.status !== 'refused') throw new Error(`not refused: ${outcome.status}`);
    const report = outcome.problems.report();
    const at = (file: string, line: number) => `${path.join(folder, file)}:${line}`;
    expect(report).toContain(
      `${path.join(folder, 'peple.csv')}: is not a file of the import format`,
    );
    // The quoted name spans lines 2 and 3, so the next record is on line 4.
    expect(report).toContain(`${at('skills.csv', 4)}: id: "Inkoop Jeugdzorg" must be a skill id`);
    expect(report).toContain(`${at('skills.csv', 4)}: name: must be 2 to 100 characters`);
    expect(report).toContain(
      `${at('people.csv', 2)}: municipalityCode: GM9999 is not a known municipality`,
    );
    expect(report).toContain(`${at('people.csv', 2)}: email: must be an email address`);
    expect(report).toContain(`${at('people.csv', 2)}: skills: skill onbekend is neither in`);
    expect(report).toContain(
      `${at('people.csv', 3)}: skills: level of aanbesteden must be a whole number from 1 to 5`,
    );
    expect(report).toContain(
      `${at('people.csv', 3)}: email: is already the email of stored person HR-1001`,
    );
    expect(report).toContain(
      `${at('acquaintances.jsonl', 1)}: otherPersonId: is the same person as personId`,
    );
    expect(await exportAll()).toEqual(before);
    expect(await auditOf(outcome.id)).toEqual([
      expect.objectContaining({ action: 'import', result: 'IMPORT_REFUSED' }),
    ]);
  });

  it('a store failure part-way is reported with how far it got, audited, and finished by running the import again', async () => {
    const folder = folderWith({
      'skills.csv': 'id,name\nherstel-a,Herstel A\nherstel-b,Herstel B\n',
      'people.csv': 'id,name,municipalityCode,skills\nHR-3001,Herstel Persoon,GM0363,herstel-a:2\n',
      'acquaintances.csv': 'personId,otherPersonId\nHR-3001,HR-1001\n',
    });
    await sut.run(EXAMPLES, { actor: 'cli:test' });
    const real = context.get(GraphImportRepository);
    // The real store, with the connection "lost" once the people are written.
    const failing = Object.create(real) as GraphImportRepository;
    failing.importNew = (kind, rows) =>
      kind === 'personSkills'
        ? Promise.reject(new Error('connection lost'))
        : real.importNew(kind, rows);
    const broken = new ImportService(
      failing,
      context.get(StoredGraphRepository),
      context.get(AuditLogService),
    );
    const failed = await broken.run(folder, { actor: 'cli:test' });
    expect(failed).toMatchObject({
      status: 'failed',
      written: 3,
      total: 5,
      reason: 'connection lost',
    });
    expect(await auditOf(failed.id)).toEqual([
      expect.objectContaining({ action: 'import', result: 'IMPORT_FAILED' }),
    ]);

    const resumed = await sut.run(folder, { actor: 'cli:test' });
    expect(resumed.status).toBe('imported');
    expect(counts(resumed).people).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(counts(resumed).personSkills).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(counts(resumed).acquaintances).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const graph = await exportAll();
    expect(graph.personSkills).toContainEqual({
      personId: 'HR-3001',
      skillId: 'herstel-a',
      level: 2,
    });
    expect(graph.acquaintances).toContainEqual({ personId: 'HR-1001', otherPersonId: 'HR-3001' });
  });

  it('a dry run reports what it would do and writes nothing', async () => {
    const before = await exportAll();
    const folder = folderWith({
      'skills.jsonl': '{"id":"omgevingswet","name":"Omgevingswet","aliases":["Ow"]}\n',
    });
    const outcome = await sut.run(folder, { actor: 'cli:test', dryRun: true });
    expect(outcome.status).toBe('checked');
    expect(counts(outcome).skills).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await exportAll()).toEqual(before);
    expect(await auditOf(outcome.id)).toEqual([]);
  });
});
