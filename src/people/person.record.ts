import { type Availability } from './models/availability.enum';
import { type Visibility } from './models/visibility.enum';
import { type SkillRecord } from '../skills/skill.record';

/** A person as the graph stores them, with their one current WORKS_AT. */
export interface PersonRecord {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly title: string | null;
  readonly bio: string | null;
  readonly availability: Availability;
  readonly visibility: Visibility;
  /** CBS code of the municipality the person works at (WORKS_AT). */
  readonly municipalityCode: string;
  /** Stored on WORKS_AT. */
  readonly department: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface PersonFilter {
  readonly municipalityCode?: string;
  readonly skillId?: string;
  /** Only together with skillId: the lowest level of that skill, 1..5. */
  readonly minLevel?: number;
  readonly availability?: Availability;
  /** Full-text words over name, title and bio (Dutch stemming); every word must match. */
  readonly text?: string;
}

/** One skill a person has, at a level 1..5. */
export interface SkillLevel {
  readonly skillId: string;
  readonly level: number;
}

export interface PersonSkillRecord extends SkillLevel {
  readonly personId: string;
}

/** A skill level with the skill's catalogue record, read in the same statement. */
export interface HeldSkill extends SkillLevel {
  readonly skill: SkillRecord;
}

export interface HeldSkillRecord extends HeldSkill {
  readonly personId: string;
}

/** A person with their skills (highest level first, then name), read in one statement. */
export interface PersonWithSkills {
  readonly person: PersonRecord;
  readonly skills: readonly HeldSkill[];
}

export interface AcquaintanceRecord {
  /** The person whose acquaintance this is. */
  readonly personId: string;
  readonly acquaintance: PersonRecord;
}
