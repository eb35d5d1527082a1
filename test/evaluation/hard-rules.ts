import { type EvalQuery, type ForbiddenReason } from './eval-types';

export type ViolationKind = ForbiddenReason | 'unavailable-before-available';

export interface Violation {
  readonly queryId: string;
  readonly personId: string;
  readonly kind: ViolationKind;
  /** 1-based position in the returned list. */
  readonly rank: number;
}

/**
 * The hard rules of the design brief, checked on one returned list: nobody forbidden for this
 * query (the asker, the asking municipality, people whose visibility does not reach the
 * asker), and no UNAVAILABLE person ahead of an available one. The judgements come from the
 * data set, not from the service, so a bug in the service's own rule cannot hide here.
 */
export function checkHardRules(query: EvalQuery, ranked: readonly string[]): Violation[] {
  const violations: Violation[] = [];
  ranked.forEach((personId, index) => {
    const reason = query.forbidden.get(personId);
    if (reason) violations.push({ queryId: query.id, personId, kind: reason, rank: index + 1 });
  });
  const lastAvailable = ranked.reduce(
    (last, id, index) => (query.unavailable.has(id) ? last : index),
    -1,
  );
  ranked.forEach((personId, index) => {
    if (query.unavailable.has(personId) && index < lastAvailable) {
      violations.push({
        queryId: query.id,
        personId,
        kind: 'unavailable-before-available',
        rank: index + 1,
      });
    }
  });
  return violations;
}

/** Violations per kind, every kind present (0 when none), for the report. */
export function countByKind(violations: readonly Violation[]): Record<ViolationKind, number> {
  const counts: Record<ViolationKind, number> = {
    asker: 0,
    'own-municipality': 0,
    'not-visible': 0,
    'unavailable-before-available': 0,
  };
  for (const violation of violations) counts[violation.kind] += 1;
  return counts;
}
