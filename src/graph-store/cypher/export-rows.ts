import { type ExportKind, type ExportRows } from '../../seed/graph-export.repository';
import { type ExportRow as Row } from './export-queries';

/** An ISO timestamp from whatever the store returned (a Date, or already a string). */
function isoTimestamp(value: unknown): string {
  // A Date of another realm (the native Kuzu driver under Jest) fails instanceof; getTime works.
  if (typeof value === 'string') return value;
  return new Date((value as Date).getTime()).toISOString();
}

/** YYYY-MM-DD from a store date (Kuzu: a Date at midnight UTC; Neo4j: already a string). */
function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : isoTimestamp(value).slice(0, 10);
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/** Turns a store's export row into the import shape, identically for every store. */
export const EXPORT_ROW_MAPPERS: { [K in ExportKind]: (row: Row) => ExportRows[K] } = {
  municipalities: (r) => ({
    code: String(r.code),
    name: String(r.name),
    province: String(r.province),
    population: Number(r.population),
  }),
  collaborations: (r) => ({ id: String(r.id), name: String(r.name), kind: String(r.kind) }),
  memberships: (r) => ({
    collaborationId: String(r.collaborationId),
    municipalityCode: String(r.municipalityCode),
  }),
  skills: (r) => ({
    id: String(r.id),
    name: String(r.name),
    aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
    category: text(r.category),
    escoUri: text(r.escoUri),
  }),
  people: (r) => ({
    id: String(r.id),
    name: String(r.name),
    email: text(r.email),
    title: text(r.title),
    bio: text(r.bio),
    availability: String(r.availability),
    visibility: String(r.visibility),
    municipalityCode: String(r.municipalityCode),
    department: text(r.department),
    since: isoDate(r.since),
    createdAt: isoTimestamp(r.createdAt),
    updatedAt: isoTimestamp(r.updatedAt),
  }),
  personSkills: (r) => ({
    personId: String(r.personId),
    skillId: String(r.skillId),
    level: Number(r.level),
  }),
  challenges: (r) => ({
    id: String(r.id),
    title: String(r.title),
    description: String(r.description),
    theme: text(r.theme),
    status: String(r.status),
    municipalityCode: String(r.municipalityCode),
    createdAt: isoTimestamp(r.createdAt),
    updatedAt: isoTimestamp(r.updatedAt),
  }),
  challengeSkills: (r) => ({
    challengeId: String(r.challengeId),
    skillId: String(r.skillId),
    weight: num(r.weight),
  }),
  experiences: (r) => ({
    personId: String(r.personId),
    challengeId: String(r.challengeId),
    role: String(r.role),
    outcome: String(r.outcome),
    year: num(r.year),
    lessonsLearned: text(r.lessonsLearned),
  }),
  acquaintances: (r) => ({ personId: String(r.personId), otherPersonId: String(r.otherPersonId) }),
};
