import { randomUUID } from 'node:crypto';
import { type ApiClientRecord } from '../../src/api-clients/api-client.record';
import { generateApiKey } from '../../src/api-clients/api-key';
import { Scope } from '../../src/common/request/caller';
import { ChallengeStatus } from '../../src/challenges/challenge-status';
import { Availability } from '../../src/people/models/availability.enum';
import { Visibility } from '../../src/people/models/visibility.enum';
import { type PersonRecord } from '../../src/people/person.record';
import { type SkillRecord } from '../../src/skills/skill.record';
import { type ChallengeRecord } from '../../src/challenges/challenge.record';
import {
  type ImportChallenge,
  type ImportMunicipality,
  type ImportPerson,
  type ImportSkill,
} from '../../src/seed/graph-import.repository';

/**
 * Shared builders for test data: sensible defaults, unique ids, and spread overrides
 * (`challengeRecord({ theme: 'ict' })`), so each test creates exactly what it reads.
 */

let sequence = 0;
/** A number unique within one test file, for ids and names. */
export const nextNumber = (): number => ++sequence;

/** A CBS-shaped code that no real municipality uses (GM9xxx), unique per call. */
export const fakeMunicipalityCode = (): string => `GM${9000 + (nextNumber() % 1000)}`;

// ---- graph import rows (contract tests, e2e set-up) ----

export const municipalityRow = (
  overrides: Partial<ImportMunicipality> = {},
): ImportMunicipality => ({
  code: fakeMunicipalityCode(),
  name: `Testgemeente ${nextNumber()}`,
  province: 'Utrecht',
  population: 50_000,
  ...overrides,
});

export const skillRow = (overrides: Partial<ImportSkill> = {}): ImportSkill => {
  const n = nextNumber();
  return {
    id: `test-skill-${n}`,
    name: `Testvaardigheid ${n}`,
    // Not empty: Kuzu binds a batch whose lists are all empty as null, which importSkills rejects.
    aliases: [`vaardigheid-${n}`],
    category: null,
    escoUri: null,
    ...overrides,
  };
};

export const personRow = (
  overrides: Partial<ImportPerson> & Pick<ImportPerson, 'municipalityCode'>,
): ImportPerson => {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    name: `Test Persoon ${nextNumber()}`,
    email: null,
    title: null,
    bio: null,
    availability: 'AVAILABLE',
    visibility: 'NETWORK',
    department: null,
    since: null,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
};

export const challengeRow = (
  overrides: Partial<ImportChallenge> & Pick<ImportChallenge, 'municipalityCode'>,
): ImportChallenge => {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    title: `Testopgave ${nextNumber()}`,
    description: 'Een opgave om te testen.',
    theme: null,
    status: 'OPEN',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
};

// ---- store records (contract tests) ----

export const challengeRecord = (
  overrides: Partial<ChallengeRecord> & Pick<ChallengeRecord, 'municipalityCode'>,
): ChallengeRecord => {
  const now = new Date();
  return {
    id: randomUUID(),
    title: `Testopgave ${nextNumber()}`,
    description: 'Een opgave om te testen.',
    theme: null,
    status: ChallengeStatus.OPEN,
    createdAt: now,
    updatedAt: now,
    requiredSkillIds: [],
    ...overrides,
  };
};

export const personRecord = (
  overrides: Partial<PersonRecord> & Pick<PersonRecord, 'municipalityCode'>,
): PersonRecord => {
  const now = new Date();
  return {
    id: randomUUID(),
    name: `Test Persoon ${nextNumber()}`,
    email: null,
    title: null,
    bio: null,
    availability: Availability.AVAILABLE,
    visibility: Visibility.NETWORK,
    department: null,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
};

export const skillRecord = (overrides: Partial<SkillRecord> = {}): SkillRecord => {
  const n = nextNumber();
  return {
    id: `test-skill-${n}`,
    name: `Testvaardigheid ${n}`,
    // Not empty: Kuzu binds a batch whose lists are all empty as null, which importSkills rejects.
    aliases: [`vaardigheid-${n}`],
    category: null,
    escoUri: null,
    ...overrides,
  };
};

// ---- GraphQL inputs (e2e) ----

export const createPersonInput = (
  overrides: Record<string, unknown> = {},
): Record<string, unknown> => ({
  name: `Anne de Vries ${nextNumber()}`,
  title: 'Beleidsadviseur Wmo',
  bio: 'Werkt aan de inkoop van maatwerkvoorzieningen.',
  municipalityCode: 'GM0363',
  ...overrides,
});

export const skillInput = (overrides: Record<string, unknown> = {}): Record<string, unknown> => {
  const n = nextNumber();
  return {
    id: `e2e-skill-${n}`,
    name: `E2e-vaardigheid ${n}`,
    aliases: [],
    ...overrides,
  };
};

export const createChallengeInput = (
  overrides: Record<string, unknown> = {},
): Record<string, unknown> => ({
  title: `Inkoop jeugdzorg samen organiseren ${nextNumber()}`,
  description: 'Wij willen de aanbestedingen voor jeugdhulp regionaal bundelen.',
  theme: 'sociaal-domein',
  municipalityCode: 'GM0363',
  ...overrides,
});

export const experienceInput = (
  overrides: Record<string, unknown> & { personId: string; challengeId: string },
): Record<string, unknown> => ({
  role: 'LEAD',
  outcome: 'SOLVED',
  year: 2023,
  lessonsLearned: 'Begin klein en betrek de aanbieders vroeg.',
  ...overrides,
});

export const collaborationInput = (
  overrides: Record<string, unknown> = {},
): Record<string, unknown> => ({
  name: `Testsamenwerking ${nextNumber()}`,
  kind: 'SHARED_SERVICE',
  ...overrides,
});

// ---- relational records ----

/** An API client as the relational store keeps it; the hash is a placeholder unless given. */
export const apiClientRecord = (overrides: Partial<ApiClientRecord> = {}): ApiClientRecord => ({
  id: randomUUID(),
  name: 'Intranet Tilburg',
  municipalityCode: 'GM0855',
  scopes: [Scope.READ, Scope.WRITE],
  keyId: generateApiKey().keyId,
  secretHash: `$argon2id$v=19$m=19456,t=2,p=1$${randomUUID()}`,
  createdAt: new Date(),
  createdBy: 'admin',
  lastUsedAt: null,
  revokedAt: null,
  expiresAt: null,
  ...overrides,
});
