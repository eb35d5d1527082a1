import { ANONYMOUS_VIEWER } from '../people/visibility';
import { ANONYMOUS_SEARCHER, SEES_EVERYONE, searchViewerOf } from './search-viewer';

describe('searchViewerOf', () => {
  it('lets the administrator see everyone', () => {
    expect(searchViewerOf({ kind: 'admin', actorId: 'admin', origin: 'test' })).toBe(SEES_EVERYONE);
  });

  it('gives anyone else the anonymous viewer (NETWORK people only)', () => {
    expect(searchViewerOf({ kind: 'anonymous', actorId: 'anonymous', origin: 'test' })).toEqual({
      seesEveryone: false,
      viewer: ANONYMOUS_VIEWER,
    });
    expect(
      searchViewerOf({ kind: 'rejected', actorId: 'rejected', origin: 'test', reason: 'bad key' }),
    ).toBe(ANONYMOUS_SEARCHER);
  });
});
