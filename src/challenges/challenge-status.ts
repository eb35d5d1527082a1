/** Where a challenge stands; new challenges are OPEN. */
export enum ChallengeStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  SOLVED = 'SOLVED',
}
