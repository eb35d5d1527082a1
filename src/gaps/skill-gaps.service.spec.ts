import { ADMIN, clientOf } from '../../test/support/callers';
import { ChallengeStatus } from '../challenges/challenge-status';
import { ChallengesErrorCode } from '../challenges/challenges.exception';
import { CollaborationKind } from '../collaborations/collaboration-kind';
import {
  type CollaborationMembership,
  type CollaborationRecord,
  type MemberCollaboration,
} from '../collaborations/collaboration.record';
import { CollaborationsRepository } from '../collaborations/collaborations.repository';
import { Scope } from '../common/request/caller';
import { type AppConfig } from '../config/app-config';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { type MunicipalityRecord } from '../municipalities/municipality.record';
import { Availability } from '../people/models/availability.enum';
import { Viewpoint } from '../people/visibility';
import { type SkillRecord } from '../skills/skill.record';
import { SkillsErrorCode } from '../skills/skills.exception';
import { SkillsRepository } from '../skills/skills.repository';
import { GapsErrorCode } from './gaps.exception';
import { SUPPRESSED } from './protected-count';
import {
  type AreaHolding,
  type DemandChallenge,
  type DemandSelection,
  type SkillSupplyRow,
  type SolverRow,
  type ThinSkillRow,
} from './skill-gaps.records';
import { SkillGapsRepository } from './skill-gaps.repository';
import { SkillGapsService } from './skill-gaps.service';

const NOW = new Date('2026-12-04T12:00:00.000Z');
const notUsed = (): Promise<never> => Promise.reject(new Error('not used'));

// Tilburg (GM0855) and Goirle (GM0785) form the collaboration "hart"; Breda (GM0758) shares
// "west" with Tilburg; Amsterdam (GM0363) shares nothing.
const MUNICIPALITIES: MunicipalityRecord[] = [
  { code: 'GM0855', name: 'Tilburg', province: 'Noord-Brabant', population: 224_000 },
  { code: 'GM0785', name: 'Goirle', province: 'Noord-Brabant', population: 24_000 },
  { code: 'GM0758', name: 'Breda', province: 'Noord-Brabant', population: 185_000 },
  { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', population: 931_000 },
];
const COLLABORATIONS: CollaborationRecord[] = [
  { id: 'hart', name: 'Hart van Brabant', kind: CollaborationKind.OTHER },
  { id: 'west', name: 'West-Brabant', kind: CollaborationKind.OTHER },
];
const MEMBERS: CollaborationMembership[] = [
  { collaborationId: 'hart', municipalityCode: 'GM0855' },
  { collaborationId: 'hart', municipalityCode: 'GM0785' },
  { collaborationId: 'west', municipalityCode: 'GM0855' },
  { collaborationId: 'west', municipalityCode: 'GM0758' },
];

class FakeCollaborations extends CollaborationsRepository {
  findByIds(ids: readonly string[]): Promise<CollaborationRecord[]> {
    return Promise.resolve(COLLABORATIONS.filter(({ id }) => ids.includes(id)));
  }
  membersOf(ids: readonly string[]): Promise<CollaborationMembership[]> {
    return Promise.resolve(MEMBERS.filter(({ collaborationId }) => ids.includes(collaborationId)));
  }
  collaborationsOf(codes: readonly string[]): Promise<MemberCollaboration[]> {
    return Promise.resolve(
      MEMBERS.filter(({ municipalityCode }) => codes.includes(municipalityCode)).map(
        ({ collaborationId, municipalityCode }) => ({
          municipalityCode,
          collaboration: COLLABORATIONS.find(({ id }) => id === collaborationId)!,
        }),
      ),
    );
  }
  list = notUsed;
  upsert = notUsed;
  addMember = notUsed;
}

class FakeMunicipalities extends MunicipalitiesRepository {
  findByCodes(codes: readonly string[]): Promise<MunicipalityRecord[]> {
    return Promise.resolve(MUNICIPALITIES.filter(({ code }) => codes.includes(code)));
  }
  list = notUsed;
}

class FakeSkills extends SkillsRepository {
  findByIds(ids: readonly string[]): Promise<SkillRecord[]> {
    return Promise.resolve(
      ids
        .filter((id) => !id.startsWith('unknown'))
        .map((id) => ({
          id,
          name: `Vaardigheid ${id}`,
          aliases: [],
          category: null,
          escoUri: null,
        })),
    );
  }
  list = notUsed;
  upsert = notUsed;
}

/** Answers what the test put in; the demand honours the selection as the store does. */
class FakeGaps extends SkillGapsRepository {
  challenges: DemandChallenge[] = [];
  supplyRows: SkillSupplyRow[] = [];
  thin: ThinSkillRow[] = [];
  holdingRows: AreaHolding[] = [];
  solverRows: SolverRow[] = [];

  demand(selection: DemandSelection): Promise<DemandChallenge[]> {
    return Promise.resolve(
      selection.kind === 'ids'
        ? this.challenges.filter(({ id }) => selection.challengeIds.includes(id))
        : this.challenges.filter(
            (c) =>
              selection.municipalityCodes.includes(c.municipalityCode) &&
              selection.statuses.includes(c.status) &&
              (selection.themes === null ||
                (c.theme !== null && selection.themes.includes(c.theme))),
          ),
    );
  }
  supply(
    skillIds: readonly string[],
    _minLevel: number,
    _scope: unknown,
    codes: readonly string[] | null,
  ) {
    return Promise.resolve(
      this.supplyRows.filter(
        (row) =>
          skillIds.includes(row.skillId) &&
          (codes === null || codes.includes(row.municipalityCode)),
      ),
    );
  }
  thinSkills(): Promise<ThinSkillRow[]> {
    return Promise.resolve(this.thin);
  }
  holdings(): Promise<AreaHolding[]> {
    return Promise.resolve(this.holdingRows);
  }
  solvers(): Promise<SolverRow[]> {
    return Promise.resolve(this.solverRows);
  }
}

const challenge = (
  id: string,
  municipalityCode: string,
  requiredSkillIds: string[],
  overrides: Partial<DemandChallenge> = {},
): DemandChallenge => ({
  id,
  status: ChallengeStatus.OPEN,
  theme: null,
  municipalityCode,
  createdAt: NOW,
  requiredSkillIds,
  ...overrides,
});

const tilburgHr = clientOf('GM0855', [Scope.HR]);
const tilburgView = Viewpoint.ofMunicipality('GM0855', ['GM0785', 'GM0758']);
const FIRST_PAGE = { first: 20, after: null };

describe('SkillGapsService', () => {
  let gaps: FakeGaps;
  let sut: SkillGapsService;

  beforeEach(() => {
    gaps = new FakeGaps();
    sut = new SkillGapsService(
      gaps,
      new FakeCollaborations(),
      new FakeMunicipalities(),
      new FakeSkills(),
      { K_ANONYMITY: 5 } as AppConfig,
    );
    gaps.challenges = [
      challenge('t1', 'GM0855', ['wmo', 'jeugdwet']),
      challenge('g1', 'GM0785', ['wmo']),
      challenge('t-solved', 'GM0855', ['inkoop'], { status: ChallengeStatus.SOLVED }),
      challenge('a1', 'GM0363', ['inkoop']),
    ];
    gaps.supplyRows = [
      { skillId: 'wmo', municipalityCode: 'GM0855', holders: 2, available: 1 },
      { skillId: 'wmo', municipalityCode: 'GM0785', holders: 3, available: 3 },
      { skillId: 'wmo', municipalityCode: 'GM0758', holders: 2, available: 2 },
      { skillId: 'wmo', municipalityCode: 'GM0363', holders: 9, available: 8 },
      { skillId: 'jeugdwet', municipalityCode: 'GM0363', holders: 6, available: 6 },
    ];
  });

  describe('skillGaps', () => {
    it('shows its own municipality exactly and suppresses small counts of a fellow member', async () => {
      const report = await sut.skillGaps(
        tilburgHr,
        tilburgView,
        { collaborationId: 'hart', minLevel: 3, page: FIRST_PAGE },
        NOW,
      );
      expect(report.challengeCount).toBe(2);
      expect(report.area.municipalities.map(({ name }) => name)).toEqual(['Goirle', 'Tilburg']);
      const wmo = report.gaps.items.find((gap) => gap.skillId === 'wmo')!;
      expect(wmo.byMunicipality).toEqual([
        { municipalityCode: 'GM0785', holders: SUPPRESSED, available: SUPPRESSED },
        {
          municipalityCode: 'GM0855',
          holders: { value: 2, suppressed: false },
          available: { value: 1, suppressed: false },
        },
      ]);
      expect(wmo.holders).toEqual({ known: 2, complete: false });
      expect(wmo.available).toEqual({ known: 1, complete: false });
      // Severity from what the caller may know only: 2 challenges / (1 + 1 available).
      expect(wmo.severity).toBe(1);
      expect(wmo.coverage).toBe(0.5);
    });

    it('shows the administrator every count exactly', async () => {
      const report = await sut.skillGaps(
        ADMIN,
        Viewpoint.EVERYONE,
        { collaborationId: 'hart', minLevel: 3, page: FIRST_PAGE },
        NOW,
      );
      const wmo = report.gaps.items.find((gap) => gap.skillId === 'wmo')!;
      expect(wmo.holders).toEqual({ known: 5, complete: true });
      expect(wmo.available).toEqual({ known: 4, complete: true });
    });

    it('ranks the skill nobody in the area has first, and names sources: partners first', async () => {
      const report = await sut.skillGaps(
        tilburgHr,
        tilburgView,
        { municipalityCode: 'GM0855', minLevel: 3, page: FIRST_PAGE },
        NOW,
      );
      expect(report.gaps.items.map((gap) => gap.skillId)).toEqual(['jeugdwet', 'wmo']);
      const wmo = report.gaps.items[1];
      expect(
        wmo.sources.map((s) => [s.municipalityCode, s.sharesCollaboration, s.available]),
      ).toEqual([
        // Partners first; both partners' counts are suppressed, so by code.
        ['GM0758', true, SUPPRESSED],
        ['GM0785', true, SUPPRESSED],
        ['GM0363', false, { value: 8, suppressed: false }],
      ]);
    });

    it('ranks a source with a suppressed count (1 to 4 people) above one with none', async () => {
      gaps.supplyRows = [
        { skillId: 'wmo', municipalityCode: 'GM0758', holders: 2, available: 0 },
        { skillId: 'wmo', municipalityCode: 'GM0785', holders: 3, available: 3 },
        { skillId: 'wmo', municipalityCode: 'GM0363', holders: 9, available: 8 },
      ];
      const report = await sut.skillGaps(
        tilburgHr,
        tilburgView,
        { municipalityCode: 'GM0855', minLevel: 3, page: FIRST_PAGE },
        NOW,
      );
      const wmo = report.gaps.items.find((gap) => gap.skillId === 'wmo')!;
      expect(wmo.sources.map((s) => [s.municipalityCode, s.available])).toEqual([
        ['GM0785', SUPPRESSED],
        ['GM0758', { value: 0, suppressed: false }],
        ['GM0363', { value: 8, suppressed: false }],
      ]);
    });

    it('counts only the named challenges, refusing unknown ones and ones outside the area', async () => {
      const named = await sut.skillGaps(
        ADMIN,
        Viewpoint.EVERYONE,
        { municipalityCode: 'GM0855', challengeIds: ['t-solved'], minLevel: 3, page: FIRST_PAGE },
        NOW,
      );
      expect(named.gaps.items.map((gap) => gap.skillId)).toEqual(['inkoop']);
      expect(named.gaps.items[0].demand.weighted).toBe(0.25);
      await expect(
        sut.skillGaps(ADMIN, Viewpoint.EVERYONE, {
          municipalityCode: 'GM0855',
          challengeIds: ['a1', 't1'],
          minLevel: 3,
          page: FIRST_PAGE,
        }),
      ).rejects.toMatchObject({
        code: GapsErrorCode.CHALLENGE_OUTSIDE_AREA,
        message: expect.stringContaining('"a1"') as string,
      });
      await expect(
        sut.skillGaps(ADMIN, Viewpoint.EVERYONE, {
          municipalityCode: 'GM0855',
          challengeIds: ['nope'],
          minLevel: 3,
          page: FIRST_PAGE,
        }),
      ).rejects.toMatchObject({ code: ChallengesErrorCode.CHALLENGE_NOT_FOUND });
    });

    it('needs exactly one of a municipality and a collaboration', async () => {
      for (const area of [{}, { municipalityCode: 'GM0855', collaborationId: 'hart' }]) {
        await expect(
          sut.skillGaps(ADMIN, Viewpoint.EVERYONE, { ...area, minLevel: 3, page: FIRST_PAGE }),
        ).rejects.toMatchObject({ code: GapsErrorCode.GAP_AREA_INVALID });
      }
    });

    it('pages by severity: every gap once, in order', async () => {
      const first = await sut.skillGaps(
        ADMIN,
        Viewpoint.EVERYONE,
        { collaborationId: 'hart', minLevel: 3, page: { first: 1, after: null } },
        NOW,
      );
      expect(first.gaps).toMatchObject({ hasNextPage: true, totalCount: 2 });
      const [gap] = first.gaps.items;
      const second = await sut.skillGaps(
        ADMIN,
        Viewpoint.EVERYONE,
        {
          collaborationId: 'hart',
          minLevel: 3,
          page: { first: 1, after: [gap.severity, gap.skillId] },
        },
        NOW,
      );
      expect(second.gaps.hasNextPage).toBe(false);
      expect([gap.skillId, ...second.gaps.items.map((each) => each.skillId)].sort()).toEqual([
        'jeugdwet',
        'wmo',
      ]);
    });
  });

  describe('knowledgeAtRisk', () => {
    beforeEach(() => {
      gaps.thin = [{ skillId: 'wmo', holders: 2 }];
      gaps.holdingRows = [
        {
          skillId: 'wmo',
          personId: 'anna',
          municipalityCode: 'GM0855',
          level: 4,
          availability: Availability.AVAILABLE,
        },
        {
          skillId: 'wmo',
          personId: 'goirle-1',
          municipalityCode: 'GM0785',
          level: 5,
          availability: Availability.AVAILABLE,
        },
        {
          skillId: 'wmo',
          personId: 'bart',
          municipalityCode: 'GM0855',
          level: 2,
          availability: Availability.AVAILABLE,
        },
        {
          skillId: 'wmo',
          personId: 'cas',
          municipalityCode: 'GM0855',
          level: 1,
          availability: Availability.LIMITED,
        },
      ];
      gaps.solverRows = [
        {
          challengeId: 'gone',
          municipalityCode: 'GM0855',
          personId: 'dirk',
          availability: Availability.UNAVAILABLE,
          worksAt: 'GM0855',
        },
        {
          challengeId: 'gone',
          municipalityCode: 'GM0855',
          personId: 'eva',
          availability: Availability.AVAILABLE,
          worksAt: 'GM0363',
        },
        {
          challengeId: 'kept',
          municipalityCode: 'GM0855',
          personId: 'fien',
          availability: Availability.AVAILABLE,
          worksAt: 'GM0855',
        },
      ];
    });

    it('names holders and successors of its own municipality only', async () => {
      const report = await sut.knowledgeAtRisk(
        tilburgHr,
        tilburgView,
        { collaborationId: 'hart', minLevel: 3 },
        NOW,
      );
      const [wmo] = report.thinSkills;
      expect(wmo.namedHolders.map(({ personId }) => personId)).toEqual(['anna']);
      expect(wmo.successors.map(({ personId }) => personId)).toEqual(['bart', 'cas']);
      expect(wmo.holders).toEqual({ known: 1, complete: false });
    });

    it('finds solved challenges whose every solver is unavailable or moved away', async () => {
      const report = await sut.knowledgeAtRisk(
        tilburgHr,
        tilburgView,
        { municipalityCode: 'GM0855', minLevel: 3 },
        NOW,
      );
      expect(report.orphanedChallenges).toEqual([
        {
          challengeId: 'gone',
          municipalityCode: 'GM0855',
          solvers: { value: 2, suppressed: false },
          movedAway: { value: 1, suppressed: false },
          unavailable: ['dirk'],
        },
      ]);
    });

    it('is refused to HR of a municipality outside the area', async () => {
      await expect(
        sut.knowledgeAtRisk(
          clientOf('GM0363', [Scope.HR]),
          Viewpoint.ofMunicipality('GM0363', []),
          { municipalityCode: 'GM0855', minLevel: 3 },
        ),
      ).rejects.toMatchObject({ code: GapsErrorCode.NOT_YOUR_AREA });
    });
  });

  describe('coverage', () => {
    it('takes the skills most in demand by default and protects the cells', async () => {
      const { matrix } = await sut.coverage(
        tilburgHr,
        tilburgView,
        { collaborationId: 'hart', minLevel: 3 },
        NOW,
      );
      expect(matrix.skills.map(({ id }) => id)).toEqual(['wmo', 'jeugdwet']);
      expect(matrix.municipalities.map(({ name }) => name)).toEqual(['Goirle', 'Tilburg']);
      expect(matrix.cells).toEqual([
        [
          { holders: SUPPRESSED, available: SUPPRESSED },
          { holders: { value: 0, suppressed: false }, available: { value: 0, suppressed: false } },
        ],
        [
          { holders: { value: 2, suppressed: false }, available: { value: 1, suppressed: false } },
          { holders: { value: 0, suppressed: false }, available: { value: 0, suppressed: false } },
        ],
      ]);
    });

    it('names every unknown skill asked for', async () => {
      await expect(
        sut.coverage(ADMIN, Viewpoint.EVERYONE, {
          collaborationId: 'hart',
          skillIds: ['wmo', 'unknown-1'],
          minLevel: 3,
        }),
      ).rejects.toMatchObject({ code: SkillsErrorCode.SKILL_NOT_FOUND });
    });
  });
});
