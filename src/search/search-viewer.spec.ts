import {
  ANONYMOUS_VIEWPOINT,
  EVERYONE_VIEWPOINT,
  municipalityViewpoint,
} from '../viewpoint/viewpoint';
import { ANONYMOUS_SEARCHER, SEES_EVERYONE, searchViewerOf } from './search-viewer';

describe('searchViewerOf', () => {
  it('lets a viewpoint that sees everyone search everyone', () => {
    expect(searchViewerOf(EVERYONE_VIEWPOINT)).toBe(SEES_EVERYONE);
  });

  it('searches as an anonymous viewer from the anonymous viewpoint', () => {
    expect(searchViewerOf(ANONYMOUS_VIEWPOINT)).toEqual({
      ...ANONYMOUS_SEARCHER,
      partnerMunicipalityCodes: [],
    });
  });

  it("searches with the municipality's collaborations from a municipality's viewpoint", () => {
    const viewpoint = municipalityViewpoint('GM0855', ['VR20'], ['GM0855', 'GM0796']);
    expect(searchViewerOf(viewpoint)).toEqual({
      seesEveryone: false,
      viewer: { municipalityCode: 'GM0855', collaborationIds: ['VR20'] },
      partnerMunicipalityCodes: ['GM0796'],
    });
    expect(viewpoint.scope.partnerMunicipalityCodes).toEqual(['GM0796']);
  });
});
