import { Visibility } from './models/visibility.enum';

/** Who is looking: their municipality and the collaborations it belongs to (none when anonymous). */
export interface Viewer {
  readonly municipalityCode: string | null;
  readonly collaborationIds: readonly string[];
}

/** What decides whether a person can be seen: their setting, municipality and its collaborations. */
export interface VisibleParty {
  readonly visibility: Visibility;
  readonly municipalityCode: string;
  readonly collaborationIds: readonly string[];
}

export const ANONYMOUS_VIEWER: Viewer = { municipalityCode: null, collaborationIds: [] };

/**
 * The visibility rule of the design brief: NETWORK reaches everyone; COLLABORATIONS reaches the
 * person's own municipality and every municipality that shares a collaboration with it;
 * MUNICIPALITY reaches only the person's own municipality. Used everywhere a person can appear
 * (recommendations, search, paths, counts).
 */
export function canSee(viewer: Viewer, person: VisibleParty): boolean {
  switch (person.visibility) {
    case Visibility.NETWORK:
      return true;
    case Visibility.MUNICIPALITY:
      return viewer.municipalityCode === person.municipalityCode;
    case Visibility.COLLABORATIONS:
      return (
        viewer.municipalityCode === person.municipalityCode ||
        person.collaborationIds.some((id) => viewer.collaborationIds.includes(id))
      );
  }
}

/**
 * The same rule in the terms a store query can apply before it counts or limits: the viewer's
 * municipality and the municipalities that share a collaboration with it (whose COLLABORATIONS
 * people are visible), or no condition at all for someone who may see everyone.
 */
export interface VisibilityScope {
  /** An administrator: no visibility condition. */
  readonly seesEveryone: boolean;
  /** The viewer's municipality, whose people are all visible; null when anonymous. */
  readonly municipalityCode: string | null;
  /** Municipalities sharing a collaboration with the viewer: their COLLABORATIONS people are visible. */
  readonly partnerMunicipalityCodes: readonly string[];
}

export const EVERYONE_SCOPE: VisibilityScope = {
  seesEveryone: true,
  municipalityCode: null,
  partnerMunicipalityCodes: [],
};

/** What an anonymous reader sees: NETWORK people only. */
export const ANONYMOUS_SCOPE: VisibilityScope = {
  seesEveryone: false,
  municipalityCode: null,
  partnerMunicipalityCodes: [],
};

/** canSee, decided from a scope: the person's own municipality stands for its collaborations. */
export function isVisibleIn(
  scope: VisibilityScope,
  person: { readonly visibility: Visibility; readonly municipalityCode: string },
): boolean {
  if (scope.seesEveryone || person.visibility === Visibility.NETWORK) return true;
  if (scope.municipalityCode !== null && person.municipalityCode === scope.municipalityCode) {
    return true;
  }
  return (
    person.visibility === Visibility.COLLABORATIONS &&
    scope.partnerMunicipalityCodes.includes(person.municipalityCode)
  );
}
