/**
 * The bulk import format (the contract `npm run import` reads): one file per kind of record, CSV
 * or JSON Lines, named `<kind>.<format>`. This module only knows how to write it.
 */

import { IMPORT_FORMATS, type ImportFormat, type ImportKind } from '../../common/import-files';

export { IMPORT_KINDS, type ImportKind } from '../../common/import-files';

export type ImportFileFormat = ImportFormat;

export const IMPORT_FILE_FORMATS: readonly ImportFileFormat[] = IMPORT_FORMATS;

export interface SkillLevel {
  skillId: string;
  level: number;
}

export interface SkillWeight {
  skillId: string;
  weight: number;
}

export interface SkillRow {
  id: string;
  name: string;
  aliases: readonly string[];
  category: string | null;
  escoUri: string | null;
}

export interface PersonRow {
  id: string;
  name: string;
  municipalityCode: string;
  email: string | null;
  title: string | null;
  department: string | null;
  /** YYYY-MM-DD */
  since: string | null;
  bio: string | null;
  availability: string;
  visibility: string;
  skills: readonly SkillLevel[];
}

export interface ChallengeRow {
  id: string;
  title: string;
  description: string;
  municipalityCode: string;
  theme: string | null;
  status: string;
  /** ISO 8601 */
  createdAt: string | null;
  requiredSkills: readonly SkillWeight[];
}

export interface ExperienceRow {
  personId: string;
  challengeId: string;
  role: string;
  outcome: string;
  year: number | null;
  lessonsLearned: string | null;
}

export interface AcquaintanceRow {
  personId: string;
  otherPersonId: string;
}

/** The generator writes these kinds (collaborations are reference data in every store). */
export interface RowsByKind {
  skills: SkillRow;
  people: PersonRow;
  challenges: ChallengeRow;
  experiences: ExperienceRow;
  acquaintances: AcquaintanceRow;
}

export type WrittenKind = keyof RowsByKind;

type Cell = string | number | null;

interface Columns<R> {
  /** CSV header, in this order. */
  names: readonly string[];
  /** The CSV cells of a row; null is an empty cell (absent). */
  csv(row: R): readonly Cell[];
  /** The JSON object of a row; absent fields left out. */
  json(row: R): Record<string, unknown>;
}

const list = (items: readonly string[]): string | null =>
  items.length === 0 ? null : items.join('|');

/** Drops null fields, as an empty CSV cell means "absent". */
function present(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== null) out[key] = value;
  return out;
}

export const COLUMNS: { readonly [K in WrittenKind]: Columns<RowsByKind[K]> } = {
  skills: {
    names: ['id', 'name', 'aliases', 'category', 'escoUri'],
    csv: (s) => [s.id, s.name, list(s.aliases), s.category, s.escoUri],
    json: (s) =>
      present({
        id: s.id,
        name: s.name,
        aliases: s.aliases.length === 0 ? null : s.aliases,
        category: s.category,
        escoUri: s.escoUri,
      }),
  },
  people: {
    names: [
      'id',
      'name',
      'municipalityCode',
      'email',
      'title',
      'department',
      'since',
      'bio',
      'availability',
      'visibility',
      'skills',
    ],
    csv: (p) => [
      p.id,
      p.name,
      p.municipalityCode,
      p.email,
      p.title,
      p.department,
      p.since,
      p.bio,
      p.availability,
      p.visibility,
      list(p.skills.map((s) => `${s.skillId}:${s.level}`)),
    ],
    json: (p) => present({ ...p, skills: p.skills.map((s) => ({ ...s })) }),
  },
  challenges: {
    names: [
      'id',
      'title',
      'description',
      'municipalityCode',
      'theme',
      'status',
      'createdAt',
      'requiredSkills',
    ],
    csv: (c) => [
      c.id,
      c.title,
      c.description,
      c.municipalityCode,
      c.theme,
      c.status,
      c.createdAt,
      list(c.requiredSkills.map((s) => `${s.skillId}:${s.weight}`)),
    ],
    json: (c) => present({ ...c, requiredSkills: c.requiredSkills.map((s) => ({ ...s })) }),
  },
  experiences: {
    names: ['personId', 'challengeId', 'role', 'outcome', 'year', 'lessonsLearned'],
    csv: (e) => [e.personId, e.challengeId, e.role, e.outcome, e.year, e.lessonsLearned],
    json: (e) => present({ ...e }),
  },
  acquaintances: {
    names: ['personId', 'otherPersonId'],
    csv: (a) => [a.personId, a.otherPersonId],
    json: (a) => ({ personId: a.personId, otherPersonId: a.otherPersonId }),
  },
};

const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: quoted only when it holds a separator, a quote or a line break. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line of a kind's file ('' for JSON Lines), with its line ending. */
export function headerLine(kind: WrittenKind, format: ImportFileFormat): string {
  return format === 'csv' ? `${COLUMNS[kind].names.join(',')}\n` : '';
}

/** One record as a line of its file, with its line ending. */
export function recordLine<K extends WrittenKind>(
  kind: K,
  format: ImportFileFormat,
  row: RowsByKind[K],
): string {
  const columns = COLUMNS[kind] as Columns<RowsByKind[K]>;
  return format === 'csv'
    ? `${columns.csv(row).map(csvField).join(',')}\n`
    : `${JSON.stringify(columns.json(row))}\n`;
}

export const fileName = (kind: ImportKind, format: ImportFileFormat): string => `${kind}.${format}`;
