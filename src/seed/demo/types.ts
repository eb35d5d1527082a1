/** The fictitious demo population: plain records, no store types, so any store can load them. */

export type Availability = 'AVAILABLE' | 'LIMITED' | 'UNAVAILABLE';
export type Visibility = 'MUNICIPALITY' | 'COLLABORATIONS' | 'NETWORK';
export type ChallengeStatus = 'OPEN' | 'IN_PROGRESS' | 'SOLVED';
export type ExperienceRole = 'LEAD' | 'MEMBER' | 'ADVISOR';
export type Outcome = 'SOLVED' | 'PARTIAL' | 'ONGOING' | 'FAILED';

export interface DemoTheme {
  id: string;
  name: string;
}

export interface DemoSkill {
  /** Slug, ^[a-z0-9]+(-[a-z0-9]+)*$ */
  id: string;
  /** Dutch */
  name: string;
  aliases: string[];
  /** Theme id */
  category: string;
  escoUri: string | null;
}

export interface DemoPerson {
  id: string;
  name: string;
  /** Always on a reserved example domain (@demo.example.nl). */
  email: string;
  title: string;
  bio: string;
  availability: Availability;
  visibility: Visibility;
  municipalityCode: string;
  department: string;
  /** YYYY-MM-DD */
  since: string | null;
  /** ISO 8601 */
  createdAt: string;
}

export interface DemoPersonSkill {
  personId: string;
  skillId: string;
  /** 1..5 */
  level: number;
}

export interface DemoChallenge {
  id: string;
  title: string;
  description: string;
  theme: string;
  status: ChallengeStatus;
  municipalityCode: string;
  createdAt: string;
  /** The challenge family it was written from: challenges of one family are "the same problem". */
  familyId: string;
}

export interface DemoChallengeSkill {
  challengeId: string;
  skillId: string;
  /** 0.5..1 */
  weight: number;
}

export interface DemoExperience {
  personId: string;
  challengeId: string;
  role: ExperienceRole;
  outcome: Outcome;
  year: number | null;
  lessonsLearned: string | null;
}

/** An unordered pair: each pair once, never a person with themself. */
export interface DemoAcquaintance {
  personId: string;
  otherPersonId: string;
}

export interface DemoPopulation {
  themes: DemoTheme[];
  skills: DemoSkill[];
  people: DemoPerson[];
  personSkills: DemoPersonSkill[];
  challenges: DemoChallenge[];
  challengeSkills: DemoChallengeSkill[];
  experiences: DemoExperience[];
  acquaintances: DemoAcquaintance[];
}
