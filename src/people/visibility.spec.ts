import { Visibility } from './models/visibility.enum';
import { ANONYMOUS_VIEWER, canSee } from './visibility';

describe('canSee', () => {
  const amsterdam = { municipalityCode: 'GM0363', collaborationIds: ['VR13', 'AM14'] };
  const person = (
    visibility: Visibility,
    municipalityCode = 'GM0384',
    collaborationIds = ['VR13'],
  ) => ({
    visibility,
    municipalityCode,
    collaborationIds,
  });

  it('shows NETWORK people to everyone, also anonymous viewers', () => {
    expect(canSee(ANONYMOUS_VIEWER, person(Visibility.NETWORK))).toBe(true);
    expect(canSee(amsterdam, person(Visibility.NETWORK))).toBe(true);
  });

  it('shows COLLABORATIONS people to their municipality and to shared collaborations only', () => {
    expect(canSee(amsterdam, person(Visibility.COLLABORATIONS))).toBe(true);
    expect(canSee(amsterdam, person(Visibility.COLLABORATIONS, 'GM0014', ['VR01']))).toBe(false);
    expect(canSee(amsterdam, person(Visibility.COLLABORATIONS, 'GM0363', []))).toBe(true);
    expect(canSee(ANONYMOUS_VIEWER, person(Visibility.COLLABORATIONS))).toBe(false);
  });

  it('shows MUNICIPALITY people only within their own municipality', () => {
    expect(canSee(amsterdam, person(Visibility.MUNICIPALITY, 'GM0363'))).toBe(true);
    expect(canSee(amsterdam, person(Visibility.MUNICIPALITY, 'GM0384'))).toBe(false);
    expect(canSee(ANONYMOUS_VIEWER, person(Visibility.MUNICIPALITY))).toBe(false);
  });
});
