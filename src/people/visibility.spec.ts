import { Visibility } from './models/visibility.enum';
import { Viewpoint } from './visibility';

describe('Viewpoint.canSee', () => {
  // Amsterdam shares a collaboration with Diemen (GM0384), none with Aa en Hunze (GM1680).
  const amsterdam = Viewpoint.ofMunicipality('GM0363', ['GM0384', 'GM0363']);
  const person = (visibility: Visibility, municipalityCode = 'GM0384') => ({
    visibility,
    municipalityCode,
  });

  it('shows NETWORK people to everyone, also anonymous viewers', () => {
    expect(Viewpoint.ANONYMOUS.canSee(person(Visibility.NETWORK))).toBe(true);
    expect(amsterdam.canSee(person(Visibility.NETWORK, 'GM1680'))).toBe(true);
  });

  it('shows COLLABORATIONS people to their municipality and to partner municipalities only', () => {
    expect(amsterdam.canSee(person(Visibility.COLLABORATIONS))).toBe(true);
    expect(amsterdam.canSee(person(Visibility.COLLABORATIONS, 'GM1680'))).toBe(false);
    expect(amsterdam.canSee(person(Visibility.COLLABORATIONS, 'GM0363'))).toBe(true);
    expect(Viewpoint.ANONYMOUS.canSee(person(Visibility.COLLABORATIONS))).toBe(false);
  });

  it('shows MUNICIPALITY people only within their own municipality', () => {
    expect(amsterdam.canSee(person(Visibility.MUNICIPALITY, 'GM0363'))).toBe(true);
    expect(amsterdam.canSee(person(Visibility.MUNICIPALITY, 'GM0384'))).toBe(false);
    expect(Viewpoint.ANONYMOUS.canSee(person(Visibility.MUNICIPALITY))).toBe(false);
  });

  it('shows everyone to someone who may see everyone', () => {
    for (const visibility of Object.values(Visibility)) {
      expect(Viewpoint.EVERYONE.canSee(person(visibility, 'GM1680'))).toBe(true);
    }
  });

  it('keeps its own municipality out of the partners, each partner once', () => {
    expect(amsterdam.scope).toEqual({
      seesEveryone: false,
      municipalityCode: 'GM0363',
      partnerMunicipalityCodes: ['GM0384'],
    });
  });
});
