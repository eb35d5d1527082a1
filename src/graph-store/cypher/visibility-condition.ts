import { type VisibilityScope } from '../../people/visibility';

/**
 * canSee (people/visibility.ts) as a Cypher condition on a person `p` working at municipality
 * `m`, the same text for Kuzu and Neo4j: NETWORK people reach everyone, a municipality's own
 * people reach it, COLLABORATIONS people reach the partner municipalities too. Bind its
 * parameters with {@link visibilityParams}.
 */
export const VISIBLE_PERSON = `
  ($seesEveryone
   OR p.visibility = 'NETWORK'
   OR ($viewerMunicipality IS NOT NULL AND m.code = $viewerMunicipality)
   OR (p.visibility = 'COLLABORATIONS' AND m.code IN $partnerMunicipalities))`;

/** Not a CBS code, so it matches no municipality: keeps the partner list non-empty. */
const NO_MUNICIPALITY = '';

/** The parameters of VISIBLE_PERSON. */
export type VisibilityParams = {
  seesEveryone: boolean;
  viewerMunicipality: string | null;
  partnerMunicipalities: string[];
};

/** The partner list is never empty: Kuzu 0.11.3 crashes on an empty or null list in IN. */
export function visibilityParams(scope: VisibilityScope): VisibilityParams {
  return {
    seesEveryone: scope.seesEveryone,
    viewerMunicipality: scope.municipalityCode,
    partnerMunicipalities: [NO_MUNICIPALITY, ...scope.partnerMunicipalityCodes],
  };
}
