import { ADMIN, clientOf } from '../../test/support/callers';
import { type Caller, Scope } from '../common/request/caller';
import { ExperienceRole, Outcome } from '../experiences/experience-role';
import { type ExperienceRecord } from '../experiences/experience.record';
import { AggregateRights } from '../gaps/aggregate-rights';
import { type SkillDemand } from '../gaps/demand';
import { type SkillSupplyRow } from '../gaps/skill-gaps.records';
import {
  type ParticipationRecord,
  type ProgrammeRecord,
  type ProgressRecord,
} from './learning.records';
import { programmeReport, type ReportSources } from './programme-report';
import { ProgrammeStatus } from './programme-status';

const TILBURG = 'GM0855';
const BREDA = 'GM0758';
const K = 5;
const NOW = new Date('2025-06-15T10:00:00Z');

const programme = (overrides: Partial<ProgrammeRecord> = {}): ProgrammeRecord => ({
  id: 'lp1',
  title: 'Jeugdhulp inkopen in de regio',
  goal: null,
  theme: null,
  status: ProgrammeStatus.ACTIVE,
  startDate: '2024-03-01',
  endDate: null,
  runBy: { collaborationId: 'col1', municipalityCode: null },
  coordinatorId: null,
  challengeIds: [],
  skills: [{ skillId: 'inkoop', targetLevel: 4 }],
  createdAt: new Date('2023-11-01T09:00:00Z'),
  updatedAt: new Date('2024-03-01T09:00:00Z'),
  ...overrides,
});

const participant = (
  personId: string,
  municipalityCode: string,
  overrides: Partial<ParticipationRecord> = {},
): ParticipationRecord => ({
  programmeId: 'lp1',
  personId,
  municipalityCode,
  since: new Date('2024-03-01T09:00:00Z'),
  circle: null,
  mentorId: null,
  ...overrides,
});

let stepNumber = 0;
const step = (overrides: Partial<ProgressRecord> = {}): ProgressRecord => ({
  id: `g${++stepNumber}`,
  programmeId: 'lp1',
  personId: 't1',
  skillId: 'inkoop',
  levelBefore: 2,
  levelAfter: 3,
  challengeId: null,
  outcome: null,
  note: null,
  recordedAt: new Date('2024-06-01T09:00:00Z'),
  ...overrides,
});

const experience = (overrides: Partial<ExperienceRecord> = {}): ExperienceRecord => ({
  personId: 't1',
  challengeId: 'c1',
  role: ExperienceRole.MEMBER,
  outcome: Outcome.SOLVED,
  year: 2024,
  lessonsLearned: null,
  ...overrides,
});

const supply = (
  municipalityCode: string,
  holders: number,
  available: number,
  skillId = 'inkoop',
): SkillSupplyRow => ({ skillId, municipalityCode, holders, available });

const demand = (skillId: string, weighted: number): [string, SkillDemand] => [
  skillId,
  { skillId, challengeIds: ['c1', 'c2'], weighted },
];

/** Two participants of Tilburg (the callers' own) and two of Breda (fewer than K). */
const PARTICIPANTS = [
  participant('t1', TILBURG),
  participant('t2', TILBURG),
  participant('b1', BREDA),
  participant('b2', BREDA),
];

/**
 * t1: 2 → 4 (reached the target in the programme), t2: 1 → 2, b1: 3 → 5 (reached it in the
 * programme), b2: 4 → 4 (at the target before it started). Only the first step's levelBefore counts.
 */
const PROGRESS = [
  step({ personId: 't1', levelBefore: 2, levelAfter: 3 }),
  step({ personId: 't2', levelBefore: 1, levelAfter: 2 }),
  step({ personId: 'b1', levelBefore: 3, levelAfter: 5 }),
  step({ personId: 'b2', levelBefore: 4, levelAfter: 4 }),
  step({ personId: 't1', levelBefore: 3, levelAfter: 4 }),
];

const levels = (entries: Record<string, number>, skillId = 'inkoop') =>
  new Map(
    Object.entries(entries).map(([personId, level]) => [personId, new Map([[skillId, level]])]),
  );

const sources = (caller: Caller, overrides: Partial<ReportSources> = {}): ReportSources => ({
  programme: programme(),
  participants: PARTICIPANTS,
  progress: PROGRESS,
  levels: levels({ t1: 4, t2: 2, b1: 5, b2: 4 }),
  experiences: [],
  areaSkills: new Map([
    [
      4,
      {
        demand: new Map([demand('inkoop', 2.4)]),
        supply: [supply(TILBURG, 6, 4), supply(BREDA, 7, 6)],
      },
    ],
  ]),
  rights: AggregateRights.of(caller, K),
  now: NOW,
  ...overrides,
});

const hrOfTilburg = clientOf(TILBURG, [Scope.HR]);
const writerOfTilburg = clientOf(TILBURG, [Scope.WRITE]);

describe('programmeReport', () => {
  describe('for the administrator', () => {
    it('says who the report is about and with which K', () => {
      const sut = programmeReport(sources(ADMIN));

      expect(sut.programmeId).toBe('lp1');
      expect(sut.generatedAt).toBe(NOW);
      expect(sut.kAnonymity).toBe(K);
      expect(sut.participants).toEqual({ known: 4, complete: true });
    });

    it('counts learners, those at the target now, and the mean gain from their first level', () => {
      const [inkoop] = programmeReport(sources(ADMIN)).skills;

      expect(inkoop).toMatchObject({
        skillId: 'inkoop',
        targetLevel: 4,
        learners: { known: 4, complete: true },
        reachedTarget: { known: 3, complete: true },
        // (4 − 2) + (2 − 1) + (5 − 3) + (4 − 4), over 4.
        averageGain: 1.25,
      });
    });

    it('counts holders before as those now, without who reached the target through the programme', () => {
      const [inkoop] = programmeReport(sources(ADMIN)).skills;

      expect(inkoop.demand).toBe(2.4);
      expect(inkoop.holdersNow).toEqual({ known: 13, complete: true });
      // b2 was at the target before it started: only t1 and b1 are taken off.
      expect(inkoop.holdersBefore).toEqual({ known: 11, complete: true });
      // 2.4 / (1 + 10 available) now, 2.4 / (1 + 8) without t1 and b1.
      expect(inkoop.severityNow).toBe(0.22);
      expect(inkoop.severityBefore).toBe(0.27);
      expect(inkoop.severityBefore).toBeGreaterThanOrEqual(inkoop.severityNow);
    });

    it('reports a programme skill nobody learned yet as empty, with no mean gain', () => {
      const sut = programmeReport(
        sources(ADMIN, {
          programme: programme({
            skills: [
              { skillId: 'inkoop', targetLevel: 4 },
              { skillId: 'data', targetLevel: 3 },
            ],
          }),
        }),
      );

      expect(sut.skills.map(({ skillId }) => skillId)).toEqual(['inkoop', 'data']);
      expect(sut.skills[1]).toEqual({
        skillId: 'data',
        targetLevel: 3,
        learners: { known: 0, complete: true },
        reachedTarget: { known: 0, complete: true },
        averageGain: null,
        demand: 0,
        holdersNow: { known: 0, complete: true },
        holdersBefore: { known: 0, complete: true },
        severityBefore: 0,
        severityNow: 0,
      });
    });
  });

  describe.each([
    ['HR', hrOfTilburg],
    ['a writer', writerOfTilburg],
  ])('for %s of one municipality', (_, caller) => {
    it("suppresses another municipality's counts below K, and then gives no mean gain", () => {
      const sut = programmeReport(sources(caller));
      const [inkoop] = sut.skills;

      expect(sut.participants).toEqual({ known: 2, complete: false });
      expect(inkoop.learners).toEqual({ known: 2, complete: false });
      // t1 exactly; b1 and b2 (2 < K) left out.
      expect(inkoop.reachedTarget).toEqual({ known: 1, complete: false });
      expect(inkoop.averageGain).toBeNull();
    });

    it('shows counts of K or more of another municipality exactly', () => {
      const [inkoop] = programmeReport(sources(caller)).skills;

      expect(inkoop.holdersNow).toEqual({ known: 13, complete: true });
      expect(inkoop.severityNow).toBe(0.22);
    });

    it("does not let holders now − before give another municipality's few gains back", () => {
      const [inkoop] = programmeReport(sources(caller)).skills;

      // Breda's 7 − 1 would be shown, and 13 − 11 − Tilburg's own 1 would name Breda's 1 gain.
      expect(inkoop.holdersBefore).toEqual({ known: 5, complete: false });
      // 2.4 / (1 + Tilburg's 4 − 1), Breda left out.
      expect(inkoop.severityBefore).toBe(0.6);
      expect(inkoop.severityBefore).toBeGreaterThanOrEqual(inkoop.severityNow);
    });

    it('shows the counts before exactly where another municipality gained nobody', () => {
      const [inkoop] = programmeReport(
        sources(caller, { levels: levels({ t1: 4, t2: 2, b1: 3, b2: 4 }) }),
      ).skills;

      expect(inkoop.holdersBefore).toEqual({ known: 12, complete: true });
      // 2.4 / (1 + 3 + 6)
      expect(inkoop.severityBefore).toBe(0.24);
    });

    it('gives exact counts and the mean gain when every other municipality has K or more', () => {
      const breda = ['b1', 'b2', 'b3', 'b4', 'b5'];
      const [inkoop] = programmeReport(
        sources(caller, {
          participants: [...PARTICIPANTS.slice(0, 2), ...breda.map((id) => participant(id, BREDA))],
          progress: [
            step({ personId: 't1', levelBefore: 2 }),
            ...breda.map((personId) => step({ personId, levelBefore: 1 })),
          ],
          levels: levels({ t1: 4, b1: 4, b2: 4, b3: 4, b4: 4, b5: 4 }),
        }),
      ).skills;

      expect(inkoop.learners).toEqual({ known: 6, complete: true });
      expect(inkoop.reachedTarget).toEqual({ known: 6, complete: true });
      // (2 + 5 × 3) / 6
      expect(inkoop.averageGain).toBe(2.83);
      // Breda's 5 gains are not few: 7 − 5 = 2 before, suppressed as any count below K.
      expect(inkoop.holdersBefore).toEqual({ known: 5, complete: false });
    });
  });

  describe('comparing challenges solved before and since the start', () => {
    const experiences = [
      experience({ personId: 't1', challengeId: 'c1', year: 2024 }),
      experience({ personId: 't1', challengeId: 'c2', year: 2022 }),
      experience({ personId: 't2', challengeId: 'c3', year: 2025 }),
      experience({ personId: 't2', challengeId: 'c4', year: 2025, outcome: Outcome.PARTIAL }),
      experience({ personId: 'b1', challengeId: 'c5', year: 2021 }),
      experience({ personId: 'b1', challengeId: 'c6', year: null }),
      experience({ personId: 'b2', challengeId: 'c7', year: 2023 }),
      experience({ personId: 'x9', challengeId: 'c8', year: 2024 }),
      experience({ personId: 'b1', challengeId: 'c9', year: 2025, role: ExperienceRole.LEAD }),
    ];
    const applied = [
      step({ personId: 't1', challengeId: 'c1', outcome: Outcome.SOLVED }),
      step({ personId: 't1', challengeId: 'c2', outcome: Outcome.SOLVED }),
      step({ personId: 't2', challengeId: 'c3', outcome: Outcome.PARTIAL }),
      step({ personId: 'b1', challengeId: 'c9', outcome: Outcome.SOLVED }),
      step({ personId: 'b2', challengeId: 'c1', outcome: Outcome.SOLVED }),
    ];

    it('takes the years since the start year and as many years before', () => {
      const { solved } = programmeReport(sources(ADMIN, { experiences, progress: applied }));

      expect(solved).toMatchObject({
        sinceFrom: 2024,
        sinceTo: 2025,
        beforeFrom: 2022,
        beforeTo: 2023,
      });
    });

    it("counts participants' solved challenges by year, and those a programme skill was applied to", () => {
      const { solved } = programmeReport(sources(ADMIN, { experiences, progress: applied }));

      // Before: t1/c2 (2022), b2/c7 (2023). Since: t1/c1, t2/c3, b1/c9.
      expect(solved.before).toEqual({ known: 2, complete: true });
      expect(solved.since).toEqual({ known: 3, complete: true });
      // t1/c1 and b1/c9; t2/c3 was applied only PARTIAL, t1/c2 lies before.
      expect(solved.appliedInProgramme).toEqual({ known: 2, complete: true });
    });

    it("suppresses another municipality's few solved challenges for HR of one municipality", () => {
      const { solved } = programmeReport(sources(hrOfTilburg, { experiences, progress: applied }));

      expect(solved.before).toEqual({ known: 1, complete: false });
      expect(solved.since).toEqual({ known: 2, complete: false });
      expect(solved.appliedInProgramme).toEqual({ known: 1, complete: false });
    });

    it('starts at the creation year while no start date is planned', () => {
      const { solved } = programmeReport(
        sources(ADMIN, { programme: programme({ startDate: null }), experiences }),
      );

      expect(solved).toMatchObject({
        sinceFrom: 2023,
        sinceTo: 2025,
        beforeFrom: 2020,
        beforeTo: 2022,
      });
      // Before: b1/c5 (2021), t1/c2 (2022). Since: b2/c7, t1/c1, t2/c3, b1/c9.
      expect(solved.before).toEqual({ known: 2, complete: true });
      expect(solved.since).toEqual({ known: 4, complete: true });
      expect(solved.appliedInProgramme).toEqual({ known: 0, complete: true });
    });

    it('compares one year with the one before for a programme that starts later', () => {
      const { solved } = programmeReport(
        sources(ADMIN, { programme: programme({ startDate: '2026-09-01' }), experiences }),
      );

      expect(solved).toMatchObject({
        sinceFrom: 2026,
        sinceTo: 2026,
        beforeFrom: 2025,
        beforeTo: 2025,
      });
      expect(solved.before).toEqual({ known: 2, complete: true });
      expect(solved.since).toEqual({ known: 0, complete: true });
    });
  });
});
