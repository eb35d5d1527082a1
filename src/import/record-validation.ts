import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import {
  CreateChallengeInput,
  MAX_REQUIRED_SKILLS,
} from '../challenges/dto/create-challenge.input';
import {
  COLLABORATION_ID_MESSAGE,
  COLLABORATION_ID_PATTERN,
} from '../collaborations/collaboration-id';
import { CollaborationInput } from '../collaborations/dto/collaboration.input';
import { ExperienceInput } from '../experiences/dto/experience.input';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../municipalities/cbs-code';
import { CreatePersonInput } from '../people/dto/create-person.input';
import { PERSON_ID_PATTERN } from '../people/dto/person-id';
import { MAX_SKILLS_PER_PERSON } from '../people/dto/person-skill.input';
import { SkillInput } from '../skills/dto/skill.input';
import { SKILL_ID_MAX_LENGTH, SKILL_ID_PATTERN, SKILL_ID_RULE } from '../skills/skill-id';
import { type ImportFormat, type ImportKind } from './import-format';
import { type ImportRecords } from './import-records';
import { type SourceRecord } from './record-readers';

/** A field's problem; field null for the record as a whole. */
export interface FieldProblem {
  readonly field: string | null;
  readonly message: string;
}

/**
 * A record and its problems. A record with problems is still returned, with the fields that
 * could be read, so that the checks across records can report its other problems too.
 */
export interface Validated<K extends ImportKind> {
  readonly record: ImportRecords[K];
  readonly problems: readonly FieldProblem[];
}

const ID_RULE =
  'must be 1 to 100 letters, digits, ".", "_", ":" or "-", starting with a letter or digit';

/**
 * Checks one record with the rules the API applies to the same data (its input classes, run by
 * class-validator), plus the format's own (ids, dates, the packed lists of CSV), and returns the
 * record in store shape with every problem it has. Cross-record rules (uniqueness, references)
 * are the planner's.
 */
export function validateRecord<K extends ImportKind>(
  kind: K,
  format: ImportFormat,
  source: SourceRecord,
): Validated<K> {
  const problems: FieldProblem[] = [];
  const record = VALIDATORS[kind](new Fields(source.values, format, problems));
  return { record: record, problems };
}

/** Reads a record's values, noting problems; CSV values are text, JSON ones typed. */
class Fields {
  constructor(
    readonly values: Readonly<Record<string, unknown>>,
    readonly format: ImportFormat,
    readonly problems: FieldProblem[],
  ) {}

  problem(field: string | null, message: string): void {
    this.problems.push({ field, message });
  }

  /** A text field, as given (the API's input classes trim where the API does). */
  text(field: string): string | null {
    const value = this.values[field];
    if (value === undefined) return null;
    if (typeof value !== 'string') {
      this.problem(field, 'must be text');
      return null;
    }
    return value;
  }

  /** A whole number (CSV: digits); anything else is passed on for the input class to refuse. */
  integer(field: string): unknown {
    const value = this.values[field];
    if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
    return value;
  }

  /** An external id, required. */
  id(field: string, pattern = PERSON_ID_PATTERN, rule = ID_RULE): string {
    const value = this.values[field];
    if (value === undefined) {
      this.problem(field, 'is required');
      return '';
    }
    if (typeof value !== 'string' || !pattern.test(value)) {
      this.problem(field, `${JSON.stringify(value)} ${rule}`);
      return '';
    }
    return value;
  }

  /** A list: CSV `a|b|c`, JSON an array. */
  list(field: string): unknown[] | null {
    const value = this.values[field];
    if (value === undefined) return null;
    if (this.format === 'csv' && typeof value === 'string') return value.split('|');
    if (!Array.isArray(value)) {
      this.problem(field, 'must be a JSON array');
      return null;
    }
    return value as unknown[];
  }

  /** Runs an API input class over `plain`, noting its messages under their fields. */
  check<T extends object>(type: new () => T, plain: object): T {
    const input = plainToInstance(type, plain);
    for (const error of validateSync(input, { forbidUnknownValues: true })) {
      for (const [field, message] of messagesOf(error)) this.problem(field, message);
    }
    return input;
  }
}

function messagesOf(error: ValidationError, parent = ''): Array<[string, string]> {
  const field = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((message): [string, string] => [
    field,
    stripField(message, error.property),
  ]);
  return [...own, ...(error.children ?? []).flatMap((child) => messagesOf(child, field))];
}

/** "name must be 2 to 120 characters" → "must be 2 to 120 characters" (the report names the field). */
function stripField(message: string, property: string): string {
  if (message.startsWith(`${property}: `)) return message.slice(property.length + 2);
  if (message.startsWith(`${property} `)) return message.slice(property.length + 1);
  return message;
}

/** The API's collaboration id rule, completing "<value> ...". */
const COLLABORATION_ID_RULE = COLLABORATION_ID_MESSAGE.replace(/^id /, '');
const SKILL_ID_PROBLEM = `${SKILL_ID_RULE} (at most ${SKILL_ID_MAX_LENGTH} characters)`;
const isSkillId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= SKILL_ID_MAX_LENGTH && SKILL_ID_PATTERN.test(value);

const VALIDATORS: { [K in ImportKind]: (fields: Fields) => ImportRecords[K] } = {
  skills: (f) => {
    const id = f.id('id', SKILL_ID_PATTERN, SKILL_ID_PROBLEM);
    if (id.length > SKILL_ID_MAX_LENGTH) f.problem('id', SKILL_ID_PROBLEM);
    const aliases = f.list('aliases');
    const input = f.check(SkillInput, {
      name: f.values.name,
      aliases: aliases ?? undefined,
      category: f.values.category,
      escoUri: f.values.escoUri,
    });
    return {
      id,
      name: input.name,
      aliases: input.aliases ?? [],
      category: input.category ?? null,
      escoUri: input.escoUri ?? null,
    };
  },

  collaborations: (f) => {
    const input = f.check(CollaborationInput, {
      id: f.values.id,
      name: f.values.name,
      kind: f.values.kind,
    });
    if (f.values.id === undefined) f.problem('id', 'is required');
    return { id: input.id ?? '', name: input.name, kind: input.kind };
  },

  'collaboration-members': (f) => ({
    collaborationId: f.id('collaborationId', COLLABORATION_ID_PATTERN, COLLABORATION_ID_RULE),
    municipalityCode: municipalityCode(f),
  }),

  people: (f) => {
    const id = f.id('id');
    const input = f.check(CreatePersonInput, {
      name: f.values.name,
      email: f.values.email,
      title: f.values.title,
      bio: f.values.bio,
      municipalityCode: f.values.municipalityCode,
      department: f.values.department,
      availability: f.values.availability,
      visibility: f.values.visibility,
    });
    const since = f.text('since');
    if (since !== null && !isDate(since))
      f.problem('since', `"${since}" must be a date YYYY-MM-DD`);
    return {
      id,
      name: input.name,
      email: input.email ?? null,
      title: input.title ?? null,
      bio: input.bio ?? null,
      availability: input.availability ?? null,
      visibility: input.visibility ?? null,
      municipalityCode: input.municipalityCode,
      department: input.department ?? null,
      since,
      skills: personSkills(f),
    };
  },

  challenges: (f) => {
    const id = f.id('id');
    const requiredSkills = requiredSkillsOf(f);
    const input = f.check(CreateChallengeInput, {
      title: f.values.title,
      description: f.values.description,
      theme: f.values.theme,
      municipalityCode: f.values.municipalityCode,
      status: f.values.status,
    });
    const createdAt = f.text('createdAt');
    const created = createdAt === null ? null : new Date(createdAt);
    if (createdAt !== null && (!isIsoTimestamp(createdAt) || Number.isNaN(created?.getTime()))) {
      f.problem('createdAt', `"${createdAt}" must be an ISO 8601 time, e.g. 2025-03-01T09:00:00Z`);
    }
    return {
      id,
      title: input.title,
      description: input.description,
      theme: input.theme ?? null,
      status: input.status ?? null,
      municipalityCode: input.municipalityCode,
      createdAt: created && !Number.isNaN(created.getTime()) ? created.toISOString() : null,
      requiredSkills,
    };
  },

  experiences: (f) => {
    const personId = f.id('personId');
    const challengeId = f.id('challengeId');
    const input = f.check(ExperienceInput, {
      personId: personId || 'x',
      challengeId: challengeId || 'x',
      role: f.values.role,
      outcome: f.values.outcome,
      year: f.values.year === undefined ? undefined : f.integer('year'),
      lessonsLearned: f.values.lessonsLearned,
    });
    return {
      personId,
      challengeId,
      role: input.role,
      outcome: input.outcome,
      year: input.year ?? null,
      lessonsLearned: input.lessonsLearned ?? null,
    };
  },

  acquaintances: (f) => {
    const personId = f.id('personId');
    const otherPersonId = f.id('otherPersonId');
    if (personId !== '' && personId === otherPersonId) {
      f.problem('otherPersonId', 'is the same person as personId: a person does not know themself');
    }
    return { personId, otherPersonId };
  },
};

function municipalityCode(f: Fields): string {
  const code = f.values.municipalityCode;
  if (code === undefined) f.problem('municipalityCode', 'is required');
  else if (typeof code !== 'string' || !CBS_CODE_PATTERN.test(code)) {
    f.problem('municipalityCode', `${JSON.stringify(code)}: ${CBS_CODE_MESSAGE}`);
  } else return code;
  return '';
}

/** CSV `skillId:level|...`; JSON `[{"skillId": ..., "level": n}]`. Levels 1 to 5, each skill once. */
function personSkills(f: Fields): Array<{ skillId: string; level: number }> {
  const entries = f.list('skills') ?? [];
  if (entries.length > MAX_SKILLS_PER_PERSON) {
    f.problem('skills', `may hold at most ${MAX_SKILLS_PER_PERSON} skills`);
  }
  const skills: Array<{ skillId: string; level: number }> = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    let skillId: unknown;
    let level: unknown;
    if (typeof entry === 'string' && f.format === 'csv') {
      const at = entry.lastIndexOf(':');
      skillId = at < 0 ? entry : entry.slice(0, at);
      level =
        at < 0
          ? undefined
          : /^\d+$/.test(entry.slice(at + 1))
            ? Number(entry.slice(at + 1))
            : entry.slice(at + 1);
    } else if (typeof entry === 'object' && entry !== null) {
      ({ skillId, level } = entry as { skillId?: unknown; level?: unknown });
    } else {
      f.problem('skills', 'each skill must be {"skillId": ..., "level": 1-5}');
      continue;
    }
    if (!isSkillId(skillId)) {
      f.problem('skills', `skillId ${JSON.stringify(skillId)} ${SKILL_ID_RULE}`);
      continue;
    }
    if (!Number.isInteger(level) || (level as number) < 1 || (level as number) > 5) {
      f.problem(
        'skills',
        `level of ${skillId} must be a whole number from 1 to 5 (CSV: ${skillId}:3)`,
      );
      continue;
    }
    if (seen.has(skillId)) f.problem('skills', `names ${skillId} twice`);
    seen.add(skillId);
    skills.push({ skillId, level: level as number });
  }
  return skills;
}

/** CSV `skillId:weight|skillId`; JSON `[{"skillId": ..., "weight": 0.8}]`. Weights 0 to 1. */
function requiredSkillsOf(f: Fields): Array<{ skillId: string; weight: number | null }> {
  const entries = f.list('requiredSkills') ?? [];
  if (entries.length > MAX_REQUIRED_SKILLS) {
    f.problem('requiredSkills', `may hold at most ${MAX_REQUIRED_SKILLS} skills`);
  }
  const skills: Array<{ skillId: string; weight: number | null }> = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    let skillId: unknown;
    let weight: unknown;
    if (typeof entry === 'string' && f.format === 'csv') {
      const at = entry.lastIndexOf(':');
      skillId = at < 0 ? entry : entry.slice(0, at);
      const text = at < 0 ? '' : entry.slice(at + 1);
      weight = text === '' ? null : /^\d*\.?\d+$/.test(text) ? Number(text) : text;
    } else if (typeof entry === 'object' && entry !== null) {
      const given = entry as { skillId?: unknown; weight?: unknown };
      skillId = given.skillId;
      weight = given.weight ?? null;
    } else {
      f.problem('requiredSkills', 'each skill must be {"skillId": ..., "weight": 0-1}');
      continue;
    }
    if (!isSkillId(skillId)) {
      f.problem('requiredSkills', `skillId ${JSON.stringify(skillId)} ${SKILL_ID_RULE}`);
      continue;
    }
    if (weight !== null && (typeof weight !== 'number' || !(weight >= 0 && weight <= 1))) {
      f.problem(
        'requiredSkills',
        `weight of ${skillId} must be a number from 0 to 1 (CSV: ${skillId}:0.8)`,
      );
      continue;
    }
    if (seen.has(skillId)) f.problem('requiredSkills', `names ${skillId} twice`);
    seen.add(skillId);
    skills.push({ skillId, weight });
  }
  return skills;
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const isIsoTimestamp = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text);
