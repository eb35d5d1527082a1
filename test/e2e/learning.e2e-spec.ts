import { randomUUID } from 'node:crypto';
import { AdminWrites, dataOf } from '../support/admin-writes';
import { LocalIdentityProvider } from '../support/local-identity-provider';
import { type GraphqlResponse, startTestApp, type TestApp } from '../support/test-app';

// ---- operations ----

const RECORD_EXPERIENCE = `mutation($input: ExperienceInput!) { recordExperience(input: $input) { role } }`;
const CREATE = `mutation($input: CreateProgrammeInput!) {
  createLearningProgramme(input: $input) {
    id status collaboration { id } municipality { code } coordinator { id }
    challenges { id } skills { skill { id } targetLevel }
  }
}`;
const UPDATE = `mutation($programmeId: ID!, $input: UpdateProgrammeInput!) {
  updateLearningProgramme(programmeId: $programmeId, input: $input) { id status }
}`;
const SUGGEST_PARTICIPANTS = `query($programmeId: ID!, $first: Int) {
  suggestProgrammeParticipants(programmeId: $programmeId, first: $first) {
    person { id } score reasons challenges { id }
    lackingSkills { skill { id } level targetLevel needed wanted }
  }
}`;
const SUGGEST_MENTORS = `query($programmeId: ID!) {
  suggestMentors(programmeId: $programmeId) {
    person { id municipality { code } } score reasons insideProgrammeArea mentees sharedSkills { id }
  }
}`;
const ADD_PARTICIPANTS = `mutation($programmeId: ID!, $personIds: [ID!]!) {
  addProgrammeParticipants(programmeId: $programmeId, personIds: $personIds) {
    participants { person { id } }
  }
}`;
const ADD_MENTOR = `mutation($programmeId: ID!, $personId: ID!) {
  addProgrammeMentor(programmeId: $programmeId, personId: $personId) { mentors { person { id } } }
}`;
const FORM_CIRCLES = `mutation($programmeId: ID!) {
  formLearningCircles(programmeId: $programmeId) {
    number municipalityCount averageLevel explanation members { id }
  }
}`;
const MOVE = `mutation($programmeId: ID!, $personId: ID!, $circle: Int) {
  moveToLearningCircle(programmeId: $programmeId, personId: $personId, circle: $circle) {
    number members { id } explanation
  }
}`;
const PAIR = `mutation($programmeId: ID!, $replace: Boolean) {
  pairMentors(programmeId: $programmeId, replace: $replace) {
    pairs { participant { id } mentor { id } fit reasons kept }
    unpaired { participant { id } reason }
  }
}`;
const SET_MENTOR = `mutation($programmeId: ID!, $participantId: ID!, $mentorId: ID) {
  setProgrammeMentor(programmeId: $programmeId, participantId: $participantId, mentorId: $mentorId) {
    mentor { id } reasons
  }
}`;
const PROGRESS = `mutation($input: ProgressInput!) {
  recordLearningProgress(input: $input) {
    person { id } skill { id } levelBefore levelAfter challenge { id } outcome
  }
}`;
const REMOVE_PARTICIPANT = `mutation($programmeId: ID!, $personId: ID!) {
  removeProgrammeParticipant(programmeId: $programmeId, personId: $personId)
}`;
const WANTS = `mutation($personId: ID, $skillIds: [ID!]!) {
  setWantsToLearn(personId: $personId, skillIds: $skillIds) { id wantsToLearn { id } }
}`;
const PROGRAMME = `query($programmeId: ID!) {
  learningProgramme(programmeId: $programmeId) {
    id status
    participants { person { id } circle mentor { id } }
    mentors { person { id } }
    circles { number members { id } }
    progress { person { id } skill { id } levelBefore levelAfter }
  }
}`;
const PROGRAMMES = `query($collaborationId: ID, $municipalityCode: ID, $status: ProgrammeStatus) {
  learningProgrammes(collaborationId: $collaborationId, municipalityCode: $municipalityCode, status: $status) {
    totalCount edges { node { id } }
  }
}`;
const TOTAL = 'known complete';
const REPORT = `query($programmeId: ID!) {
  programmeReport(programmeId: $programmeId) {
    kAnonymity participants { ${TOTAL} }
    skills {
      skill { id } targetLevel learners { ${TOTAL} } reachedTarget { ${TOTAL} } averageGain
      demand holdersNow { ${TOTAL} } holdersBefore { ${TOTAL} } severityBefore severityNow
    }
    solved { sinceFrom sinceTo beforeFrom beforeTo before { ${TOTAL} } since { ${TOTAL} } appliedInProgramme { ${TOTAL} } }
  }
}`;

interface Total {
  known: number;
  complete: boolean;
}

function expectError(answer: GraphqlResponse<unknown>, code: string, reason?: string): void {
  expect(answer.errors?.[0]?.extensions?.code).toBe(code);
  if (reason) expect(answer.errors?.[0]?.extensions?.reason).toBe(reason);
}

const A = 'GM0855'; // Tilburg
const B = 'GM0785'; // Goirle
const O = 'GM0824'; // Oisterwijk
const FAR = 'GM0014'; // Groningen

/**
 * A learning programme of a collaboration of three municipalities, composed, run and reported
 * on over GraphQL, with the rules about who may do what.
 */
describe('learning programmes over GraphQL', () => {
  let app: TestApp;
  let admin: AdminWrites;
  const run = randomUUID().slice(0, 8);
  const collaborationId = `learning-e2e-${run}`;
  const S = { inkoop: `lp-${run}-inkoop`, contract: `lp-${run}-contract` };
  const keys = { writeA: '', writeB: '', writeFar: '', readA: '', hrB: '', hrFar: '' };
  const p: Record<string, string> = {};
  const c: Record<string, string> = {};
  let programmeId = '';

  const as = <T>(token: string, query: string, variables: Record<string, unknown>) =>
    app.gql<T>(query, variables, { token });
  const worked = (person: string, challenge: string, outcome: string): Promise<unknown> =>
    dataOf(
      app.admin(RECORD_EXPERIENCE, {
        input: {
          personId: p[person],
          challengeId: c[challenge],
          role: 'LEAD',
          outcome,
          year: 2023,
        },
      }),
    );

  let provider: LocalIdentityProvider;
  /** As the signed-in person `name`. */
  const signedIn = async <T>(name: string, query: string, variables: Record<string, unknown>) =>
    app.gql<T>(query, variables, { token: await provider.sign(p[name]) });

  beforeAll(async () => {
    provider = await LocalIdentityProvider.start();
    app = await startTestApp({ OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: provider.audience });
    admin = new AdminWrites(app);
    await admin.collaboration(collaborationId, `Leernetwerk ${run}`, [A, B, O]);
    await admin.skill({ id: S.inkoop, name: `Inkoop jeugdhulp ${run}` });
    await admin.skill({ id: S.contract, name: `Contractmanagement zorg ${run}` });
    keys.writeA = await admin.apiKey(A, ['WRITE']);
    keys.writeB = await admin.apiKey(B, ['WRITE']);
    keys.writeFar = await admin.apiKey(FAR, ['WRITE']);
    keys.readA = await admin.apiKey(A, ['READ']);
    keys.hrB = await admin.apiKey(B, ['HR']);
    keys.hrFar = await admin.apiKey(FAR, ['HR']);

    c.open = await admin.challenge(A, 'OPEN', [S.inkoop, S.contract]);
    c.openB = await admin.challenge(B, 'IN_PROGRESS', [S.inkoop]);
    c.solvedFar = await admin.challenge(FAR, 'SOLVED', [S.inkoop, S.contract]);
    c.solvedB = await admin.challenge(B, 'SOLVED', [S.inkoop]);

    p.a1 = await admin.person(A, { [S.inkoop]: 1 });
    p.a2 = await admin.person(A, {});
    p.a4 = await admin.person(A, { [S.inkoop]: 5, [S.contract]: 5 });
    p.b1 = await admin.person(B, { [S.inkoop]: 2 });
    p.b2 = await admin.person(B, {});
    p.o1 = await admin.person(O, { [S.contract]: 1 });
    p.o2 = await admin.person(O, {}, { visibility: 'MUNICIPALITY' });
    p.o3 = await admin.person(O, {});
    p.far = await admin.person(FAR, {});
    p.m1 = await admin.person(FAR, { [S.inkoop]: 5, [S.contract]: 4 });
    p.m2 = await admin.person(B, { [S.inkoop]: 5, [S.contract]: 4 });
    for (const name of ['a1', 'a2', 'a4', 'o1', 'o2']) await worked(name, 'open', 'ONGOING');
    for (const name of ['b1', 'b2']) await worked(name, 'openB', 'ONGOING');
    await worked('m1', 'solvedFar', 'SOLVED');
    await worked('m2', 'solvedB', 'SOLVED');
    await worked('a1', 'solvedB', 'SOLVED');
    // o3 works on nothing, but wants to learn.
    await dataOf(app.admin(WANTS, { personId: p.o3, skillIds: [S.contract] }));
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await provider?.stop();
  });

  it('lets a writer of a member municipality create a programme for the collaboration, and nobody else', async () => {
    const input = {
      title: 'Leernetwerk inkoop jeugdhulp',
      goal: 'Samen leren inkopen',
      collaborationId,
      challengeIds: [c.open],
      skills: [
        { skillId: S.inkoop, targetLevel: 4 },
        { skillId: S.contract, targetLevel: 3 },
      ],
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      coordinatorId: p.a4,
    };
    expectError(await as(keys.writeFar, CREATE, { input }), 'FORBIDDEN', 'NOT_YOUR_PROGRAMME');
    expectError(await as(keys.readA, CREATE, { input }), 'FORBIDDEN');
    expectError(
      await as(keys.writeA, CREATE, { input: { ...input, municipalityCode: A } }),
      'BAD_USER_INPUT',
      'PROGRAMME_OWNER_INVALID',
    );
    expectError(
      await as(keys.writeA, CREATE, { input: { ...input, endDate: '2025-06-01' } }),
      'BAD_USER_INPUT',
      'PROGRAMME_INPUT_INVALID',
    );
    expectError(
      await as(keys.writeA, CREATE, {
        input: { ...input, skills: [{ skillId: S.inkoop, targetLevel: 6 }] },
      }),
      'BAD_USER_INPUT',
    );
    const created = (
      await dataOf(
        as<{ createLearningProgramme: Record<string, unknown> }>(keys.writeA, CREATE, { input }),
      )
    ).createLearningProgramme;
    expect(created).toMatchObject({
      status: 'PLANNED',
      collaboration: { id: collaborationId },
      municipality: null,
      coordinator: { id: p.a4 },
      challenges: [{ id: c.open }],
    });
    programmeId = created.id as string;
    const listed = await dataOf(
      as<{ learningProgrammes: { edges: Array<{ node: { id: string } }> } }>(
        keys.readA,
        PROGRAMMES,
        {
          municipalityCode: O,
        },
      ),
    );
    expect(listed.learningProgrammes.edges.map((e) => e.node.id)).toContain(programmeId);
  });

  it('suggests participants who need and lack the skills, with reasons, to its coordinators only', async () => {
    expectError(await as(keys.readA, SUGGEST_PARTICIPANTS, { programmeId }), 'FORBIDDEN');
    expectError(await as(keys.writeFar, SUGGEST_PARTICIPANTS, { programmeId }), 'FORBIDDEN');
    type Suggestion = {
      person: { id: string };
      reasons: string[];
      lackingSkills: Array<{
        skill: { id: string };
        level: number;
        needed: boolean;
        wanted: boolean;
      }>;
    };
    const found = (
      await dataOf(
        as<{ suggestProgrammeParticipants: Suggestion[] }>(keys.writeA, SUGGEST_PARTICIPANTS, {
          programmeId,
          first: 50,
        }),
      )
    ).suggestProgrammeParticipants;
    const ids = found.map((s) => s.person.id);
    // o2 is visible to its own municipality only: a writer of Tilburg does not see them.
    expect(new Set(ids)).toEqual(new Set([p.a1, p.a2, p.b1, p.b2, p.o1, p.o3]));
    expect(ids).not.toContain(p.a4); // holds both skills at target
    const o3 = found.find((s) => s.person.id === p.o3) as Suggestion;
    expect(o3.lackingSkills).toEqual([
      { skill: { id: S.contract }, level: 0, targetLevel: 3, needed: false, wanted: true },
    ]);
    expect(o3.reasons.join(' ')).toMatch(/wil .* leren/);
    const a1 = found.find((s) => s.person.id === p.a1) as Suggestion;
    expect(a1.reasons.join(' ')).toMatch(/niveau 1, het programma mikt op 4/);
    // Someone whose work needs the skill ranks above someone who only wants it.
    expect(ids.indexOf(p.a2)).toBeLessThan(ids.indexOf(p.o3));
  });

  it('suggests mentors from the recommendation ranking, those of its own municipalities first', async () => {
    type Mentor = {
      person: { id: string };
      reasons: string[];
      insideProgrammeArea: boolean;
      mentees: number;
    };
    const found = (
      await dataOf(as<{ suggestMentors: Mentor[] }>(keys.writeA, SUGGEST_MENTORS, { programmeId }))
    ).suggestMentors;
    const ids = found.map((m) => m.person.id);
    expect(ids).toEqual(expect.arrayContaining([p.m1, p.m2]));
    const m2 = found.find((m) => m.person.id === p.m2) as Mentor;
    expect(m2).toMatchObject({ insideProgrammeArea: true, mentees: 0 });
    expect(m2.reasons[0]).toMatch(/gemeenten van het programma/);
    expect(found.find((m) => m.person.id === p.m1)?.insideProgrammeArea).toBe(false);
  });

  it('adds participants of its municipalities only, and mentors from anywhere', async () => {
    expectError(
      await as(keys.writeA, ADD_PARTICIPANTS, { programmeId, personIds: [p.far] }),
      'BAD_USER_INPUT',
      'OUTSIDE_PROGRAMME_AREA',
    );
    await dataOf(
      app.admin(ADD_PARTICIPANTS, {
        programmeId,
        personIds: [p.a1, p.a2, p.b1, p.b2, p.o1, p.o2, p.o3],
      }),
    );
    await dataOf(as(keys.writeA, ADD_MENTOR, { programmeId, personId: p.m1 }));
    await dataOf(as(keys.writeA, ADD_MENTOR, { programmeId, personId: p.m2 }));
    type Seen = { learningProgramme: { participants: Array<{ person: { id: string } }> } };
    const byAdmin = await dataOf(app.admin<Seen>(PROGRAMME, { programmeId }));
    expect(byAdmin.learningProgramme.participants).toHaveLength(7);
    const byTilburg = await dataOf(as<Seen>(keys.readA, PROGRAMME, { programmeId }));
    expect(byTilburg.learningProgramme.participants.map((x) => x.person.id)).not.toContain(p.o2);
    expect(byTilburg.learningProgramme.participants).toHaveLength(6);
  });

  it('forms circles across municipalities, and lets the coordinator move someone', async () => {
    type Circle = {
      number: number;
      municipalityCount: number;
      explanation: string;
      members: Array<{ id: string }>;
    };
    const circles = (
      await dataOf(
        as<{ formLearningCircles: Circle[] }>(keys.writeA, FORM_CIRCLES, { programmeId }),
      )
    ).formLearningCircles;
    // o2 is visible to Oisterwijk only: Tilburg's writer sees the circle without them.
    expect(circles).toHaveLength(1);
    expect(circles[0]).toMatchObject({ number: 1, municipalityCount: 3 });
    expect(circles[0].members.map(({ id }) => id)).not.toContain(p.o2);
    expect(circles[0].members).toHaveLength(6);
    const formed = (
      await dataOf(app.admin<{ formLearningCircles: Circle[] }>(FORM_CIRCLES, { programmeId }))
    ).formLearningCircles;
    expect(formed[0].members).toHaveLength(7);
    expect(formed[0].explanation).toMatch(/7 deelnemers uit 3 gemeenten/);
    const moved = (
      await dataOf(
        as<{ moveToLearningCircle: Circle[] }>(keys.writeA, MOVE, {
          programmeId,
          personId: p.o3,
          circle: 2,
        }),
      )
    ).moveToLearningCircle;
    expect(moved.map((each) => each.members.length)).toEqual([5, 1]);
    expect(moved[1].explanation).toMatch(/minder dan/);
    expectError(
      await as(keys.writeFar, FORM_CIRCLES, { programmeId }),
      'FORBIDDEN',
      'NOT_YOUR_PROGRAMME',
    );
  });

  it('pairs participants with mentors within the capacity, and explains each pair', async () => {
    type Pairing = {
      pairs: Array<{ participant: { id: string }; mentor: { id: string }; reasons: string[] }>;
      unpaired: Array<{ participant: { id: string }; reason: string }>;
    };
    const result = (await dataOf(as<{ pairMentors: Pairing }>(keys.writeA, PAIR, { programmeId })))
      .pairMentors;
    // Two mentors, three participants each (MENTOR_CAPACITY), seven participants.
    expect(result.pairs).toHaveLength(6);
    expect(result.unpaired).toHaveLength(1);
    expect(result.unpaired[0].reason).toMatch(/maximum van 3/);
    for (const pair of result.pairs) expect(pair.reasons.length).toBeGreaterThan(0);
    const perMentor = new Map<string, number>();
    for (const pair of result.pairs)
      perMentor.set(pair.mentor.id, (perMentor.get(pair.mentor.id) ?? 0) + 1);
    expect([...perMentor.values()]).toEqual([3, 3]);
    const lonely = result.unpaired[0].participant.id;
    expectError(
      await as(keys.writeA, SET_MENTOR, { programmeId, participantId: lonely, mentorId: p.m1 }),
      'CONFLICT',
      'MENTOR_AT_CAPACITY',
    );
    expectError(
      await as(keys.writeA, SET_MENTOR, { programmeId, participantId: lonely, mentorId: p.far }),
      'BAD_USER_INPUT',
      'NOT_IN_PROGRAMME',
    );
  });

  it('records progress only while ACTIVE, for the participant’s own municipality, raising their level', async () => {
    const input = {
      programmeId,
      personId: p.a1,
      skillId: S.inkoop,
      levelAfter: 4,
      challengeId: c.open,
      outcome: 'SOLVED',
    };
    expectError(await as(keys.writeA, PROGRESS, { input }), 'CONFLICT', 'PROGRAMME_WRONG_STATUS');
    await dataOf(as(keys.writeA, UPDATE, { programmeId, input: { status: 'ACTIVE' } }));
    expectError(await as(keys.writeB, PROGRESS, { input }), 'FORBIDDEN');
    expectError(
      await as(keys.writeA, PROGRESS, { input: { ...input, skillId: `lp-${run}-unknown` } }),
      'BAD_USER_INPUT',
      'PROGRAMME_INPUT_INVALID',
    );
    const step = (
      await dataOf(
        as<{ recordLearningProgress: Record<string, unknown> }>(keys.writeA, PROGRESS, { input }),
      )
    ).recordLearningProgress;
    expect(step).toEqual({
      person: { id: p.a1 },
      skill: { id: S.inkoop },
      levelBefore: 1,
      levelAfter: 4,
      challenge: { id: c.open },
      outcome: 'SOLVED',
    });
    // A signed-in participant records their own progress; nobody else signed in may.
    const own = await dataOf(
      signedIn<{ recordLearningProgress: { person: { id: string } } }>('b2', PROGRESS, {
        input: { programmeId, skillId: S.inkoop, levelAfter: 2 },
      }),
    );
    expect(own.recordLearningProgress.person.id).toBe(p.b2);
    expectError(
      await signedIn('a2', PROGRESS, {
        input: { programmeId, personId: p.b2, skillId: S.inkoop, levelAfter: 3 },
      }),
      'FORBIDDEN',
    );
    await dataOf(
      as(keys.writeB, PROGRESS, {
        input: { programmeId, personId: p.b1, skillId: S.inkoop, levelAfter: 3 },
      }),
    );
  });

  it('reports learning, the gaps and solved challenges, protecting small counts of other municipalities', async () => {
    type Report = {
      participants: Total;
      skills: Array<{
        skill: { id: string };
        learners: Total;
        reachedTarget: Total;
        averageGain: number | null;
        holdersNow: Total;
        holdersBefore: Total;
        severityBefore: number;
        severityNow: number;
      }>;
      solved: { since: Total; before: Total; appliedInProgramme: Total; sinceFrom: number };
    };
    const full = (await dataOf(app.admin<{ programmeReport: Report }>(REPORT, { programmeId })))
      .programmeReport;
    expect(full.participants).toEqual({ known: 7, complete: true });
    const inkoop = full.skills.find((s) => s.skill.id === S.inkoop);
    expect(inkoop).toMatchObject({
      learners: { known: 3, complete: true },
      reachedTarget: { known: 1, complete: true },
      averageGain: 2,
    });
    // a1 reached level 4 in the programme: one holder more than before it.
    expect((inkoop?.holdersNow.known ?? 0) - (inkoop?.holdersBefore.known ?? 0)).toBe(1);
    expect(inkoop?.severityBefore).toBeGreaterThanOrEqual(inkoop?.severityNow ?? Infinity);
    expect(full.solved.sinceFrom).toBe(2026);
    expect(full.solved.appliedInProgramme.known).toBe(1);
    // HR of Goirle sees Goirle's counts exactly; Tilburg's and Oisterwijk's (2 and 3) are below K.
    const ofB = (await dataOf(as<{ programmeReport: Report }>(keys.hrB, REPORT, { programmeId })))
      .programmeReport;
    expect(ofB.participants).toEqual({ known: 2, complete: false });
    expect(ofB.skills.find((s) => s.skill.id === S.inkoop)?.averageGain).toBeNull();
    expectError(await as(keys.hrFar, REPORT, { programmeId }), 'FORBIDDEN', 'NOT_YOUR_PROGRAMME');
  });

  it('lets the signed-in coordinator manage it, and a participant leave by themselves', async () => {
    await dataOf(signedIn('a4', PAIR, { programmeId }));
    expectError(await signedIn('a2', PAIR, { programmeId }), 'FORBIDDEN', 'NOT_YOUR_PROGRAMME');
    expectError(
      await signedIn('a2', REMOVE_PARTICIPANT, { programmeId, personId: p.o3 }),
      'FORBIDDEN',
      'NOT_YOUR_PROGRAMME',
    );
    const left = await dataOf(
      signedIn<{ removeProgrammeParticipant: boolean }>('o3', REMOVE_PARTICIPANT, {
        programmeId,
        personId: p.o3,
      }),
    );
    expect(left.removeProgrammeParticipant).toBe(true);
  });

  it('keeps a finished programme as it is', async () => {
    await dataOf(as(keys.writeA, UPDATE, { programmeId, input: { status: 'COMPLETED' } }));
    expectError(
      await as(keys.writeA, UPDATE, { programmeId, input: { title: 'Later hernoemd' } }),
      'CONFLICT',
      'PROGRAMME_WRONG_STATUS',
    );
    expectError(
      await as(keys.writeA, ADD_PARTICIPANTS, { programmeId, personIds: [p.a4] }),
      'CONFLICT',
      'PROGRAMME_WRONG_STATUS',
    );
    expectError(await as(keys.writeA, FORM_CIRCLES, { programmeId }), 'CONFLICT');
  });
});
