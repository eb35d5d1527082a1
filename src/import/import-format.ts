import { IMPORT_KINDS, type ImportFormat, type ImportKind } from '../common/import-files';

// The fields per kind; the kinds and formats themselves are in common/import-files.ts.
export {
  IMPORT_FORMATS,
  IMPORT_KINDS,
  type ImportFormat,
  type ImportKind,
} from '../common/import-files';

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
