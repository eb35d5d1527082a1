import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { once } from 'node:events';
import { Injectable } from '@nestjs/common';
import {
  EXPORT_KINDS,
  type ExportBatch,
  type ExportKind,
  type ExportRows,
  GraphExportRepository,
} from './graph-export.repository';
import { GraphImportRepository } from './graph-import.repository';

const FORMAT = 'kennissen-graph';
const VERSION = 1;
const BATCH = 2_000;

export type TransferCounts = Record<ExportKind, number>;

interface Header {
  format: typeof FORMAT;
  version: number;
  exportedAt: string;
  store: string;
}

const emptyCounts = (): TransferCounts =>
  Object.fromEntries(EXPORT_KINDS.map((kind) => [kind, 0])) as TransferCounts;

/**
 * Moves a whole graph between stores through a JSON Lines file: a header line, then one line per
 * row (`{"kind": ..., "row": ...}`) with nodes before the relationships that need them. Export
 * reads in keyset batches and import MERGEs in batches, so both stay flat in memory and an
 * import can be repeated safely.
 */
@Injectable()
export class GraphTransferService {
  constructor(
    private readonly exporter: GraphExportRepository,
    private readonly importer: GraphImportRepository,
  ) {}

  async exportTo(file: string, storeName: string): Promise<TransferCounts> {
    const out = fs.createWriteStream(file, { encoding: 'utf8' });
    const write = async (line: unknown): Promise<void> => {
      if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
    };
    const counts = emptyCounts();
    try {
      const header: Header = {
        format: FORMAT,
        version: VERSION,
        exportedAt: new Date().toISOString(),
        store: storeName,
      };
      await write(header);
      for (const kind of EXPORT_KINDS) {
        let after: string | null = null;
        do {
          const batch: ExportBatch<ExportKind> = await this.exporter.exportBatch(
            kind,
            after,
            BATCH,
          );
          for (const row of batch.rows) await write({ kind, row });
          counts[kind] += batch.rows.length;
          after = batch.next;
        } while (after !== null);
      }
    } finally {
      out.end();
      await once(out, 'close');
    }
    return counts;
  }

  async importFrom(file: string): Promise<TransferCounts> {
    const lines = readline.createInterface({
      input: fs.createReadStream(file, { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    const counts = emptyCounts();
    let header: Header | undefined;
    let pendingKind: ExportKind | undefined;
    let pending: unknown[] = [];
    const flush = async (): Promise<void> => {
      if (pendingKind && pending.length > 0) await this.importRows(pendingKind, pending);
      pending = [];
    };
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      const parsed = parseLine(line, file, lineNumber);
      if (!header) {
        header = asHeader(parsed, file);
        continue;
      }
      const { kind, row } = asRow(parsed, file, lineNumber);
      if (kind !== pendingKind || pending.length >= BATCH) {
        await flush();
        pendingKind = kind;
      }
      pending.push(row);
      counts[kind]++;
    }
    await flush();
    if (!header) throw new Error(`${file} is empty: expected a ${FORMAT} export`);
    return counts;
  }

  private importRows(kind: ExportKind, rows: unknown[]): Promise<void> {
    const importers: { [K in ExportKind]: (rows: ExportRows[K][]) => Promise<void> } = {
      municipalities: (r) => this.importer.importMunicipalities(r),
      collaborations: (r) => this.importer.importCollaborations(r),
      memberships: (r) => this.importer.importMemberships(r),
      skills: (r) => this.importer.importSkills(r),
      people: (r) => this.importer.importPeople(r),
      personSkills: (r) => this.importer.importPersonSkills(r),
      challenges: (r) => this.importer.importChallenges(r),
      challengeSkills: (r) => this.importer.importChallengeSkills(r),
      experiences: (r) => this.importer.importExperiences(r),
      acquaintances: (r) => this.importer.importAcquaintances(r),
    };
    return (importers[kind] as (rows: unknown[]) => Promise<void>)(rows);
  }
}

function parseLine(line: string, file: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    throw new Error(`${file}:${lineNumber} is not valid JSON`);
  }
}

function asHeader(value: unknown, file: string): Header {
  const header = value as Partial<Header> | null;
  if (header?.format !== FORMAT || header.version !== VERSION) {
    throw new Error(`${file} is not a ${FORMAT} export of version ${VERSION}`);
  }
  return header as Header;
}

function asRow(
  value: unknown,
  file: string,
  lineNumber: number,
): { kind: ExportKind; row: unknown } {
  const line = value as { kind?: unknown; row?: unknown } | null;
  if (!line || !EXPORT_KINDS.includes(line.kind as ExportKind) || typeof line.row !== 'object') {
    throw new Error(`${file}:${lineNumber} is not a {"kind", "row"} line of a ${FORMAT} export`);
  }
  return { kind: line.kind as ExportKind, row: line.row };
}
