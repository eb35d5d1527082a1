import { type Caller } from '../auth/caller';
import { ANONYMOUS_VIEWER, type Viewer } from '../people/visibility';

/**
 * Whose eyes a search looks through: someone who may see everyone (the administrator), or a
 * viewer under the visibility rule (canSee). A parameter of the service, so that callers with a
 * municipality (personal sign-in, API clients per municipality) only need a new mapping here.
 */
export type SearchViewer =
  { readonly seesEveryone: true } | { readonly seesEveryone: false; readonly viewer: Viewer };

export const SEES_EVERYONE: SearchViewer = { seesEveryone: true };
export const ANONYMOUS_SEARCHER: SearchViewer = { seesEveryone: false, viewer: ANONYMOUS_VIEWER };

/** The administrator sees everyone; anyone else sees what an anonymous viewer sees (NETWORK). */
export function searchViewerOf(caller: Caller): SearchViewer {
  switch (caller.kind) {
    case 'admin':
      return SEES_EVERYONE;
    case 'client':
    case 'person':
      // Narrowest reading until the collaborations of the caller's municipality are resolved
      // per request: own municipality and NETWORK only.
      return {
        seesEveryone: false,
        viewer: { municipalityCode: caller.municipalityCode, collaborationIds: [] },
      };
    case 'anonymous':
    case 'rejected': // refused by the guard before this; fail closed all the same
      return ANONYMOUS_SEARCHER;
  }
}
