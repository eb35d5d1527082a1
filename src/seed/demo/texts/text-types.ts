import type { ThemeId } from '../themes';

/** A kind of job: the title people carry, where they sit and what they are good at. */
export interface PersonProfile {
  title: string;
  department: string;
  /** Skill ids the job is built on, most central first. */
  skills: readonly string[];
  /** Completes "… en richt zich vooral op …" in a bio. */
  focus: string;
}

/** One way of telling a problem: a description and the titles that fit it. */
export interface Wording {
  /** `{gemeente}` is replaced by the municipality name. */
  titles: readonly string[];
  /** One to three sentences; `{gemeente}` as in titles. */
  description: string;
}

/**
 * One recurring municipal problem, told in several different wordings (another angle, other
 * words). Challenges written from the same family are "the same problem" for the matching
 * evaluation, although their texts share few words on purpose.
 */
export interface ChallengeFamily {
  id: string;
  /** Also used, now and then, as a plain title for any of the wordings. */
  name: string;
  /** Skill ids the problem needs, most essential first. */
  skills: readonly string[];
  wordings: readonly Wording[];
}

export interface ThemeTexts {
  theme: ThemeId;
  profiles: readonly PersonProfile[];
  families: readonly ChallengeFamily[];
}
