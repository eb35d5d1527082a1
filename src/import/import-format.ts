/**
 * The bulk import format (docs/import.md): one file per kind of record, named after the kind,
 * as CSV or JSON Lines, applied in the order of IMPORT_KINDS (nodes before the relationships
 * that need them).
 */
export const IMPORT_KINDS = [
  'skills',
  'collaborations',
  'collaboration-members',
  'people',
  'challenges',
  'experiences',
  'acquaintances',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

interface KindFields {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

/** The field (CSV column, JSON key) names per kind; any other name is refused. */
export const IMPORT_FIELDS: Readonly<Record<ImportKind, KindFields>> = {
  skills: { required: ['id', 'name'], optional: ['aliases', 'category', 'escoUri'] },
  collaborations: { required: ['id', 'name', 'kind'], optional: [] },
  'collaboration-members': { required: ['collaborationId', 'municipalityCode'], optional: [] },
  people: {
    required: ['id', 'name', 'municipalityCode'],
    optional: [
      'email',
      'title',
      'department',
      'since',
      'bio',
      'availability',
      'visibility',
      'skills',
    ],
  },
  challenges: {
    required: ['id', 'title', 'description', 'municipalityCode'],
    optional: ['theme', 'status', 'createdAt', 'requiredSkills'],
  },
  experiences: {
    required: ['personId', 'challengeId', 'role', 'outcome'],
    optional: ['year', 'lessonsLearned'],
  },
  acquaintances: { required: ['personId', 'otherPersonId'], optional: [] },
};

export const allFields = (kind: ImportKind): readonly string[] => [
  ...IMPORT_FIELDS[kind].required,
  ...IMPORT_FIELDS[kind].optional,
];

/** The kind and format a file name stands for, or null when it names none. */
export function kindOfFile(fileName: string): { kind: ImportKind; format: ImportFormat } | null {
  const match = /^(.+)\.(csv|jsonl)$/.exec(fileName);
  if (!match) return null;
  const kind = IMPORT_KINDS.find((each) => each === match[1]);
  return kind ? { kind, format: match[2] as ImportFormat } : null;
}

/** Every file name the format accepts, for messages. */
export const ACCEPTED_FILE_NAMES = IMPORT_KINDS.map((kind) => `${kind}.csv|jsonl`).join(', ');
