import { type ChallengeWork } from './learning.records';
import {
  type LearnerCandidate,
  type SuggestionContext,
  suggestParticipants,
} from './participant-suggestions';
import { shuffled } from '../../test/support/shuffled';

const lookup =
  (table: Record<string, string>) =>
  (id: string): string =>
    table[id] ?? id;

const context = (overrides: Partial<SuggestionContext> = {}): SuggestionContext => ({
  skills: [
    { skillId: 'inkoop', targetLevel: 4 },
    { skillId: 'data', targetLevel: 3 },
  ],
  addressedChallengeIds: new Set(),
  gapSeverity: new Map(),
  skillName: lookup({ inkoop: 'Jeugdhulp inkopen', data: 'Datagedreven werken' }),
  challengeTitle: lookup({
    c1: 'Inkoop jeugdhulp 2025',
    c2: 'Dashboard Wmo',
    c3: 'Aanbesteding vervoer',
    c9: 'Regionale inkoopstrategie',
  }),
  ...overrides,
});

const work = (overrides: Partial<ChallengeWork> = {}): ChallengeWork => ({
  personId: 'p1',
  challengeId: 'c1',
  status: 'OPEN',
  requiredSkillIds: [],
  ...overrides,
});

const candidate = (overrides: Partial<LearnerCandidate> = {}): LearnerCandidate => ({
  personId: 'p1',
  name: 'Jan',
  levels: new Map(),
  wantsToLearn: new Set(),
  work: [],
  ...overrides,
});

const scores = (suggestions: ReturnType<typeof suggestParticipants>): Record<string, number> =>
  Object.fromEntries(suggestions.map(({ personId, score }) => [personId, score]));

describe('suggestParticipants', () => {
  it('suggests someone whose work needs a programme skill they lack, by how far below target', () => {
    const sut = suggestParticipants(
      [
        candidate({
          levels: new Map([['inkoop', 2]]),
          work: [work({ challengeId: 'c1', requiredSkillIds: ['inkoop', 'wmo'] })],
        }),
      ],
      context(),
    );

    expect(sut).toHaveLength(1);
    expect(sut[0]).toMatchObject({
      personId: 'p1',
      score: 0.5, // (4 − 2) / 4
      skills: [{ skillId: 'inkoop', level: 2, targetLevel: 4, needed: true, wanted: false }],
      challengeIds: ['c1'],
    });
  });

  it('leaves out people with neither a need nor a wish, and work needing only other skills', () => {
    const sut = suggestParticipants(
      [
        candidate({ personId: 'p1' }),
        candidate({
          personId: 'p2',
          work: [work({ personId: 'p2', requiredSkillIds: ['wmo'] })],
        }),
      ],
      context(),
    );

    expect(sut).toEqual([]);
  });

  it('does not suggest someone at or above the target level, but does one level below it', () => {
    const needsInkoop = [work({ requiredSkillIds: ['inkoop'] })];
    const sut = suggestParticipants(
      [
        candidate({ personId: 'at', levels: new Map([['inkoop', 4]]), work: needsInkoop }),
        candidate({
          personId: 'above',
          levels: new Map([['inkoop', 5]]),
          wantsToLearn: new Set(['inkoop']),
          work: needsInkoop,
        }),
        candidate({ personId: 'below', levels: new Map([['inkoop', 3]]), work: needsInkoop }),
      ],
      context(),
    );

    expect(sut.map(({ personId }) => personId)).toEqual(['below']);
    expect(sut[0].score).toBe(0.25);
  });

  it('suggests someone who only wants to learn, below someone whose work needs it (same gap)', () => {
    const sut = suggestParticipants(
      [
        candidate({
          personId: 'a-wants',
          levels: new Map([['inkoop', 2]]),
          wantsToLearn: new Set(['inkoop']),
        }),
        candidate({
          personId: 'm-both',
          levels: new Map([['inkoop', 2]]),
          wantsToLearn: new Set(['inkoop']),
          work: [work({ personId: 'm-both', requiredSkillIds: ['inkoop'] })],
        }),
        candidate({
          personId: 'z-needs',
          levels: new Map([['inkoop', 2]]),
          work: [work({ personId: 'z-needs', requiredSkillIds: ['inkoop'] })],
        }),
      ],
      context(),
    );

    // 0.5 × 1.5 (needed and wanted), 0.5 (needed), 0.5 × 0.6 × 1.5 (only wanted).
    expect(sut.map(({ personId, score }) => [personId, score])).toEqual([
      ['m-both', 0.75],
      ['z-needs', 0.5],
      ['a-wants', 0.45],
    ]);
    expect(sut[2].skills).toEqual([
      { skillId: 'inkoop', level: 2, targetLevel: 4, needed: false, wanted: true },
    ]);
    expect(sut[2].challengeIds).toEqual([]);
  });

  it('counts a challenge the programme addresses as needing every programme skill', () => {
    const onC9 = [work({ challengeId: 'c9', requiredSkillIds: [] })];
    const addressed = suggestParticipants(
      [candidate({ levels: new Map([['inkoop', 2]]), work: onC9 })],
      context({ addressedChallengeIds: new Set(['c9']) }),
    );
    const notAddressed = suggestParticipants(
      [candidate({ levels: new Map([['inkoop', 2]]), work: onC9 })],
      context(),
    );

    expect(addressed).toHaveLength(1);
    // (4 − 2) / 4 + (3 − 0) / 3; most lacking first.
    expect(addressed[0].score).toBe(1.5);
    expect(addressed[0].skills).toEqual([
      { skillId: 'data', level: 0, targetLevel: 3, needed: true, wanted: false },
      { skillId: 'inkoop', level: 2, targetLevel: 4, needed: true, wanted: false },
    ]);
    expect(addressed[0].challengeIds).toEqual(['c9']);
    expect(notAddressed).toEqual([]);
  });

  it('weighs a skill by the severity of its gap, the most severe up to twice', () => {
    const skills = [
      { skillId: 'inkoop', targetLevel: 4 },
      { skillId: 'data', targetLevel: 4 },
    ];
    const candidates = [
      candidate({
        personId: 'p-inkoop',
        levels: new Map([['inkoop', 2]]),
        work: [work({ personId: 'p-inkoop', requiredSkillIds: ['inkoop'] })],
      }),
      candidate({
        personId: 'p-data',
        levels: new Map([['data', 2]]),
        work: [work({ personId: 'p-data', requiredSkillIds: ['data'] })],
      }),
    ];

    const without = suggestParticipants(candidates, context({ skills }));
    const withSeverity = suggestParticipants(
      candidates,
      context({
        skills,
        gapSeverity: new Map([
          ['inkoop', 2],
          ['data', 1],
        ]),
      }),
    );

    expect(scores(without)).toEqual({ 'p-inkoop': 0.5, 'p-data': 0.5 });
    expect(scores(withSeverity)).toEqual({ 'p-inkoop': 1, 'p-data': 0.75 });
    expect(withSeverity.map(({ personId }) => personId)).toEqual(['p-inkoop', 'p-data']);
  });

  it('orders by score, then by person id', () => {
    const needing = (personId: string, level: number): LearnerCandidate =>
      candidate({
        personId,
        levels: new Map([['inkoop', level]]),
        work: [work({ personId, requiredSkillIds: ['inkoop'] })],
      });

    const sut = suggestParticipants(
      [needing('p-b', 2), needing('p-c', 0), needing('p-a', 2), needing('p-d', 3)],
      context(),
    );

    expect(sut.map(({ personId, score }) => [personId, score])).toEqual([
      ['p-c', 1],
      ['p-a', 0.5],
      ['p-b', 0.5],
      ['p-d', 0.25],
    ]);
  });

  it('explains in Dutch: level and target, the challenges that need it, the wish, the gap', () => {
    const sut = suggestParticipants(
      [
        candidate({
          personId: 'p1',
          name: 'Jan',
          levels: new Map([['inkoop', 2]]),
          wantsToLearn: new Set(['inkoop']),
          work: [
            work({ challengeId: 'c3', requiredSkillIds: ['inkoop'] }),
            work({ challengeId: 'c2', requiredSkillIds: ['inkoop'] }),
            work({ challengeId: 'c1', requiredSkillIds: ['inkoop'] }),
          ],
        }),
        candidate({
          personId: 'p2',
          name: 'Fatima',
          wantsToLearn: new Set(['data']),
        }),
      ],
      context({ gapSeverity: new Map([['inkoop', 0.4]]) }),
    );

    const reasons = Object.fromEntries(sut.map(({ personId, reasons }) => [personId, reasons]));
    expect(reasons).toEqual({
      p1: [
        'Jan heeft Jeugdhulp inkopen op niveau 2, het programma mikt op 4; ' +
          'werkt aan "Inkoop jeugdhulp 2025" en "Dashboard Wmo", dat Jeugdhulp inkopen vraagt; ' +
          'wil Jeugdhulp inkopen leren; ' +
          'Jeugdhulp inkopen is een tekort in de deelnemende gemeenten.',
      ],
      p2: [
        'Fatima heeft Datagedreven werken nog niet (doel: niveau 3); wil Datagedreven werken leren.',
      ],
    });
    expect(sut.find(({ personId }) => personId === 'p1')?.challengeIds).toEqual(['c1', 'c2', 'c3']);
  });

  it('names the addressed challenge as the reason a skill is needed', () => {
    const sut = suggestParticipants(
      [
        candidate({
          name: 'Sanne',
          levels: new Map([['data', 1]]),
          work: [work({ challengeId: 'c9', requiredSkillIds: [] })],
        }),
      ],
      context({
        skills: [{ skillId: 'data', targetLevel: 3 }],
        addressedChallengeIds: new Set(['c9']),
      }),
    );

    expect(sut[0].reasons).toEqual([
      'Sanne heeft Datagedreven werken op niveau 1, het programma mikt op 3; ' +
        'werkt aan "Regionale inkoopstrategie", dat Datagedreven werken vraagt.',
    ]);
  });

  it('gives the same answer whatever the order of candidates and their work', () => {
    const candidates = [
      candidate({
        personId: 'p1',
        name: 'Jan',
        levels: new Map([['inkoop', 1]]),
        work: [
          work({ challengeId: 'c2', requiredSkillIds: ['inkoop', 'data'] }),
          work({ challengeId: 'c1', requiredSkillIds: ['inkoop'] }),
          work({ challengeId: 'c9', requiredSkillIds: [] }),
        ],
      }),
      candidate({
        personId: 'p2',
        name: 'Fatima',
        levels: new Map([['data', 1]]),
        wantsToLearn: new Set(['data', 'inkoop']),
      }),
      candidate({
        personId: 'p3',
        name: 'Sanne',
        levels: new Map([
          ['inkoop', 3],
          ['data', 2],
        ]),
        work: [work({ personId: 'p3', challengeId: 'c3', requiredSkillIds: ['data', 'inkoop'] })],
      }),
      candidate({
        personId: 'p4',
        name: 'Ahmed',
        levels: new Map([['inkoop', 3]]),
        work: [work({ personId: 'p4', challengeId: 'c3', requiredSkillIds: ['inkoop'] })],
      }),
    ];
    const ctx = context({
      addressedChallengeIds: new Set(['c9']),
      gapSeverity: new Map([
        ['inkoop', 1.2],
        ['data', 0.3],
      ]),
    });
    const reversedWork = (c: LearnerCandidate): LearnerCandidate => ({
      ...c,
      work: [...c.work].reverse(),
    });

    const first = suggestParticipants(candidates, ctx);

    expect(first.map(({ personId }) => personId)).toEqual(['p1', 'p2', 'p3', 'p4']);
    for (const seed of [1, 7, 42]) {
      expect(suggestParticipants(shuffled(candidates, seed).map(reversedWork), ctx)).toEqual(first);
    }
  });
});
