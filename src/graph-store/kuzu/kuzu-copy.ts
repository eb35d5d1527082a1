import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type CypherClient } from '../cypher/cypher-client';
import { type CreateNew } from '../cypher/graph-import.cypher-repository';
import { cypher } from '../cypher/statement';
import { type NewRowKind, type NewRows } from '../../seed/graph-import.repository';
import { withoutFullTextIndexes } from './kuzu-full-text';

/** A table COPY fills from rows: its name, its endpoints (rel tables), its columns' values. */
interface CopyTarget<T> {
  readonly table: string;
  /** For rel tables: the primary keys of the FROM and TO nodes. */
  readonly ends?: (row: T) => [string, string];
  /** The value of each stored property, by property name (missing: NULL). */
  readonly values: (row: T) => Record<string, string | number | null>;
}

/** A table's properties in column order (TABLE_INFO takes no parameter; tables are ours). */
const tableProperties = (table: string) =>
  cypher<{ name: string }>(`CALL TABLE_INFO('${table}') RETURN name ORDER BY \`property id\``);

/** The tables each kind fills, nodes before their relationships. */
const TARGETS: { [K in NewRowKind]: ReadonlyArray<CopyTarget<NewRows[K]>> } = {
  people: [
    {
      table: 'Person',
      values: (p) => ({
        id: p.id,
        name: p.name,
        email: p.email,
        emailKey: p.email === null ? null : p.email.toLowerCase(),
        title: p.title,
        bio: p.bio,
        availability: p.availability,
        visibility: p.visibility,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
      }),
    },
    {
      table: 'WORKS_AT',
      ends: (p) => [p.id, p.municipalityCode],
      values: (p) => ({ since: p.since, department: p.department }),
    },
  ],
  personSkills: [
    {
      table: 'HAS_SKILL',
      ends: (r) => [r.personId, r.skillId],
      values: (r) => ({ level: r.level }),
    },
  ],
  challenges: [
    {
      table: 'Challenge',
      values: (c) => ({
        id: c.id,
        title: c.title,
        description: c.description,
        theme: c.theme,
        status: c.status,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      }),
    },
    { table: 'FACES', ends: (c) => [c.municipalityCode, c.id], values: () => ({}) },
  ],
  challengeSkills: [
    {
      table: 'REQUIRES',
      ends: (r) => [r.challengeId, r.skillId],
      values: (r) => ({ weight: r.weight }),
    },
  ],
  experiences: [
    {
      table: 'WORKED_ON',
      ends: (r) => [r.personId, r.challengeId],
      values: (r) => ({
        role: r.role,
        outcome: r.outcome,
        year: r.year,
        lessonsLearned: r.lessonsLearned,
      }),
    },
  ],
  acquaintances: [
    { table: 'KNOWS', ends: (r) => [r.personId, r.otherPersonId], values: () => ({}) },
  ],
  memberships: [
    {
      table: 'MEMBER_OF',
      ends: (r) => [r.municipalityCode, r.collaborationId],
      values: () => ({}),
    },
  ],
};

/** A CSV field as Kuzu reads it: empty is NULL; quoted when it holds a quote, comma or newline. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Kuzu's bulk path for rows the import has checked are new: each table's rows are written to a
 * temporary CSV file in the table's own column order (read from the store, so a migration that
 * adds a column needs no change here) and loaded with COPY FROM, one COPY per table (Kuzu 0.11.3
 * allows COPY into non-empty tables; node tables are copied with their full-text indexes dropped
 * and built again after).
 * Each COPY commits on its own: a failure part-way leaves whole tables, which the next run of
 * the same import finds stored and skips.
 */
export const kuzuCreateNew: CreateNew = async (client, kind, rows) => {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'kennissen-copy-'));
  try {
    for (const target of TARGETS[kind] as ReadonlyArray<CopyTarget<(typeof rows)[number]>>) {
      await copyTable(client, dir, target, rows);
    }
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
};

async function copyTable<T>(
  client: CypherClient,
  dir: string,
  target: CopyTarget<T>,
  rows: readonly T[],
): Promise<void> {
  const columns = (await client.read(tableProperties(target.table))).map((c) => String(c.name));
  const file = path.join(dir, `${target.table}.csv`);
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  let multiline = false;
  const header = [...(target.ends ? ['from', 'to'] : []), ...columns];
  out.write(`${header.join(',')}\n`);
  for (const row of rows) {
    const values = target.values(row);
    const fields = [
      ...(target.ends ? target.ends(row) : []),
      ...columns.map((column) => values[column] ?? null),
    ];
    const line = fields.map(field).join(',');
    if (!multiline && /[\r\n]/.test(line)) multiline = true;
    if (!out.write(`${line}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(resolve);
  });
  // The parallel CSV reader cannot read quoted newlines; only files with some read serially.
  const options = multiline ? 'header=true, parallel=false' : 'header=true';
  const copy = () =>
    client.script(`COPY ${target.table} FROM '${file.replace(/'/g, "''")}' (${options})`);
  // Kuzu 0.11.3 keeps full-text indexes right while copying, but once an indexed property has
  // been SET (an update, even long ago), COPY into the table fails ("duplicated primary key
  // value"); and dropping the index, copying and building it again is faster anyway.
  await (target.ends ? copy() : withoutFullTextIndexes(client, target.table, copy));
}
