import {
  type DemoChallenge,
  type DemoExperience,
  type DemoPerson,
} from '../../../src/seed/demo/types';
import { type ForbiddenReason, type Grade } from '../eval-types';
import { type PlantedQuery } from './synthetic-world';

export interface JudgedQuery {
  readonly relevant: ReadonlyMap<string, Grade>;
  /**
   * Traps: people who solved (or partly solved) this very problem but must not appear for this
   * query (own municipality, hidden) or are UNAVAILABLE — the ones a careless ranker would show.
   */
  readonly traps: ReadonlySet<string>;
  readonly forbidden: ReadonlyMap<string, ForbiddenReason>;
  readonly unavailable: ReadonlySet<string>;
  /**
   * For a look-alike query: the people who solved the sibling family's problem (the rule below
   * would grade them ≥ 1 for the sibling's own queries). They solved a problem told in much the
   * same words, not this one: none of them is relevant here. Empty for other queries.
   */
  readonly lookAlikeSolvers: ReadonlySet<string>;
}

export interface JudgeWorld {
  readonly people: readonly DemoPerson[];
  readonly challenges: readonly DemoChallenge[];
  readonly experiences: readonly DemoExperience[];
  readonly collaborationsOf: ReadonlyMap<string, readonly string[]>;
}

/**
 * The planted ground truth of one synthetic query, from the rules of the design brief:
 *
 * - forbidden: the asker; everyone in the asking municipality (includeOwnMunicipality is
 *   false); everyone whose visibility does not reach the asking municipality.
 * - grade 2: led a challenge of the query's family to SOLVED; grade 1: led it to PARTIAL or
 *   was a MEMBER of a SOLVED or PARTIAL one; FAILED and ONGOING work earns nothing.
 * - UNAVAILABLE people get no grade: the service must put them after every available person,
 *   so the best attainable list could not rank them high and the ideal ranking must not either.
 * - a look-alike query's sibling family is another problem: its solvers get no grade.
 *
 * The visibility rule is written out again here on purpose rather than imported from the
 * service: an oracle that shares the code under test cannot catch its mistakes.
 */
export function judgeQuery(world: JudgeWorld, query: PlantedQuery): JudgedQuery {
  const familyOf = new Map(world.challenges.map((c) => [c.id, c.familyId]));
  const askerCollaborations = new Set(world.collaborationsOf.get(query.municipalityCode) ?? []);
  const byId = new Map(world.people.map((p) => [p.id, p]));

  const forbidden = new Map<string, ForbiddenReason>();
  const unavailable = new Set<string>();
  for (const person of world.people) {
    if (person.availability === 'UNAVAILABLE') unavailable.add(person.id);
    if (person.id === query.askerId) forbidden.set(person.id, 'asker');
    else if (person.municipalityCode === query.municipalityCode)
      forbidden.set(person.id, 'own-municipality');
    else if (!reaches(person, askerCollaborations, world.collaborationsOf))
      forbidden.set(person.id, 'not-visible');
  }

  const relevant = new Map<string, Grade>();
  const traps = new Set<string>();
  const lookAlikeSolvers = new Set<string>();
  for (const experience of world.experiences) {
    const familyId = familyOf.get(experience.challengeId);
    const person = byId.get(experience.personId);
    const grade = gradeOf(experience);
    if (!person || grade === 0) continue;
    if (familyId === query.familyId) {
      if (forbidden.has(person.id) || unavailable.has(person.id)) traps.add(person.id);
      else if (grade > (relevant.get(person.id) ?? 0)) relevant.set(person.id, grade);
    } else if (query.lookAlikeOf !== null && familyId === query.lookAlikeOf) {
      lookAlikeSolvers.add(person.id);
    }
  }
  // Whoever also solved the query's own problem is relevant, not a look-alike.
  for (const id of [...relevant.keys(), ...traps]) lookAlikeSolvers.delete(id);
  return { relevant, traps, forbidden, unavailable, lookAlikeSolvers };
}

export function gradeOf(experience: Pick<DemoExperience, 'role' | 'outcome'>): Grade {
  const { role, outcome } = experience;
  if (outcome !== 'SOLVED' && outcome !== 'PARTIAL') return 0;
  if (role === 'LEAD') return outcome === 'SOLVED' ? 2 : 1;
  return role === 'MEMBER' ? 1 : 0;
}

/** Whether a person in another municipality may be shown to someone in the asking one. */
function reaches(
  person: DemoPerson,
  askerCollaborations: ReadonlySet<string>,
  collaborationsOf: ReadonlyMap<string, readonly string[]>,
): boolean {
  switch (person.visibility) {
    case 'NETWORK':
      return true;
    case 'MUNICIPALITY':
      return false;
    case 'COLLABORATIONS':
      return (collaborationsOf.get(person.municipalityCode) ?? []).some((id) =>
        askerCollaborations.has(id),
      );
  }
}
