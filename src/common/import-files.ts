/**
 * The files of the bulk import format (docs/import.md), shared by the import (src/import) and the
 * generator that writes it (src/seed/generate): one file per kind of record, named after the kind,
 * as CSV or JSON Lines, applied in the order of IMPORT_KINDS (nodes before the relationships that
 * need them).
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
