import {
  pairFit,
  type PairingInput,
  type PairingMentor,
  type PairingNames,
  type PairingParticipant,
  pairMentors,
  type ProgrammeSkillTarget,
} from './mentor-pairing';
import { shuffled } from '../../test/support/shuffled';

const TILBURG = 'GM0855';
const BREDA = 'GM0758';

const participant = (overrides: Partial<PairingParticipant> = {}): PairingParticipant => ({
  personId: 'p1',
  municipalityCode: TILBURG,
  levels: new Map(),
  wantsToLearn: new Set(),
  challengeIds: new Set(),
  mentorId: null,
  ...overrides,
});

const mentor = (overrides: Partial<PairingMentor> = {}): PairingMentor => ({
  personId: 'm1',
  municipalityCode: BREDA,
  levels: new Map([['inkoop', 5]]),
  challengeIds: new Set(),
  otherLoad: 0,
  ...overrides,
});

const SKILLS: readonly ProgrammeSkillTarget[] = [
  { skillId: 'inkoop', targetLevel: 4 },
  { skillId: 'data', targetLevel: 3 },
];

const lookup =
  (table: Record<string, string>) =>
  (id: string): string =>
    table[id] ?? id;

const NAMES: PairingNames = {
  person: lookup({ p1: 'Jan', p2: 'Fatima', p3: 'Sanne' }),
  skill: lookup({ inkoop: 'Jeugdhulp inkopen', data: 'Datagedreven werken' }),
  challenge: lookup({ c1: 'Inkoop jeugdhulp 2025', c2: 'Dashboard Wmo' }),
  municipality: lookup({ [TILBURG]: 'Tilburg', [BREDA]: 'Breda' }),
};

const input = (overrides: Partial<PairingInput> = {}): PairingInput => ({
  participants: [],
  mentors: [],
  skills: SKILLS,
  capacity: 3,
  replace: false,
  names: NAMES,
  ...overrides,
});

const pairsOf = (result: ReturnType<typeof pairMentors>): Record<string, string> =>
  Object.fromEntries(result.pairs.map((p) => [p.participantId, p.mentorId]));

describe('pairFit', () => {
  it('weighs the gap taught, the wish to learn, a shared challenge and another municipality', () => {
    const sut = pairFit(
      participant({
        levels: new Map([['inkoop', 2]]),
        wantsToLearn: new Set(['inkoop']),
        challengeIds: new Set(['c1', 'c2']),
      }),
      mentor({ challengeIds: new Set(['c1', 'c3']) }),
      SKILLS,
      NAMES,
    );

    // (5 - 2) × 1.5 + 1 shared challenge + 0.5 other municipality
    expect(sut).toEqual({
      fit: 6,
      reasons: [
        'heeft Jeugdhulp inkopen op niveau 5, waar Jan op niveau 2 staat (doel 4)',
        'Jan wil Jeugdhulp inkopen leren',
        'werkte aan "Inkoop jeugdhulp 2025", waar Jan nu aan werkt',
        'uit een andere gemeente (Breda)',
      ],
    });
  });

  it('counts every skill taught, the largest gain first, and gives no bonus within one municipality', () => {
    const sut = pairFit(
      participant({ levels: new Map([['inkoop', 3]]) }),
      mentor({
        municipalityCode: TILBURG,
        levels: new Map([
          ['inkoop', 5],
          ['data', 3.5],
        ]),
      }),
      SKILLS,
      NAMES,
    );

    expect(sut).toEqual({
      fit: 5.5,
      reasons: [
        'heeft Datagedreven werken op niveau 3,5, waar Jan op niveau 0 staat (doel 3)',
        'heeft Jeugdhulp inkopen op niveau 5, waar Jan op niveau 3 staat (doel 4)',
      ],
    });
  });

  it('ignores skills the participant holds at target and skills the mentor holds below target', () => {
    const sut = pairFit(
      participant({ levels: new Map([['data', 3]]), challengeIds: new Set(['c1']) }),
      mentor({
        levels: new Map([
          ['inkoop', 3.5],
          ['data', 5],
        ]),
        challengeIds: new Set(['c1']),
      }),
      SKILLS,
      NAMES,
    );

    expect(sut.fit).toBe(0);
    expect(sut.reasons[0]).toBe('kan geen vaardigheid van het programma leren die Jan nog mist');
  });

  it('rounds the fit to two decimals', () => {
    const sut = pairFit(
      participant(),
      mentor({ levels: new Map([['data', 10 / 3]]) }),
      SKILLS,
      NAMES,
    );

    expect(sut.fit).toBe(3.83);
    expect(sut.reasons[0]).toBe(
      'heeft Datagedreven werken op niveau 3,3, waar Jan op niveau 0 staat (doel 3)',
    );
  });

  it('gives no fit for a mentor who is the participant', () => {
    const sut = pairFit(participant(), mentor({ personId: 'p1' }), SKILLS, NAMES);

    expect(sut).toEqual({ fit: 0, reasons: ['Jan kan niet de eigen mentor zijn'] });
  });
});

describe('pairMentors', () => {
  it('gives a mentor no more mentees than the capacity, counting those in other programmes', () => {
    const sut = pairMentors(
      input({
        participants: [
          participant({ personId: 'p3' }),
          participant(),
          participant({ personId: 'p2' }),
        ],
        mentors: [mentor({ otherLoad: 1 })],
        capacity: 2,
      }),
    );

    expect(pairsOf(sut)).toEqual({ p1: 'm1' });
    expect(sut.unpaired).toEqual([
      {
        participantId: 'p2',
        reason:
          'alle mentoren die Fatima iets kunnen leren, begeleiden al het maximum van 2 deelnemers',
      },
      {
        participantId: 'p3',
        reason:
          'alle mentoren die Sanne iets kunnen leren, begeleiden al het maximum van 2 deelnemers',
      },
    ]);
  });

  it('fills the mentors in order of fit, not in order of participants', () => {
    const sut = pairMentors(
      input({
        participants: [
          participant({ levels: new Map([['inkoop', 3]]) }),
          participant({ personId: 'p2', levels: new Map([['inkoop', 1]]) }),
        ],
        mentors: [mentor(), mentor({ personId: 'm2', levels: new Map([['inkoop', 4]]) })],
        capacity: 1,
      }),
    );

    expect(pairsOf(sut)).toEqual({ p1: 'm2', p2: 'm1' });
    expect(sut.pairs.map((p) => p.fit)).toEqual([1.5, 4.5]);
  });

  it('never pairs a participant with themselves', () => {
    const strong = new Map([['inkoop', 5]]);
    const sut = pairMentors(
      input({
        participants: [participant({ personId: 'm1' }), participant({ personId: 'p2' })],
        mentors: [
          mentor({ personId: 'm1', levels: strong }),
          mentor({ personId: 'm2', levels: new Map([['inkoop', 4]]) }),
        ],
      }),
    );

    expect(pairsOf(sut)).toEqual({ m1: 'm2', p2: 'm1' });
  });

  it('does not keep a pair of a participant with themselves', () => {
    const sut = pairMentors(
      input({
        participants: [participant({ personId: 'm2', mentorId: 'm2' })],
        mentors: [mentor(), mentor({ personId: 'm2' })],
      }),
    );

    expect(sut.pairs).toMatchObject([{ participantId: 'm2', mentorId: 'm1', kept: false }]);
  });

  it('leaves someone unpaired who is the only mentor able to teach them', () => {
    const sut = pairMentors(
      input({ participants: [participant({ personId: 'm1' })], mentors: [mentor()] }),
    );

    expect(sut.pairs).toEqual([]);
    expect(sut.unpaired).toEqual([
      {
        participantId: 'm1',
        reason: 'geen mentor kan m1 een vaardigheid van het programma leren die m1 nog mist',
      },
    ]);
  });

  it('keeps an existing pair over a better one, with its reasons, and counts it first', () => {
    const sut = pairMentors(
      input({
        participants: [
          participant({ personId: 'p2', mentorId: 'm2' }),
          participant({ personId: 'p1', levels: new Map([['inkoop', 3]]) }),
        ],
        mentors: [mentor(), mentor({ personId: 'm2', levels: new Map([['inkoop', 4]]) })],
        capacity: 1,
      }),
    );

    expect(sut.pairs).toEqual([
      {
        participantId: 'p1',
        mentorId: 'm1',
        fit: 2.5,
        reasons: [
          'heeft Jeugdhulp inkopen op niveau 5, waar Jan op niveau 3 staat (doel 4)',
          'uit een andere gemeente (Breda)',
        ],
        kept: false,
      },
      {
        participantId: 'p2',
        mentorId: 'm2',
        fit: 4.5,
        reasons: [
          'heeft Jeugdhulp inkopen op niveau 4, waar Fatima op niveau 0 staat (doel 4)',
          'uit een andere gemeente (Breda)',
        ],
        kept: true,
      },
    ]);
  });

  it('lets a kept pair take the room another participant would have had', () => {
    const sut = pairMentors(
      input({
        participants: [participant({ mentorId: 'm1' }), participant({ personId: 'p2' })],
        mentors: [mentor(), mentor({ personId: 'm2', levels: new Map([['inkoop', 4]]) })],
        capacity: 1,
      }),
    );

    expect(pairsOf(sut)).toEqual({ p1: 'm1', p2: 'm2' });
  });

  it('pairs anew a participant whose mentor is no longer a mentor', () => {
    const sut = pairMentors(
      input({ participants: [participant({ mentorId: 'gone' })], mentors: [mentor()] }),
    );

    expect(sut.pairs).toMatchObject([{ participantId: 'p1', mentorId: 'm1', kept: false }]);
  });

  it('replaces existing pairs when asked', () => {
    const sut = pairMentors(
      input({
        participants: [participant({ mentorId: 'm2' })],
        mentors: [mentor(), mentor({ personId: 'm2', levels: new Map([['inkoop', 4]]) })],
        replace: true,
      }),
    );

    expect(sut.pairs).toMatchObject([{ participantId: 'p1', mentorId: 'm1', kept: false }]);
  });

  it('lets the wish to learn a skill tip the choice of mentor', () => {
    const mentors = [
      mentor({ personId: 'mA', levels: new Map([['inkoop', 4]]) }),
      mentor({ personId: 'mB', levels: new Map([['data', 4]]) }),
    ];

    const without = pairMentors(input({ participants: [participant()], mentors }));
    const sut = pairMentors(
      input({ participants: [participant({ wantsToLearn: new Set(['data']) })], mentors }),
    );

    expect(pairsOf(without)).toEqual({ p1: 'mA' });
    expect(pairsOf(sut)).toEqual({ p1: 'mB' });
    expect(sut.pairs[0]?.reasons).toContain('Jan wil Datagedreven werken leren');
  });

  it('prefers a mentor from another municipality', () => {
    const sut = pairMentors(
      input({
        participants: [participant()],
        mentors: [mentor({ municipalityCode: TILBURG }), mentor({ personId: 'm2' })],
      }),
    );

    expect(sut.pairs).toMatchObject([{ mentorId: 'm2', fit: 5.5 }]);
  });

  it('explains in Dutch why a participant stays unpaired', () => {
    const sut = pairMentors(
      input({
        participants: [
          participant({ levels: new Map([['data', 1]]) }),
          participant({
            personId: 'p2',
            levels: new Map([
              ['inkoop', 4],
              ['data', 3],
            ]),
          }),
        ],
        mentors: [mentor({ levels: new Map([['data', 2]]) })],
      }),
    );

    expect(sut.pairs).toEqual([]);
    expect(sut.unpaired).toEqual([
      {
        participantId: 'p1',
        reason: 'geen mentor kan Jan een vaardigheid van het programma leren die Jan nog mist',
      },
      {
        participantId: 'p2',
        reason: 'Fatima heeft alle vaardigheden van het programma al op het doelniveau',
      },
    ]);
  });

  describe('on a larger programme', () => {
    const skillIds = ['inkoop', 'data', 'privacy'];
    const skills = skillIds.map((skillId) => ({ skillId, targetLevel: 3 }));
    const levelsFor = (i: number) =>
      new Map(skillIds.map((id, s) => [id, (i * (s + 3) + s) % 6] as const));
    const participants = Array.from({ length: 30 }, (_, i) =>
      participant({
        personId: `p${String(i).padStart(2, '0')}`,
        municipalityCode: `GM${i % 5}`,
        levels: levelsFor(i),
        wantsToLearn: new Set(skillIds.filter((_, s) => (i + s) % 4 === 0)),
        challengeIds: new Set([`c${i % 7}`]),
        // p00, p10, p20 already have mentors p01, p04, p07.
        mentorId: i % 10 === 0 ? `p${String((i / 10) * 3 + 1).padStart(2, '0')}` : null,
      }),
    );
    // Some mentors are participants too.
    const mentors = Array.from({ length: 9 }, (_, i) =>
      mentor({
        personId: `p${String(i * 3 + 1).padStart(2, '0')}`,
        municipalityCode: `GM${i % 4}`,
        levels: new Map(skillIds.map((id, s) => [id, 3 + ((i + s) % 3)] as const)),
        challengeIds: new Set([`c${i % 7}`, `c${(i + 2) % 7}`]),
        otherLoad: i % 3,
      }),
    );
    const capacity = 4;

    it('gives the same pairs whatever the order of participants and mentors', () => {
      const expected = pairMentors(input({ participants, mentors, skills, capacity }));

      for (const seed of [1, 7, 99, 2024]) {
        const sut = pairMentors(
          input({
            participants: shuffled(participants, seed),
            mentors: shuffled(mentors, seed + 1),
            skills: [...skills].reverse(),
            capacity,
          }),
        );
        expect(sut).toEqual(expected);
      }
    });

    it('respects capacity and pairs nobody with themselves', () => {
      const sut = pairMentors(input({ participants, mentors, skills, capacity }));

      expect(sut.pairs.length + sut.unpaired.length).toBe(participants.length);
      expect(sut.pairs.filter((p) => p.kept)).toHaveLength(3);
      for (const m of mentors) {
        const load = m.otherLoad + sut.pairs.filter((p) => p.mentorId === m.personId).length;
        expect(load).toBeLessThanOrEqual(capacity);
      }
      for (const p of sut.pairs) expect(p.mentorId).not.toBe(p.participantId);
      expect(sut.pairs.map((p) => p.participantId)).toEqual(
        [...sut.pairs.map((p) => p.participantId)].sort(),
      );
    });
  });
});
