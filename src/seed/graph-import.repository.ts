/**
 * Port: bulk, idempotent loading of whole data sets into the graph (reference data at every
 * start, the demo population, and moving data between stores). Every method MERGEs on business
 * keys, so loading the same rows twice changes nothing.
 */
export interface ImportMunicipality {
  code: string;
  name: string;
  province: string;
  population: number;
}
export interface ImportCollaboration {
  id: string;
  name: string;
  kind: string;
}
export interface ImportMembership {
  collaborationId: string;
  municipalityCode: string;
}
export interface ImportSkill {
  id: string;
  name: string;
  aliases: string[];
  category: string | null;
  escoUri: string | null;
}
export interface ImportPerson {
  id: string;
  name: string;
  email: string | null;
  title: string | null;
  bio: string | null;
  availability: string;
  visibility: string;
  municipalityCode: string;
  department: string | null;
  since: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface ImportPersonSkill {
  personId: string;
  skillId: string;
  level: number;
}
export interface ImportChallenge {
  id: string;
  title: string;
  description: string;
  theme: string | null;
  status: string;
  municipalityCode: string;
  createdAt: string;
  updatedAt: string;
}
export interface ImportChallengeSkill {
  challengeId: string;
  skillId: string;
  weight: number | null;
}
export interface ImportExperience {
  personId: string;
  challengeId: string;
  role: string;
  outcome: string;
  year: number | null;
  lessonsLearned: string | null;
}
export interface ImportAcquaintance {
  personId: string;
  otherPersonId: string;
}

export interface GraphCounts {
  municipalities: number;
  collaborations: number;
  people: number;
  skills: number;
  challenges: number;
}

/** What {@link GraphImportRepository.importNew} takes: the kinds a store may bulk-create. */
export interface NewRows {
  people: ImportPerson;
  personSkills: ImportPersonSkill;
  challenges: ImportChallenge;
  challengeSkills: ImportChallengeSkill;
  experiences: ImportExperience;
  acquaintances: ImportAcquaintance;
  memberships: ImportMembership;
}
export type NewRowKind = keyof NewRows;

export abstract class GraphImportRepository {
  abstract counts(): Promise<GraphCounts>;
  abstract importMunicipalities(rows: ImportMunicipality[]): Promise<void>;
  abstract importCollaborations(rows: ImportCollaboration[]): Promise<void>;
  abstract importMemberships(rows: ImportMembership[]): Promise<void>;
  abstract importSkills(rows: ImportSkill[]): Promise<void>;
  abstract importPeople(rows: ImportPerson[]): Promise<void>;
  abstract importPersonSkills(rows: ImportPersonSkill[]): Promise<void>;
  abstract importChallenges(rows: ImportChallenge[]): Promise<void>;
  abstract importChallengeSkills(rows: ImportChallengeSkill[]): Promise<void>;
  abstract importExperiences(rows: ImportExperience[]): Promise<void>;
  abstract importAcquaintances(rows: ImportAcquaintance[]): Promise<void>;
  /**
   * Creates rows the caller has checked are not stored (no such node, no such relationship;
   * acquaintances with the smaller id first), in the store's fastest way (Kuzu: COPY FROM).
   * Rows that are stored already may fail the call; the import methods above take those.
   */
  abstract importNew<K extends NewRowKind>(kind: K, rows: NewRows[K][]): Promise<void>;
  /** Removes people, skills, challenges and their relationships; reference data stays. */
  abstract removeNonReferenceData(): Promise<void>;
}
