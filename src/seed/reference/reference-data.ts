import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectRoot } from '../../common/project-root';
import { CBS_CODE_PATTERN } from '../../municipalities/cbs-code';
import {
  type CollaborationKindValue,
  UnknownCollaborationKindError,
  collaborationDisplayName,
  mapCollaborationKind,
} from './collaboration-kinds';
import { type CsvRecord, CsvSyntaxError, parseCsv } from './csv';

export type { CollaborationKindValue } from './collaboration-kinds';

export interface ReferenceMunicipality {
  code: string;
  name: string;
  province: string;
  population: number;
}

export interface ReferenceCollaboration {
  id: string;
  /** Display name with the kind in it ("Veiligheidsregio Groningen"). */
  name: string;
  kind: CollaborationKindValue;
}

export interface ReferenceMembership {
  collaborationId: string;
  municipalityCode: string;
}

export interface ReferenceData {
  municipalities: ReferenceMunicipality[];
  collaborations: ReferenceCollaboration[];
  memberships: ReferenceMembership[];
}

export const REFERENCE_FILES = {
  municipalities: 'municipalities.csv',
  collaborations: 'collaborations.csv',
  memberships: 'collaboration_members.csv',
} as const;

/** Bad reference data; the message names the file and the line so it can be fixed upstream. */
export class ReferenceDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'ReferenceDataError';
  }
}

export function defaultSeedDir(): string {
  return path.join(projectRoot(), 'graph', 'seed');
}

/**
 * Reads and validates the public reference data (municipalities, collaborations and their
 * members) from graph/seed. Throws ReferenceDataError on the first bad row.
 */
export function loadReferenceData(seedDir: string = defaultSeedDir()): ReferenceData {
  const municipalities = readMunicipalities(seedDir);
  const collaborations = readCollaborations(seedDir);
  const memberships = readMemberships(
    seedDir,
    new Set(municipalities.map((m) => m.code)),
    new Set(collaborations.map((c) => c.id)),
  );
  return { municipalities, collaborations, memberships };
}

function readMunicipalities(seedDir: string): ReferenceMunicipality[] {
  const file = REFERENCE_FILES.municipalities;
  const seen = new Set<string>();
  return readTable(seedDir, file, ['code', 'name', 'province', 'population'], (row, fail) => {
    const code = row.code;
    if (!CBS_CODE_PATTERN.test(code))
      fail(`municipality code "${code}" is not GM followed by four digits`);
    if (seen.has(code)) fail(`municipality code ${code} appears twice`);
    seen.add(code);
    if (!/^\d+$/.test(row.population) || Number(row.population) <= 0) {
      fail(`population "${row.population}" of ${code} is not a positive whole number`);
    }
    return {
      code,
      name: required(row.name, 'name', fail),
      province: required(row.province, 'province', fail),
      population: Number(row.population),
    };
  });
}

function readCollaborations(seedDir: string): ReferenceCollaboration[] {
  const file = REFERENCE_FILES.collaborations;
  const seen = new Set<string>();
  return readTable(seedDir, file, ['collaboration_id', 'name', 'kind'], (row, fail) => {
    const id = required(row.collaboration_id, 'collaboration_id', fail);
    if (seen.has(id)) fail(`collaboration id ${id} appears twice`);
    seen.add(id);
    const regionName = required(row.name, 'name', fail);
    try {
      return {
        id,
        name: collaborationDisplayName(regionName, row.kind),
        kind: mapCollaborationKind(row.kind),
      };
    } catch (error) {
      if (error instanceof UnknownCollaborationKindError) fail(error.message);
      throw error;
    }
  });
}

function readMemberships(
  seedDir: string,
  municipalityCodes: ReadonlySet<string>,
  collaborationIds: ReadonlySet<string>,
): ReferenceMembership[] {
  const file = REFERENCE_FILES.memberships;
  const seen = new Set<string>();
  return readTable(seedDir, file, ['collaboration_id', 'municipality_code'], (row, fail) => {
    const collaborationId = row.collaboration_id;
    const municipalityCode = row.municipality_code;
    if (!collaborationIds.has(collaborationId)) {
      fail(`collaboration "${collaborationId}" is not in ${REFERENCE_FILES.collaborations}`);
    }
    if (!municipalityCodes.has(municipalityCode)) {
      fail(`municipality "${municipalityCode}" is not in ${REFERENCE_FILES.municipalities}`);
    }
    const key = `${collaborationId}|${municipalityCode}`;
    if (seen.has(key)) fail(`membership ${collaborationId} – ${municipalityCode} appears twice`);
    seen.add(key);
    return { collaborationId, municipalityCode };
  });
}

type Fail = (reason: string) => never;

function required(value: string, column: string, fail: Fail): string {
  const trimmed = value.trim();
  if (trimmed === '') fail(`column "${column}" is empty`);
  return trimmed;
}

/**
 * Reads one CSV file with a header row, checks the columns it needs are there and that every
 * row has as many fields as the header, and maps each row. Extra columns are ignored so the
 * upstream files may grow without breaking the loader.
 */
function readTable<C extends string, T>(
  seedDir: string,
  file: string,
  columns: readonly C[],
  mapRow: (row: Record<C, string>, fail: Fail) => T,
): T[] {
  const fullPath = path.join(seedDir, file);
  let text: string;
  try {
    text = fs.readFileSync(fullPath, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReferenceDataError(fullPath, null, `cannot read the file (${reason})`);
  }

  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new ReferenceDataError(fullPath, error.line, error.reason);
    }
    throw error;
  }

  const [header, ...rows] = records;
  if (!header) throw new ReferenceDataError(fullPath, null, 'the file is empty');
  const indexes = columns.map((column) => {
    const index = header.fields.indexOf(column);
    if (index < 0) {
      throw new ReferenceDataError(
        fullPath,
        header.line,
        `missing column "${column}" (header is ${header.fields.join(',')})`,
      );
    }
    return index;
  });

  return rows.map(({ line, fields }) => {
    const fail: Fail = (reason) => {
      throw new ReferenceDataError(fullPath, line, reason);
    };
    if (fields.length !== header.fields.length) {
      fail(`expected ${header.fields.length} fields, found ${fields.length}`);
    }
    const row = {} as Record<C, string>;
    columns.forEach((column, i) => {
      row[column] = fields[indexes[i]];
    });
    return mapRow(row, fail);
  });
}
