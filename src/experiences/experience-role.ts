/** The part a person played on a challenge, strongest first. */
export enum ExperienceRole {
  LEAD = 'LEAD',
  MEMBER = 'MEMBER',
  ADVISOR = 'ADVISOR',
}

/** How the work on a challenge turned out, best first. */
export enum Outcome {
  SOLVED = 'SOLVED',
  PARTIAL = 'PARTIAL',
  ONGOING = 'ONGOING',
  FAILED = 'FAILED',
}
