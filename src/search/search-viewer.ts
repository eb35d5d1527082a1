import { ANONYMOUS_VIEWER, type Viewer } from '../people/visibility';
import { type Viewpoint } from '../viewpoint/viewpoint';

/**
 * Whose eyes a search looks through: someone who may see everyone (the administrator), or a
 * viewer under the visibility rule (canSee).
 */
export type SearchViewer =
  | { readonly seesEveryone: true }
  | {
      readonly seesEveryone: false;
      readonly viewer: Viewer;
      /** The municipalities sharing a collaboration with the viewer's, when already known. */
      readonly partnerMunicipalityCodes?: readonly string[];
    };

export const SEES_EVERYONE: SearchViewer = { seesEveryone: true };
export const ANONYMOUS_SEARCHER: SearchViewer = { seesEveryone: false, viewer: ANONYMOUS_VIEWER };

/** The request's viewpoint (viewpoint/viewpoint.service.ts) as the search sees it. */
export function searchViewerOf(viewpoint: Viewpoint): SearchViewer {
  return viewpoint.viewer === null
    ? SEES_EVERYONE
    : {
        seesEveryone: false,
        viewer: viewpoint.viewer,
        partnerMunicipalityCodes: viewpoint.scope.partnerMunicipalityCodes,
      };
}
