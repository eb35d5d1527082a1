import { pickParameters, spread } from './bench-parameters';

describe('bench parameters', () => {
  it('spreads a pick over the whole list, the same each time', () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8], 4)).toEqual([1, 3, 5, 7]);
    expect(spread([1, 2], 4)).toEqual([1, 2]);
  });

  it('pairs each held skill with the holder’s municipality, once, in a stable order', () => {
    const sut = pickParameters(
      [
        { id: 'p1', municipalityCode: 'GM0363' },
        { id: 'p2', municipalityCode: 'GM0599' },
      ],
      [
        { personId: 'p2', skillId: 'wmo' },
        { personId: 'p1', skillId: 'wmo' },
        { personId: 'p1', skillId: 'avg' },
        { personId: 'p1', skillId: 'wmo' },
        { personId: 'unknown', skillId: 'bio' },
      ],
      [{ id: 'c1' }],
    );
    expect(sut).toEqual({
      personIds: ['p1', 'p2'],
      challengeIds: ['c1'],
      skillInMunicipality: [
        { skillId: 'avg', municipalityCode: 'GM0363' },
        { skillId: 'wmo', municipalityCode: 'GM0363' },
        { skillId: 'wmo', municipalityCode: 'GM0599' },
      ],
    });
  });
});
