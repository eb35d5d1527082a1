import {
  type Availability,
  type ChallengeStatus,
  type Outcome,
  type Visibility,
} from '../../../src/seed/demo/types';

/**
 * The recipe of the synthetic world: what a family's challenges are, who works on them and how
 * visible and available people are. Kept apart from the builder so the proportions can be read
 * (and changed) in one place.
 */

/** What kind of work a family challenge was, and so what its team is worth to a query. */
export interface Slot {
  readonly outcome: Outcome;
  readonly members: readonly [number, number];
  readonly lead?: { visibility?: Visibility; availability?: Availability };
}

// Per family: three solved challenges (the leads are the grade-2 answers), one partly solved,
// one failed, one still running; then one solver each who is hidden (visibility MUNICIPALITY
// elsewhere) or away (UNAVAILABLE). Solvers in the asking municipalities are added per query.
export const FAMILY_SLOTS: readonly Slot[] = [
  { outcome: 'SOLVED', members: [0, 2] },
  { outcome: 'SOLVED', members: [0, 2] },
  { outcome: 'SOLVED', members: [0, 1] },
  { outcome: 'PARTIAL', members: [0, 1] },
  { outcome: 'FAILED', members: [0, 1] },
  { outcome: 'ONGOING', members: [0, 1] },
  { outcome: 'SOLVED', members: [0, 0], lead: { visibility: 'MUNICIPALITY' } },
  { outcome: 'SOLVED', members: [0, 0], lead: { availability: 'UNAVAILABLE' } },
];

/** The solver in an asking municipality (see plantFamily). */
export const OWN_MUNICIPALITY_SLOT: Slot = { outcome: 'SOLVED', members: [0, 1] };

export const STATUS_OF: Readonly<Record<Outcome, ChallengeStatus>> = {
  SOLVED: 'SOLVED',
  PARTIAL: 'SOLVED',
  FAILED: 'OPEN',
  ONGOING: 'IN_PROGRESS',
};

export const YEARS: Readonly<Record<Outcome, readonly [number, number]>> = {
  SOLVED: [2016, 2024],
  PARTIAL: [2016, 2024],
  FAILED: [2016, 2023],
  ONGOING: [2023, 2024],
};

// Solvers are mostly visible to everyone; a quarter only to partner municipalities, which
// makes them forbidden for askers outside their collaborations.
export const SOLVER_VISIBILITY: Readonly<Record<Visibility, number>> = {
  NETWORK: 0.75,
  COLLABORATIONS: 0.25,
  MUNICIPALITY: 0,
};
export const SOLVER_AVAILABILITY: Readonly<Record<Availability, number>> = {
  AVAILABLE: 0.8,
  LIMITED: 0.2,
  UNAVAILABLE: 0,
};
export const BACKGROUND_VISIBILITY: Readonly<Record<Visibility, number>> = {
  NETWORK: 0.7,
  COLLABORATIONS: 0.2,
  MUNICIPALITY: 0.1,
};
export const BACKGROUND_AVAILABILITY: Readonly<Record<Availability, number>> = {
  AVAILABLE: 0.7,
  LIMITED: 0.2,
  UNAVAILABLE: 0.1,
};

export const CREATED_AT = '2024-06-01T09:00:00.000Z';
