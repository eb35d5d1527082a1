import { randomUUID } from 'node:crypto';
import { AdminWrites, dataOf } from '../support/admin-writes';
import { type GraphqlResponse, startTestApp, type TestApp } from '../support/test-app';
import { TEST_ADMIN_KEY } from '../support/test-config';

// ---- operations ----

const UPDATE_PERSON = `mutation($id: ID!, $input: UpdatePersonInput!) {
  updatePerson(id: $id, input: $input) { id municipality { code } }
}`;
const RECORD_EXPERIENCE = `mutation($input: ExperienceInput!) { recordExperience(input: $input) { role } }`;

const COUNT = `value suppressed`;
const TOTAL = `known complete`;
const GAP_FIELDS = `skill { id } severity coverage
  demand { challengeCount weighted challenges { id } }
  holders { ${TOTAL} } available { ${TOTAL} }
  byMunicipality { municipality { code } holders { ${COUNT} } available { ${COUNT} } }
  sources { municipality { code } sharesCollaboration holders { ${COUNT} } available { ${COUNT} } }`;
const SKILL_GAPS = `query($input: SkillGapInput!) {
  skillGaps(input: $input) {
    challengeCount minLevel kAnonymity
    municipality { code } collaboration { id } municipalities { code }
    gaps { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${GAP_FIELDS} } } }
  }
}`;
const HOLDING = `person { id } level availability`;
const KNOWLEDGE_AT_RISK = `query($input: KnowledgeAtRiskInput!) {
  knowledgeAtRisk(input: $input) {
    minLevel kAnonymity municipality { code } collaboration { id }
    thinSkills { skill { id } holders { ${TOTAL} } namedHolders { ${HOLDING} } successors { ${HOLDING} } }
    orphanedChallenges {
      challenge { id } solvers { ${COUNT} } movedAway { ${COUNT} } unavailable { id }
    }
  }
}`;
const SKILL_COVERAGE = `query($collaborationId: ID!, $skillIds: [ID!]) {
  skillCoverage(collaborationId: $collaborationId, skillIds: $skillIds) {
    collaboration { id } minLevel kAnonymity municipalities { code name } skills { id }
    cells { municipalityCode skillId holders { ${COUNT} } available { ${COUNT} } }
  }
}`;

// ---- answers ----

interface Count {
  value: number | null;
  suppressed: boolean;
}
interface Total {
  known: number;
  complete: boolean;
}
interface Supply {
  municipality: { code: string };
  holders: Count;
  available: Count;
}
interface Gap {
  skill: { id: string };
  severity: number;
  coverage: number;
  demand: { challengeCount: number; weighted: number; challenges: Array<{ id: string }> };
  holders: Total;
  available: Total;
  byMunicipality: Supply[];
  sources: Array<Supply & { sharesCollaboration: boolean }>;
}
interface GapReport {
  challengeCount: number;
  minLevel: number;
  kAnonymity: number;
  municipality: { code: string } | null;
  collaboration: { id: string } | null;
  municipalities: Array<{ code: string }>;
  gaps: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: Gap }>;
  };
}
interface Holding {
  person: { id: string };
  level: number;
  availability: string;
}
interface AtRisk {
  minLevel: number;
  kAnonymity: number;
  municipality: { code: string } | null;
  collaboration: { id: string } | null;
  thinSkills: Array<{
    skill: { id: string };
    holders: Total;
    namedHolders: Holding[];
    successors: Holding[];
  }>;
  orphanedChallenges: Array<{
    challenge: { id: string };
    solvers: Count;
    movedAway: Count;
    unavailable: Array<{ id: string }>;
  }>;
}
interface Coverage {
  collaboration: { id: string };
  minLevel: number;
  kAnonymity: number;
  municipalities: Array<{ code: string; name: string }>;
  skills: Array<{ id: string }>;
  cells: Array<{ municipalityCode: string; skillId: string; holders: Count; available: Count }>;
}

const exact = (value: number): Count => ({ value, suppressed: false });
const SUPPRESSED: Count = { value: null, suppressed: true };

function expectError(
  answer: GraphqlResponse<unknown>,
  code: string,
  reason?: string,
  message?: RegExp,
): void {
  expect(answer.errors?.[0]?.extensions?.code).toBe(code);
  if (reason) expect(answer.errors?.[0]?.extensions?.reason).toBe(reason);
  if (message) expect(answer.errors?.[0]?.message).toMatch(message);
  expect(answer.data ?? null).toBeNull();
}

// Three real municipalities in a collaboration of this file's own, and one that shares no
// collaboration with any of them (not even in the reference data).
const A = 'GM0855'; // Tilburg
const B = 'GM0785'; // Goirle
const O = 'GM0824'; // Oisterwijk
const FAR = 'GM0014'; // Groningen
const ELSEWHERE = 'GM0363'; // Amsterdam: where people move to

/**
 * HR analytics over GraphQL on one small world, made once (every test only reads it):
 *
 * - Tilburg (A) faces an OPEN challenge needing `none` (nobody has it), `many` (three available
 *   people of A), `both` and `src` (one person of partner Goirle, three of far-away Groningen),
 *   an IN_PROGRESS one needing `both`, and a SOLVED one needing `solved`;
 * - Goirle (B) faces an OPEN challenge needing `big` (five NETWORK people of B, one UNAVAILABLE,
 *   plus one MUNICIPALITY-visible), `hidden` (only that MUNICIPALITY-visible person) and `small`
 *   (two people of A, three of B);
 * - knowledge at risk in A: `thin1` held at level by one person (two successors below level),
 *   `thin2` by two; solved challenges whose solvers are unavailable or moved away, and one with
 *   a solver still there.
 */
describe('HR analytics over GraphQL (skillGaps, knowledgeAtRisk, skillCoverage)', () => {
  let app: TestApp;
  const run = randomUUID().slice(0, 8);
  const skill = (name: string): string => `gaps-${run}-${name}`;
  const S = {
    none: skill('none'),
    many: skill('many'),
    both: skill('both'),
    src: skill('src'),
    solved: skill('solved'),
    big: skill('big'),
    hidden: skill('hidden'),
    small: skill('small'),
    thin1: skill('thin1'),
    thin2: skill('thin2'),
    thinB: skill('thinb'),
  };
  const collaborationId = `gaps-e2e-${run}`;
  const keys = { hrA: '', hrB: '', hrFar: '', readA: '' };
  const people: Record<string, string> = {};
  const challenges: Record<string, string> = {};

  let admin: AdminWrites;
  const person = async (
    name: string,
    code: string,
    skills: Record<string, number>,
    extra: Record<string, unknown> = {},
  ): Promise<void> => {
    people[name] = await admin.person(code, skills, extra);
  };
  const challenge = async (
    name: string,
    code: string,
    status: string,
    requiredSkillIds: string[],
  ): Promise<void> => {
    challenges[name] = await admin.challenge(code, status, requiredSkillIds);
  };
  const worked = (personName: string, challengeName: string): Promise<unknown> =>
    dataOf(
      app.admin(RECORD_EXPERIENCE, {
        input: {
          personId: people[personName],
          challengeId: challenges[challengeName],
          role: 'LEAD',
          outcome: 'SOLVED',
          year: 2022,
        },
      }),
    );
  const move = (personName: string, code: string): Promise<unknown> =>
    dataOf(app.admin(UPDATE_PERSON, { id: people[personName], input: { municipalityCode: code } }));

  const gaps = async (input: Record<string, unknown>, token = TEST_ADMIN_KEY): Promise<GapReport> =>
    (await dataOf(app.gql<{ skillGaps: GapReport }>(SKILL_GAPS, { input }, { token }))).skillGaps;
  const gapOf = (report: GapReport, skillId: string): Gap => {
    const found = report.gaps.edges.find((edge) => edge.node.skill.id === skillId);
    if (!found) throw new Error(`No gap for ${skillId}`);
    return found.node;
  };
  const supplyOf = (gap: Gap, code: string): Pick<Supply, 'holders' | 'available'> => {
    const found = gap.byMunicipality.find((each) => each.municipality.code === code);
    if (!found) throw new Error(`No supply of ${code}`);
    return { holders: found.holders, available: found.available };
  };
  const atRisk = async (input: Record<string, unknown>, token = TEST_ADMIN_KEY): Promise<AtRisk> =>
    (await dataOf(app.gql<{ knowledgeAtRisk: AtRisk }>(KNOWLEDGE_AT_RISK, { input }, { token })))
      .knowledgeAtRisk;
  const coverage = async (
    variables: Record<string, unknown>,
    token = TEST_ADMIN_KEY,
  ): Promise<Coverage> =>
    (await dataOf(app.gql<{ skillCoverage: Coverage }>(SKILL_COVERAGE, variables, { token })))
      .skillCoverage;
  /** This file's own skills, in the order given (other skills cannot exist here, but be exact). */
  const ownSkills = (ids: string[]): string[] => ids.filter((id) => id.startsWith(`gaps-${run}-`));

  beforeAll(async () => {
    app = await startTestApp();
    admin = new AdminWrites(app);
    await admin.collaboration(collaborationId, `Hr-analyse ${run}`, [A, B, O]);
    for (const [name, id] of Object.entries(S)) {
      await admin.skill({ id, name: `Gaps ${run} ${name}` });
    }
    keys.hrA = await admin.apiKey(A, ['HR']);
    keys.hrB = await admin.apiKey(B, ['HR']);
    keys.hrFar = await admin.apiKey(FAR, ['HR']);
    keys.readA = await admin.apiKey(A, ['READ']);

    // Tilburg
    await person('a1', A, { [S.many]: 4, [S.small]: 3, [S.thin1]: 4, [S.thin2]: 5 });
    await person('a2', A, { [S.many]: 4, [S.small]: 3, [S.thin1]: 2, [S.thin2]: 3 });
    await person('a3', A, { [S.many]: 4, [S.thin1]: 1 });
    await person('u1', A, {}, { availability: 'UNAVAILABLE' });
    await person('u2', A, {}, { availability: 'UNAVAILABLE' });
    await person('k1', A, {}, { availability: 'LIMITED' });
    await person('m1', A, {});
    await person('m2', A, {});
    await person('mh', A, {}, { visibility: 'MUNICIPALITY' });
    // Goirle
    await person('b1', B, { [S.big]: 4, [S.small]: 3, [S.src]: 3 });
    await person('b2', B, { [S.big]: 4, [S.small]: 3 });
    await person('b3', B, { [S.big]: 4, [S.small]: 3 });
    await person('b4', B, { [S.big]: 4, [S.thinB]: 4 });
    await person('b5', B, { [S.big]: 4 }, { availability: 'UNAVAILABLE' });
    await person('bh', B, { [S.big]: 4, [S.hidden]: 3 }, { visibility: 'MUNICIPALITY' });
    // Groningen
    await person('n1', FAR, { [S.src]: 3 });
    await person('n2', FAR, { [S.src]: 3 });
    await person('n3', FAR, { [S.src]: 3 });

    await challenge('open', A, 'OPEN', [S.none, S.many, S.both, S.src]);
    await challenge('progress', A, 'IN_PROGRESS', [S.both]);
    await challenge('solved', A, 'SOLVED', [S.solved]);
    await challenge('goirle', B, 'OPEN', [S.big, S.hidden, S.small]);
    await challenge('orphan', A, 'SOLVED', []);
    await challenge('orphanMoved', A, 'SOLVED', []);
    await challenge('kept', A, 'SOLVED', []);
    await challenge('orphanHidden', A, 'SOLVED', []);

    await worked('u1', 'orphan');
    await worked('m1', 'orphan');
    await worked('m2', 'orphanMoved');
    await worked('u2', 'kept');
    await worked('k1', 'kept');
    // Unavailable solvers of a challenge that is not solved do not make it orphaned.
    await worked('u1', 'progress');
    await worked('mh', 'orphanHidden');
    await move('m1', ELSEWHERE);
    await move('m2', B);
    // Seen only in their own municipality, which is now Goirle: Tilburg's HR no longer sees them.
    await move('mh', B);
  }, 120_000);
  afterAll(() => app?.close());

  describe('skillGaps of one municipality', () => {
    it('counts the open and in-progress challenges, lists each required skill once, most severe first', async () => {
      const report = await gaps({ municipalityCode: A });
      expect(report.municipality).toEqual({ code: A });
      expect(report.collaboration).toBeNull();
      expect(report.municipalities).toEqual([{ code: A }]);
      expect(report).toMatchObject({ challengeCount: 2, minLevel: 3, kAnonymity: 5 });
      expect(report.gaps.totalCount).toBe(4);
      // both: 1.75 / (1 + 0); none and src: 1 / (1 + 0), by id; many: 1 / (1 + 3).
      expect(report.gaps.edges.map((edge) => edge.node.skill.id)).toEqual([
        S.both,
        S.none,
        S.src,
        S.many,
      ]);

      const both = gapOf(report, S.both);
      expect(both.demand.challengeCount).toBe(2);
      expect(both.demand.weighted).toBeCloseTo(1.75, 3);
      expect(both.demand.challenges.map(({ id }) => id).sort()).toEqual(
        [challenges.open, challenges.progress].sort(),
      );
      expect(both.severity).toBeCloseTo(1.75, 3);
      expect(both.holders).toEqual({ known: 0, complete: true });
      expect(both.coverage).toBe(0);
    });

    it('ranks a skill nobody has above one that several available people have', async () => {
      const report = await gaps({ municipalityCode: A }, keys.hrA);
      const none = gapOf(report, S.none);
      const many = gapOf(report, S.many);
      expect(none.holders).toEqual({ known: 0, complete: true });
      expect(many.holders).toEqual({ known: 3, complete: true });
      expect(many.available).toEqual({ known: 3, complete: true });
      expect(supplyOf(many, A)).toEqual({ holders: exact(3), available: exact(3) });
      expect(none.severity).toBeCloseTo(1, 3);
      expect(many.severity).toBeCloseTo(0.25, 3);
      expect(many.coverage).toBe(3);
      const order = report.gaps.edges.map((edge) => edge.node.skill.id);
      expect(order.indexOf(S.none)).toBeLessThan(order.indexOf(S.many));
    });

    it('counts only people at minLevel or above', async () => {
      const atFive = await gaps({ municipalityCode: A, minLevel: 5 }, keys.hrA);
      expect(atFive.minLevel).toBe(5);
      expect(gapOf(atFive, S.many).holders).toEqual({ known: 0, complete: true });
      const atFour = await gaps({ municipalityCode: A, minLevel: 4 }, keys.hrA);
      expect(gapOf(atFour, S.many).holders).toEqual({ known: 3, complete: true });
    });

    it('lists sources outside the area, those sharing a collaboration first', async () => {
      const report = await gaps({ municipalityCode: A });
      // Groningen has more available people, but Goirle shares a collaboration with Tilburg.
      expect(gapOf(report, S.src).sources).toEqual([
        {
          municipality: { code: B },
          sharesCollaboration: true,
          holders: exact(1),
          available: exact(1),
        },
        {
          municipality: { code: FAR },
          sharesCollaboration: false,
          holders: exact(3),
          available: exact(3),
        },
      ]);
      // HR of Tilburg sees the same order, with both small counts suppressed.
      const asHr = await gaps({ municipalityCode: A }, keys.hrA);
      expect(gapOf(asHr, S.src).sources).toEqual([
        {
          municipality: { code: B },
          sharesCollaboration: true,
          holders: SUPPRESSED,
          available: SUPPRESSED,
        },
        {
          municipality: { code: FAR },
          sharesCollaboration: false,
          holders: SUPPRESSED,
          available: SUPPRESSED,
        },
      ]);
    });

    it('takes the demand from the challenges named, solved ones included', async () => {
      const report = await gaps({ municipalityCode: A, challengeIds: [challenges.solved] });
      expect(report.challengeCount).toBe(1);
      expect(report.gaps.edges.map((edge) => edge.node.skill.id)).toEqual([S.solved]);
      const solved = gapOf(report, S.solved);
      expect(solved.demand.challengeCount).toBe(1);
      expect(solved.demand.weighted).toBeCloseTo(0.25, 3);
    });

    it('answers a first page of the gaps with the total and a cursor to go on', async () => {
      const report = await gaps({ municipalityCode: A, first: 2 }, keys.hrA);
      expect(report.gaps.edges.map((edge) => edge.node.skill.id)).toEqual([S.both, S.none]);
      expect(report.gaps.totalCount).toBe(4);
      expect(report.gaps.pageInfo.hasNextPage).toBe(true);
      expect(report.gaps.pageInfo.endCursor).toBe(report.gaps.edges[1].cursor);
    });

    it('pages through every gap once, in order, one at a time', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 6; page++) {
        const report: GapReport = await gaps(
          { municipalityCode: A, first: 1, ...(after ? { after } : {}) },
          keys.hrA,
        );
        seen.push(...report.gaps.edges.map((edge) => edge.node.skill.id));
        if (!report.gaps.pageInfo.hasNextPage) break;
        after = report.gaps.pageInfo.endCursor;
      }
      expect(seen).toEqual([S.both, S.none, S.src, S.many]);
    });
  });

  describe('skillGaps of a collaboration', () => {
    it('adds up the demand of all members and lists supply per member by name', async () => {
      const report = await gaps({ collaborationId }, keys.hrA);
      expect(report.municipality).toBeNull();
      expect(report.collaboration).toEqual({ id: collaborationId });
      // By name: Goirle, Oisterwijk, Tilburg.
      expect(report.municipalities).toEqual([{ code: B }, { code: O }, { code: A }]);
      expect(report.challengeCount).toBe(3);
      expect(report.gaps.totalCount).toBe(7);
      expect(ownSkills(report.gaps.edges.map((edge) => edge.node.skill.id)).sort()).toEqual(
        [S.both, S.none, S.many, S.src, S.big, S.hidden, S.small].sort(),
      );
      expect(report.gaps.edges[0].node.skill.id).toBe(S.both);
      expect(gapOf(report, S.big).demand.challenges).toEqual([{ id: challenges.goirle }]);
      expect(
        gapOf(report, S.small).byMunicipality.map(({ municipality }) => municipality.code),
      ).toEqual([B, O, A]);
    });

    it('accepts named challenges of any member', async () => {
      const report = await gaps({ collaborationId, challengeIds: [challenges.goirle] });
      expect(report.challengeCount).toBe(1);
      expect(report.gaps.edges.map((edge) => edge.node.skill.id).sort()).toEqual(
        [S.big, S.hidden, S.small].sort(),
      );
    });
  });

  describe('suppression of small counts', () => {
    it('shows HR its own small counts exactly and suppresses another member’s (never as 0)', async () => {
      const small = gapOf(await gaps({ collaborationId }, keys.hrA), S.small);
      expect(supplyOf(small, A)).toEqual({ holders: exact(2), available: exact(2) });
      expect(supplyOf(small, B)).toEqual({ holders: SUPPRESSED, available: SUPPRESSED });
      expect(supplyOf(small, O)).toEqual({ holders: exact(0), available: exact(0) });
      expect(small.holders).toEqual({ known: 2, complete: false });
      expect(small.available).toEqual({ known: 2, complete: false });
    });

    it('shows the other member’s HR its own count and suppresses the first one’s', async () => {
      const small = gapOf(await gaps({ collaborationId }, keys.hrB), S.small);
      expect(supplyOf(small, B)).toEqual({ holders: exact(3), available: exact(3) });
      expect(supplyOf(small, A)).toEqual({ holders: SUPPRESSED, available: SUPPRESSED });
      expect(small.holders).toEqual({ known: 3, complete: false });
    });

    it('shows the administrator every count exactly', async () => {
      const small = gapOf(await gaps({ collaborationId }), S.small);
      expect(supplyOf(small, A)).toEqual({ holders: exact(2), available: exact(2) });
      expect(supplyOf(small, B)).toEqual({ holders: exact(3), available: exact(3) });
      expect(small.holders).toEqual({ known: 5, complete: true });
      expect(small.severity).toBeCloseTo(1 / 6, 3);
    });

    it('shows a count of K or more to everyone, and suppresses a small one beside it', async () => {
      // Five NETWORK holders in Goirle (one of them UNAVAILABLE): HR of Tilburg sees the five,
      // but the four available ones are below K.
      const asA = gapOf(await gaps({ collaborationId }, keys.hrA), S.big);
      expect(supplyOf(asA, B)).toEqual({ holders: exact(5), available: SUPPRESSED });
      expect(asA.holders).toEqual({ known: 5, complete: true });
      expect(asA.available).toEqual({ known: 0, complete: false });
    });
  });

  describe('person visibility in counts', () => {
    it('does not count a MUNICIPALITY-visible person for HR of another municipality', async () => {
      const asA = await gaps({ collaborationId }, keys.hrA);
      expect(supplyOf(gapOf(asA, S.hidden), B)).toEqual({
        holders: exact(0),
        available: exact(0),
      });
      // …nor among the K or more: six hold `big` in Goirle, five of them visible to Tilburg.
      expect(supplyOf(gapOf(asA, S.big), B).holders).toEqual(exact(5));
    });

    it('counts them for HR of their own municipality and for the administrator', async () => {
      const asB = await gaps({ collaborationId }, keys.hrB);
      expect(supplyOf(gapOf(asB, S.hidden), B)).toEqual({
        holders: exact(1),
        available: exact(1),
      });
      expect(supplyOf(gapOf(asB, S.big), B)).toEqual({ holders: exact(6), available: exact(5) });
      const asAdmin = await gaps({ collaborationId });
      expect(supplyOf(gapOf(asAdmin, S.big), B)).toEqual({
        holders: exact(6),
        available: exact(5),
      });
    });
  });

  describe('skillGaps input', () => {
    it('refuses challengeIds faced outside the area with BAD_USER_INPUT naming them', async () => {
      const answer = await app.gql(
        SKILL_GAPS,
        { input: { municipalityCode: A, challengeIds: [challenges.open, challenges.goirle] } },
        { token: keys.hrA },
      );
      expectError(
        answer,
        'BAD_USER_INPUT',
        'CHALLENGE_OUTSIDE_AREA',
        new RegExp(`"${challenges.goirle}" is not faced`),
      );
    });

    it.each([
      ['neither municipalityCode nor collaborationId', {}],
      ['both municipalityCode and collaborationId', { municipalityCode: A, collaborationId: 'x1' }],
    ])('refuses %s with BAD_USER_INPUT', async (_case, input) => {
      const answer = await app.gql(SKILL_GAPS, { input }, { token: keys.hrA });
      expectError(answer, 'BAD_USER_INPUT', 'GAP_AREA_INVALID', /exactly one of municipalityCode/);
    });

    it.each([
      ['an unknown municipality', { municipalityCode: 'GM9999' }, /GM9999/],
      [
        'an unknown collaboration',
        { collaborationId: 'no-such-collaboration' },
        /"no-such-collaboration"/,
      ],
    ])('answers NOT_FOUND for %s', async (_case, input, message) => {
      const answer = await app.gql(SKILL_GAPS, { input }, { token: keys.hrA });
      expectError(answer, 'NOT_FOUND', undefined, message);
    });

    it('refuses a minLevel outside 1..5 with BAD_USER_INPUT', async () => {
      const answer = await app.gql(
        SKILL_GAPS,
        { input: { municipalityCode: A, minLevel: 9 } },
        { token: keys.hrA },
      );
      expectError(
        answer,
        'BAD_USER_INPUT',
        undefined,
        /minLevel must be a whole number from 1 to 5/,
      );
    });
  });

  describe('knowledgeAtRisk', () => {
    it('lists thin skills fewest holders first, naming holders and successors of the own municipality', async () => {
      const report = await atRisk({ municipalityCode: A }, keys.hrA);
      expect(report.municipality).toEqual({ code: A });
      expect(report).toMatchObject({ minLevel: 3, kAnonymity: 5 });
      // many (three holders) is not thin; thin1 (one) before small and thin2 (two), by id.
      expect(report.thinSkills.map(({ skill }) => skill.id)).toEqual([
        S.thin1,
        ...[S.small, S.thin2].sort(),
      ]);
      const [thin1] = report.thinSkills;
      expect(thin1.holders).toEqual({ known: 1, complete: true });
      expect(thin1.namedHolders).toEqual([
        { person: { id: people.a1 }, level: 4, availability: 'AVAILABLE' },
      ]);
      expect(thin1.successors).toEqual([
        { person: { id: people.a2 }, level: 2, availability: 'AVAILABLE' },
        { person: { id: people.a3 }, level: 1, availability: 'AVAILABLE' },
      ]);
      const thin2 = report.thinSkills.find(({ skill }) => skill.id === S.thin2);
      expect(thin2?.holders).toEqual({ known: 2, complete: true });
      expect(thin2?.namedHolders.map(({ person, level }) => [person.id, level])).toEqual([
        [people.a1, 5],
        [people.a2, 3],
      ]);
      expect(thin2?.successors).toEqual([]);
    });

    it('lists solved challenges whose every solver is unavailable or moved away', async () => {
      const report = await atRisk({ municipalityCode: A }, keys.hrA);
      const orphaned = [...report.orphanedChallenges].sort((a, b) =>
        a.challenge.id.localeCompare(b.challenge.id),
      );
      expect(orphaned).toEqual(
        [
          {
            challenge: { id: challenges.orphan },
            solvers: exact(2),
            movedAway: exact(1),
            unavailable: [{ id: people.u1 }],
          },
          {
            challenge: { id: challenges.orphanMoved },
            solvers: exact(1),
            movedAway: exact(1),
            unavailable: [],
          },
        ].sort((a, b) => a.challenge.id.localeCompare(b.challenge.id)),
      );
    });

    it('counts only the solvers the caller may see', async () => {
      const asA = await atRisk({ municipalityCode: A }, keys.hrA);
      expect(asA.orphanedChallenges.map(({ challenge }) => challenge.id)).not.toContain(
        challenges.orphanHidden,
      );
      const asAdmin = await atRisk({ municipalityCode: A });
      expect(
        asAdmin.orphanedChallenges.find(
          ({ challenge }) => challenge.id === challenges.orphanHidden,
        ),
      ).toEqual({
        challenge: { id: challenges.orphanHidden },
        solvers: exact(1),
        movedAway: exact(1),
        unavailable: [],
      });
    });

    it('for a collaboration, names nobody of another municipality and suppresses its small counts', async () => {
      const asB = await atRisk({ collaborationId }, keys.hrB);
      expect(asB.collaboration).toEqual({ id: collaborationId });
      const thin1 = asB.thinSkills.find(({ skill }) => skill.id === S.thin1);
      expect(thin1).toEqual({
        skill: { id: S.thin1 },
        holders: { known: 0, complete: false },
        namedHolders: [],
        successors: [],
      });
      // Goirle's own thin skills are named, the MUNICIPALITY-visible holder included.
      const thinB = asB.thinSkills.find(({ skill }) => skill.id === S.thinB);
      expect(thinB?.holders).toEqual({ known: 1, complete: true });
      expect(thinB?.namedHolders.map(({ person }) => person.id)).toEqual([people.b4]);
      const hidden = asB.thinSkills.find(({ skill }) => skill.id === S.hidden);
      expect(hidden?.namedHolders.map(({ person }) => person.id)).toEqual([people.bh]);
      const orphan = asB.orphanedChallenges.find(
        ({ challenge }) => challenge.id === challenges.orphan,
      );
      expect(orphan).toEqual({
        challenge: { id: challenges.orphan },
        solvers: SUPPRESSED,
        movedAway: SUPPRESSED,
        unavailable: [],
      });
    });

    it('leaves out for HR of another member the skills only invisible people hold', async () => {
      const asA = await atRisk({ collaborationId }, keys.hrA);
      const ids = asA.thinSkills.map(({ skill }) => skill.id);
      expect(ids).toContain(S.thinB);
      expect(ids).not.toContain(S.hidden);
      const asAdmin = await atRisk({ collaborationId });
      expect(asAdmin.thinSkills.map(({ skill }) => skill.id)).toContain(S.hidden);
    });

    it.each([
      ['HR of a municipality outside the area', 'hrFar' as const],
      ['HR of a partner municipality', 'hrB' as const],
    ])('is FORBIDDEN to %s', async (_case, which) => {
      const answer = await app.gql(
        KNOWLEDGE_AT_RISK,
        { input: { municipalityCode: A } },
        { token: keys[which] },
      );
      expectError(answer, 'FORBIDDEN', 'NOT_YOUR_AREA');
    });
  });

  describe('skillCoverage', () => {
    const columns = (): string[] => [S.small, S.big, S.hidden, S.none];

    it('answers members × skills in order, suppressing other members’ small counts', async () => {
      const result = await coverage({ collaborationId, skillIds: columns() }, keys.hrA);
      expect(result.collaboration).toEqual({ id: collaborationId });
      expect(result).toMatchObject({ minLevel: 3, kAnonymity: 5 });
      expect(result.municipalities).toEqual([
        { code: B, name: 'Goirle' },
        { code: O, name: 'Oisterwijk' },
        { code: A, name: 'Tilburg' },
      ]);
      expect(result.skills.map(({ id }) => id)).toEqual(columns());
      expect(
        result.cells.map(({ municipalityCode, skillId }) => [municipalityCode, skillId]),
      ).toEqual([B, O, A].flatMap((code) => columns().map((id) => [code, id])));
      const holders = (code: string): Count[] =>
        result.cells.filter((cell) => cell.municipalityCode === code).map((cell) => cell.holders);
      expect(holders(B)).toEqual([SUPPRESSED, exact(5), exact(0), exact(0)]);
      expect(holders(O)).toEqual([exact(0), exact(0), exact(0), exact(0)]);
      expect(holders(A)).toEqual([exact(2), exact(0), exact(0), exact(0)]);
      const goirleBig = result.cells.find(
        (cell) => cell.municipalityCode === B && cell.skillId === S.big,
      );
      expect(goirleBig?.available).toEqual(SUPPRESSED);
    });

    it('shows the administrator every cell exactly', async () => {
      const result = await coverage({ collaborationId, skillIds: columns() });
      const goirle = result.cells.filter((cell) => cell.municipalityCode === B);
      expect(goirle.map((cell) => cell.holders)).toEqual([exact(3), exact(6), exact(1), exact(0)]);
      expect(goirle.map((cell) => cell.available)).toEqual([
        exact(3),
        exact(5),
        exact(1),
        exact(0),
      ]);
    });

    it('takes the skills most in demand among the members’ open challenges when none are named', async () => {
      const result = await coverage({ collaborationId }, keys.hrA);
      const ids = result.skills.map(({ id }) => id);
      expect(ids[0]).toBe(S.both);
      expect(ownSkills(ids).sort()).toEqual(
        [S.both, S.none, S.many, S.src, S.big, S.hidden, S.small].sort(),
      );
      expect(result.cells).toHaveLength(3 * ids.length);
    });

    it('answers NOT_FOUND for an unknown collaboration or skill', async () => {
      const collaboration = await app.gql(
        SKILL_COVERAGE,
        { collaborationId: 'no-such-collaboration' },
        { token: keys.hrA },
      );
      expectError(collaboration, 'NOT_FOUND', undefined, /"no-such-collaboration"/);
      const skillAnswer = await app.gql(
        SKILL_COVERAGE,
        { collaborationId, skillIds: [S.small, `gaps-${run}-nope`] },
        { token: keys.hrA },
      );
      expectError(skillAnswer, 'NOT_FOUND', undefined, new RegExp(`gaps-${run}-nope`));
    });
  });

  describe('access', () => {
    const operations = (): Array<[string, string, Record<string, unknown>]> => [
      ['skillGaps', SKILL_GAPS, { input: { municipalityCode: A } }],
      ['knowledgeAtRisk', KNOWLEDGE_AT_RISK, { input: { municipalityCode: A } }],
      ['skillCoverage', SKILL_COVERAGE, { collaborationId }],
    ];

    it('refuses a read key with FORBIDDEN', async () => {
      for (const [name, query, variables] of operations()) {
        const answer = await app.gql(query, variables, { token: keys.readA });
        expect([name, answer.errors?.[0]?.extensions?.code]).toEqual([name, 'FORBIDDEN']);
        expect(answer.errors?.[0]?.message).toMatch(/scope hr/);
        expect(answer.data ?? null).toBeNull();
      }
    });

    it('refuses anonymous callers with UNAUTHENTICATED', async () => {
      for (const [name, query, variables] of operations()) {
        const answer = await app.gql(query, variables);
        expect([name, answer.errors?.[0]?.extensions?.code]).toEqual([name, 'UNAUTHENTICATED']);
        expect(answer.data ?? null).toBeNull();
      }
    });
  });
});
