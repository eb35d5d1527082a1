import { type Caller, hasScope, Scope } from '../common/request/caller';
import {
  ANONYMOUS_SCOPE,
  ANONYMOUS_VIEWER,
  EVERYONE_SCOPE,
  type Viewer,
  type VisibilityScope,
} from '../people/visibility';

/**
 * Whose eyes a request looks through: the visibility rule (people/visibility.ts) applied to the
 * caller. Every place a person can appear — lookups, lists and their counts, acquaintances,
 * experiences, search, recommendations, introduction paths — reads through it.
 */
export interface Viewpoint {
  /** For store queries and per-record checks (isVisibleIn). */
  readonly scope: VisibilityScope;
  /** For matching (canSee); null when the caller may see everyone. */
  readonly viewer: Viewer | null;
}

export const EVERYONE_VIEWPOINT: Viewpoint = { scope: EVERYONE_SCOPE, viewer: null };
export const ANONYMOUS_VIEWPOINT: Viewpoint = { scope: ANONYMOUS_SCOPE, viewer: ANONYMOUS_VIEWER };

/** The administrator and admin-scoped credentials see everyone (they maintain the directory). */
export function seesEveryone(caller: Caller): boolean {
  return hasScope(caller, Scope.ADMIN);
}

/** The viewpoint of someone in `municipalityCode`, given that municipality's collaborations. */
export function municipalityViewpoint(
  municipalityCode: string,
  collaborationIds: readonly string[],
  partnerMunicipalityCodes: readonly string[],
): Viewpoint {
  return {
    scope: {
      seesEveryone: false,
      municipalityCode,
      partnerMunicipalityCodes: partnerMunicipalityCodes.filter(
        (code) => code !== municipalityCode,
      ),
    },
    viewer: { municipalityCode, collaborationIds },
  };
}
