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
