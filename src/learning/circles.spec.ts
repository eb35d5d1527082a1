import {
  type CircleMember,
  describeCircles,
  formCircles,
  MAX_CIRCLE_SIZE,
  MIN_CIRCLE_SIZE,
} from './circles';
import { shuffled } from '../../test/support/shuffled';

const member = (overrides: Partial<CircleMember> = {}): CircleMember => ({
  personId: 'p01',
  municipalityCode: 'GM0855',
  level: 2,
  ...overrides,
});

/** n members spread round-robin over `municipalities` municipalities, levels 0..5 in steps. */
const cohort = (n: number, municipalities: number): CircleMember[] =>
  Array.from({ length: n }, (_, i) =>
    member({
      personId: `p${String(i + 1).padStart(2, '0')}`,
      municipalityCode: `GM${String(i % municipalities).padStart(4, '0')}`,
      level: ((i * 7) % 11) / 2,
    }),
  );

const NAMES = new Map([
  ['GM0855', 'Tilburg'],
  ['GM0758', 'Breda'],
  ['GM0796', "'s-Hertogenbosch"],
  ['GM0772', 'Eindhoven'],
  ['GM0828', 'Oss'],
]);

describe('formCircles', () => {
  it.each([
    [0, []],
    [3, [3]],
    [4, [4]],
    [8, [8]],
    [9, [5, 4]],
    [17, [6, 6, 5]],
    [24, [8, 8, 8]],
    [25, [7, 6, 6, 6]],
  ])('splits %i members into circles of %j', (n, sizes) => {
    const sut = formCircles(cohort(n, 5));

    expect(sut.map((circle) => circle.memberIds.length)).toEqual(sizes);
    expect(sut.map((circle) => circle.number)).toEqual(sizes.map((_, i) => i + 1));
    expect(new Set(sut.flatMap((circle) => circle.memberIds)).size).toBe(n);
  });

  it('keeps every circle within 4..8 members, differing by at most one, from 4 members up', () => {
    for (let n = MIN_CIRCLE_SIZE; n <= 60; n++) {
      const sizes = formCircles(cohort(n, 6)).map((circle) => circle.memberIds.length);

      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_CIRCLE_SIZE);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_CIRCLE_SIZE);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    [24, 8],
    [20, 10],
    [17, 9],
    [40, 12],
  ])(
    'puts no two members of one municipality together for %i members from %i municipalities',
    (n, municipalities) => {
      const members = cohort(n, municipalities);
      const municipalityOf = new Map(members.map((m) => [m.personId, m.municipalityCode]));

      const sut = formCircles(members);

      for (const circle of sut) {
        expect(circle.municipalityCount).toBe(circle.memberIds.length);
        const codes = circle.memberIds.map((id) => municipalityOf.get(id));
        expect(new Set(codes).size).toBe(codes.length);
      }
    },
  );

  it('balances the average levels of the circles', () => {
    const levels = [5, 5, 4.5, 4, 4, 3.5, 3, 3, 3, 2.5, 2, 2, 2, 1.5, 1, 1, 0.5, 0, 0, 0];
    const members = levels.map((level, i) =>
      member({ personId: `p${String(i).padStart(2, '0')}`, municipalityCode: `GM${i % 7}`, level }),
    );

    const averages = formCircles(members).map((circle) => circle.averageLevel);

    expect(averages).toHaveLength(3);
    expect(Math.max(...averages) - Math.min(...averages)).toBeLessThanOrEqual(1);
  });

  it('balances by the levels already in a circle, not by taking turns', () => {
    const levels = [5, 4.5, 4, 1, 1, 1, 1, 0.5, 0.5, 0.5];
    const members = levels.map((level, i) =>
      member({ personId: `p${i}`, municipalityCode: `GM${i}`, level }),
    );

    // Taking turns would give 2.3 against 1.5.
    expect(formCircles(members).map((circle) => circle.averageLevel)).toEqual([1.8, 2]);
  });

  it('spreads the strongest members over the circles', () => {
    const members = [
      member({ personId: 'a', level: 5, municipalityCode: 'GM1' }),
      member({ personId: 'b', level: 5, municipalityCode: 'GM2' }),
      ...cohort(14, 7).map((m) => ({ ...m, level: 1 })),
    ];

    const sut = formCircles(members);

    expect(sut[0]?.memberIds).toContain('a');
    expect(sut[1]?.memberIds).toContain('b');
  });

  it('gives the same circles whatever the order of the members', () => {
    const members = cohort(37, 9);
    const expected = formCircles(members);

    for (const seed of [1, 2, 3, 42, 2024]) {
      expect(formCircles(shuffled(members, seed))).toEqual(expected);
    }
    expect(formCircles([...members].reverse())).toEqual(expected);
  });

  it('explains a circle of different municipalities in Dutch, with a decimal comma', () => {
    const members = ['GM0855', 'GM0758', 'GM0796', 'GM0772', 'GM0828'].map((code, i) =>
      member({ personId: `p${i}`, municipalityCode: code, level: [3, 2, 2, 2, 2.5][i] ?? 0 }),
    );

    const [sut] = formCircles(members, NAMES);

    expect(sut).toEqual({
      number: 1,
      memberIds: ['p0', 'p1', 'p2', 'p3', 'p4'],
      municipalityCount: 5,
      averageLevel: 2.3,
      explanation:
        '5 deelnemers uit 5 gemeenten, gemiddeld niveau 2,3; zo veel mogelijk gemeenten door elkaar en de sterkste deelnemers over de kringen gespreid.',
    });
  });

  it('names the municipalities that had to share a circle, and why', () => {
    const codes = ['GM0855', 'GM0855', 'GM0758', 'GM0758', 'GM0758', 'GM0796'];
    const members = codes.map((code, i) => member({ personId: `p${i}`, municipalityCode: code }));

    const [sut] = formCircles(members, NAMES);

    expect(sut?.explanation).toBe(
      '6 deelnemers uit 3 gemeenten, gemiddeld niveau 2,0; zo veel mogelijk gemeenten door elkaar en de sterkste deelnemers over de kringen gespreid; drie uit Breda en twee uit Tilburg, omdat er te weinig deelnemers uit andere gemeenten waren.',
    );
  });

  it('uses the municipality code when no name is known', () => {
    const members = [
      member({ personId: 'a', municipalityCode: 'GM9999' }),
      member({ personId: 'b', municipalityCode: 'GM9999' }),
      member({ personId: 'c', municipalityCode: 'GM0855' }),
      member({ personId: 'd', municipalityCode: 'GM0758' }),
    ];

    expect(formCircles(members, NAMES)[0]?.explanation).toContain('twee uit GM9999,');
  });

  it('returns one small circle below the minimum, with a warning', () => {
    const members = [
      member({ personId: 'b' }),
      member({ personId: 'a', municipalityCode: 'GM0758' }),
    ];

    const sut = formCircles(members, NAMES);

    expect(sut).toHaveLength(1);
    expect(sut[0]?.memberIds).toEqual(['a', 'b']);
    expect(sut[0]?.explanation).toBe(
      '2 deelnemers uit 2 gemeenten, gemiddeld niveau 2,0; zo veel mogelijk gemeenten door elkaar en de sterkste deelnemers over de kringen gespreid; let op: minder dan de minimaal 4 deelnemers van een kring.',
    );
  });
});

describe('describeCircles', () => {
  it('summarises the circles as assigned, ordered by number', () => {
    const sut = describeCircles(
      [
        { ...member({ personId: 'p5', municipalityCode: 'GM0828', level: 4 }), circle: 2 },
        { ...member({ personId: 'p1', municipalityCode: 'GM0855', level: 1 }), circle: 1 },
        { ...member({ personId: 'p3', municipalityCode: 'GM0855', level: 2 }), circle: 1 },
        { ...member({ personId: 'p2', municipalityCode: 'GM0758', level: 2 }), circle: 1 },
        { ...member({ personId: 'p4', municipalityCode: 'GM0796', level: 3 }), circle: 1 },
      ],
      NAMES,
    );

    expect(sut).toEqual([
      {
        number: 1,
        memberIds: ['p1', 'p2', 'p3', 'p4'],
        municipalityCount: 3,
        averageLevel: 2,
        explanation: '4 deelnemers uit 3 gemeenten, gemiddeld niveau 2,0; twee uit Tilburg.',
      },
      {
        number: 2,
        memberIds: ['p5'],
        municipalityCount: 1,
        averageLevel: 4,
        explanation:
          '1 deelnemer uit 1 gemeente, gemiddeld niveau 4,0; let op: minder dan de minimaal 4 deelnemers van een kring.',
      },
    ]);
  });

  it('warns in Dutch when a circle grew beyond the maximum', () => {
    const assignments = cohort(9, 9).map((m) => ({ ...m, circle: 3 }));

    const [sut] = describeCircles(assignments);

    expect(sut?.number).toBe(3);
    expect(sut?.explanation).toMatch(
      /^9 deelnemers uit 9 gemeenten, gemiddeld niveau \d,\d; let op: meer dan de maximaal 8 deelnemers van een kring\.$/,
    );
  });

  it('describes circles the way formCircles counts them', () => {
    const members = cohort(17, 5);
    const formed = formCircles(members);
    const circleOf = new Map(formed.flatMap((c) => c.memberIds.map((id) => [id, c.number])));

    const sut = describeCircles(
      members.map((m) => ({ ...m, circle: circleOf.get(m.personId) ?? 0 })),
    );

    expect(sut.map(({ explanation: _, ...rest }) => rest)).toEqual(
      formed.map(({ explanation: _, ...rest }) => rest),
    );
  });

  it('returns nothing for no assignments', () => {
    expect(describeCircles([])).toEqual([]);
  });
});
