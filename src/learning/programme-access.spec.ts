import { ADMIN, clientOf } from '../../test/support/callers';
import { type Caller, Scope } from '../common/request/caller';
import { LearningErrorCode, LearningException } from './learning.exception';
import { type ProgrammeRecord } from './learning.records';
import { assertMayManage, mayManage, mayReadReport } from './programme-access';
import { ProgrammeStatus } from './programme-status';

const TILBURG = 'GM0855';
const BREDA = 'GM0758';
const AMSTERDAM = 'GM0363';
/** The members of the collaboration that runs the programme. */
const MEMBERS = [TILBURG, BREDA];

const programme = (overrides: Partial<ProgrammeRecord> = {}): ProgrammeRecord => ({
  id: 'lp1',
  title: 'Jeugdhulp inkopen in de regio',
  goal: null,
  theme: null,
  status: ProgrammeStatus.PLANNED,
  startDate: null,
  endDate: null,
  runBy: { collaborationId: 'col1', municipalityCode: null },
  coordinatorId: 'p7',
  challengeIds: [],
  skills: [{ skillId: 'inkoop', targetLevel: 4 }],
  createdAt: new Date('2025-01-06T09:00:00Z'),
  updatedAt: new Date('2025-01-06T09:00:00Z'),
  ...overrides,
});

const personOf = (personId: string, municipalityCode: string, scopes: Scope[] = []): Caller => ({
  kind: 'person',
  actorId: `person:${personId}`,
  personId,
  municipalityCode,
  scopes,
  origin: '127.0.0.1',
});

const anonymous: Caller = { kind: 'anonymous', actorId: 'anonymous', origin: '127.0.0.1' };

/** What assertMayManage threw, or undefined. */
function refusalOf(caller: Caller, record: ProgrammeRecord = programme()): unknown {
  try {
    assertMayManage(caller, record, MEMBERS);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('programme access', () => {
  describe('mayManage and assertMayManage', () => {
    it('let the administrator and an admin-scoped client of anywhere manage', () => {
      const adminClient = clientOf(AMSTERDAM, [Scope.ADMIN]);

      expect(mayManage(ADMIN, programme(), MEMBERS)).toBe(true);
      expect(mayManage(adminClient, programme(), MEMBERS)).toBe(true);
      expect(refusalOf(ADMIN)).toBeUndefined();
      expect(refusalOf(adminClient)).toBeUndefined();
    });

    it('let a write client of any member municipality manage', () => {
      expect(mayManage(clientOf(TILBURG, [Scope.WRITE]), programme(), MEMBERS)).toBe(true);
      expect(mayManage(clientOf(BREDA, [Scope.WRITE]), programme(), MEMBERS)).toBe(true);
      expect(refusalOf(clientOf(BREDA, [Scope.WRITE]))).toBeUndefined();
    });

    it('refuse a write client of another municipality with NOT_YOUR_PROGRAMME', () => {
      const amsterdam = clientOf(AMSTERDAM, [Scope.WRITE]);

      expect(mayManage(amsterdam, programme(), MEMBERS)).toBe(false);
      const refusal = refusalOf(amsterdam);
      expect(refusal).toBeInstanceOf(LearningException);
      expect(refusal).toMatchObject({
        code: LearningErrorCode.NOT_YOUR_PROGRAMME,
        message: expect.stringContaining('lp1') as string,
      });
    });

    it('let the signed-in coordinator manage, without write and from another municipality', () => {
      const coordinator = personOf('p7', AMSTERDAM);

      expect(mayManage(coordinator, programme(), MEMBERS)).toBe(true);
      expect(refusalOf(coordinator)).toBeUndefined();
    });

    it('refuse a signed-in person of a member who is not the coordinator', () => {
      const colleague = personOf('p8', TILBURG, [Scope.READ]);

      expect(mayManage(colleague, programme(), MEMBERS)).toBe(false);
      expect(refusalOf(colleague)).toMatchObject({ code: LearningErrorCode.NOT_YOUR_PROGRAMME });
      // Nor may the former coordinator once it has none.
      expect(mayManage(personOf('p7', TILBURG), programme({ coordinatorId: null }), MEMBERS)).toBe(
        false,
      );
    });

    it('refuse a client with the coordinator person id as client id', () => {
      const client: Caller = {
        kind: 'client',
        actorId: 'client:p7',
        clientId: 'p7',
        clientName: 'Intranet Amsterdam',
        municipalityCode: AMSTERDAM,
        scopes: [Scope.READ],
        origin: '127.0.0.1',
      };

      expect(mayManage(client, programme(), MEMBERS)).toBe(false);
    });

    it('refuse HR of a member and anonymous callers', () => {
      expect(mayManage(clientOf(TILBURG, [Scope.HR]), programme(), MEMBERS)).toBe(false);
      expect(refusalOf(clientOf(TILBURG, [Scope.HR]))).toMatchObject({
        code: LearningErrorCode.NOT_YOUR_PROGRAMME,
      });
      expect(mayManage(anonymous, programme(), MEMBERS)).toBe(false);
    });
  });

  describe('mayReadReport', () => {
    it('lets everyone who may manage read the report', () => {
      expect(mayReadReport(ADMIN, programme(), MEMBERS)).toBe(true);
      expect(mayReadReport(clientOf(BREDA, [Scope.WRITE]), programme(), MEMBERS)).toBe(true);
      expect(mayReadReport(personOf('p7', AMSTERDAM), programme(), MEMBERS)).toBe(true);
    });

    it('lets HR of a member read it, client or signed-in person', () => {
      expect(mayReadReport(clientOf(TILBURG, [Scope.HR]), programme(), MEMBERS)).toBe(true);
      expect(mayReadReport(personOf('p8', BREDA, [Scope.HR]), programme(), MEMBERS)).toBe(true);
    });

    it('refuses HR of a municipality that does not run it', () => {
      expect(mayReadReport(clientOf(AMSTERDAM, [Scope.HR]), programme(), MEMBERS)).toBe(false);
      expect(mayReadReport(personOf('p9', AMSTERDAM, [Scope.HR]), programme(), MEMBERS)).toBe(
        false,
      );
    });

    it('refuses a reader of a member, a non-coordinator and anonymous callers', () => {
      expect(mayReadReport(clientOf(TILBURG, [Scope.READ]), programme(), MEMBERS)).toBe(false);
      expect(mayReadReport(personOf('p8', TILBURG), programme(), MEMBERS)).toBe(false);
      expect(mayReadReport(anonymous, programme(), MEMBERS)).toBe(false);
    });
  });
});
