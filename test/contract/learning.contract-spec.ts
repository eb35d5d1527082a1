import { randomUUID } from 'node:crypto';
import { ChallengeStatus } from '../../src/challenges/challenge-status';
import { ChallengesErrorCode } from '../../src/challenges/challenges.exception';
import { ChallengesRepository } from '../../src/challenges/challenges.repository';
import { CollaborationsErrorCode } from '../../src/collaborations/collaborations.exception';
import { ExperienceRole, Outcome } from '../../src/experiences/experience-role';
import { ExperiencesRepository } from '../../src/experiences/experiences.repository';
import { LearningErrorCode } from '../../src/learning/learning.exception';
import { type ProgrammeRecord } from '../../src/learning/learning.records';
import { LearningRepository } from '../../src/learning/learning.repository';
import { ProgrammeStatus } from '../../src/learning/programme-status';
import { PeopleErrorCode } from '../../src/people/people.exception';
import { PeopleRepository } from '../../src/people/people.repository';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { SkillsErrorCode } from '../../src/skills/skills.exception';
import { challengeRecord, municipalityRow, personRecord, skillRow } from '../support/factories';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

describe.each(GRAPH_STORES)('learning programmes contract on %s', (store) => {
  let graph: OpenGraph;
  let sut: LearningRepository;
  let importer: GraphImportRepository;
  const north = municipalityRow();
  const south = municipalityRow();
  const elsewhere = municipalityRow();
  const collaborationId = `test-learning-${randomUUID()}`;
  const skill = skillRow();
  const otherSkill = skillRow();

  beforeAll(async () => {
    graph = await openGraph(store);
    importer = graph.get(GraphImportRepository);
    await importer.importMunicipalities([north, south, elsewhere]);
    await importer.importCollaborations([
      { id: collaborationId, name: 'Leernetwerk', kind: 'SHARED_SERVICE' },
    ]);
    await importer.importMemberships([
      { collaborationId, municipalityCode: north.code },
      { collaborationId, municipalityCode: south.code },
    ]);
    await importer.importSkills([skill, otherSkill]);
    sut = graph.get(LearningRepository);
  });
  afterAll(() => graph.close());

  // Created one by one as the service does: a bulk import rebuilds Kuzu's full-text index.
  async function person(municipalityCode = north.code): Promise<string> {
    return (await graph.get(PeopleRepository).create(personRecord({ municipalityCode }))).id;
  }

  async function challenge(
    status = ChallengeStatus.OPEN,
    municipalityCode = north.code,
    requiredSkillIds = [skill.id],
  ): Promise<string> {
    const created = challengeRecord({ municipalityCode, status, requiredSkillIds });
    return (await graph.get(ChallengesRepository).create(created)).id;
  }

  function programme(overrides: Partial<ProgrammeRecord> = {}): ProgrammeRecord {
    const now = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));
    return {
      id: randomUUID(),
      title: 'Leren inkopen',
      goal: 'Samen beter inkopen',
      theme: 'JEUGD',
      status: ProgrammeStatus.PLANNED,
      startDate: '2026-02-01',
      endDate: '2026-12-31',
      runBy: { collaborationId, municipalityCode: null },
      coordinatorId: null,
      challengeIds: [],
      skills: [{ skillId: skill.id, targetLevel: 4 }],
      createdAt: now,
      updatedAt: now,
      ...overrides,
    };
  }

  it('creates a programme that reads back with what it addresses, builds and who runs it', async () => {
    const coordinatorId = await person();
    const challengeId = await challenge();
    const created = programme({
      coordinatorId,
      challengeIds: [challengeId],
      skills: [
        { skillId: skill.id, targetLevel: 4 },
        { skillId: otherSkill.id, targetLevel: 3 },
      ],
    });
    expect(await sut.create(created)).toEqual(created);
    const [found] = await sut.findByIds([created.id]);
    expect(found).toEqual({
      ...created,
      skills: [...created.skills].sort((a, b) => (a.skillId < b.skillId ? -1 : 1)),
    });
  });

  it('creates a programme run by one municipality, with empty lists', async () => {
    const created = programme({
      runBy: { collaborationId: null, municipalityCode: south.code },
      skills: [],
      goal: null,
      theme: null,
      startDate: null,
      endDate: null,
    });
    await sut.create(created);
    expect(await sut.findByIds([created.id])).toEqual([created]);
  });

  it('refuses links to what does not exist, writing nothing', async () => {
    const cases: [Partial<ProgrammeRecord>, string][] = [
      [
        { runBy: { collaborationId: 'no-such-collaboration', municipalityCode: null } },
        CollaborationsErrorCode.COLLABORATION_NOT_FOUND,
      ],
      [{ challengeIds: [randomUUID()] }, ChallengesErrorCode.CHALLENGE_NOT_FOUND],
      [{ skills: [{ skillId: 'no-such-skill', targetLevel: 3 }] }, SkillsErrorCode.SKILL_NOT_FOUND],
      [{ coordinatorId: randomUUID() }, PeopleErrorCode.PERSON_NOT_FOUND],
    ];
    for (const [overrides, code] of cases) {
      const refused = programme(overrides);
      await expect(sut.create(refused)).rejects.toMatchObject({ code });
      expect(await sut.findByIds([refused.id])).toEqual([]);
    }
  });

  it('updates fields and replaces lists, clearing on purpose and keeping what is left out', async () => {
    const [first, second] = [await person(), await person(south.code)];
    const challengeId = await challenge();
    const created = programme({ coordinatorId: first, challengeIds: [challengeId] });
    await sut.create(created);
    const later = new Date(Date.UTC(2026, 1, 1));
    const updated = await sut.update(
      created.id,
      {
        status: ProgrammeStatus.ACTIVE,
        goal: null,
        coordinatorId: second,
        skills: [{ skillId: otherSkill.id, targetLevel: 2 }],
      },
      later,
    );
    expect(updated).toEqual({
      ...created,
      status: ProgrammeStatus.ACTIVE,
      goal: null,
      coordinatorId: second,
      skills: [{ skillId: otherSkill.id, targetLevel: 2 }],
      updatedAt: later,
    });
    await expect(sut.update(randomUUID(), { title: 'x' }, later)).rejects.toMatchObject({
      code: LearningErrorCode.PROGRAMME_NOT_FOUND,
    });
  });

  it('lists newest first, filtered by collaboration, member municipality and status, in pages', async () => {
    const ids: string[] = [];
    for (let day = 1; day <= 3; day++) {
      const at = new Date(Date.UTC(2030, 0, day));
      const created = programme({ createdAt: at, updatedAt: at });
      await sut.create(created);
      ids.unshift(created.id);
    }
    const own = programme({
      runBy: { collaborationId: null, municipalityCode: elsewhere.code },
      status: ProgrammeStatus.ACTIVE,
    });
    await sut.create(own);
    const first = await sut.list({ collaborationId }, { first: 2, after: null });
    expect(first.items.slice(0, 2).map(({ id }) => id)).toEqual(ids.slice(0, 2));
    expect(first.hasNextPage).toBe(true);
    const last = first.items[1];
    const next = await sut.list(
      { collaborationId },
      { first: 1, after: [last.createdAt.toISOString(), last.id] },
    );
    expect(next.items.map(({ id }) => id)).toEqual([ids[2]]);
    // South is a member of the collaboration: its programmes are the collaboration's.
    const ofSouth = await sut.list({ municipalityCode: south.code }, { first: 100, after: null });
    expect(ofSouth.items.map(({ id }) => id)).toEqual(expect.arrayContaining(ids));
    expect(ofSouth.items.map(({ id }) => id)).not.toContain(own.id);
    const active = await sut.list(
      { municipalityCode: elsewhere.code, status: ProgrammeStatus.ACTIVE },
      { first: 10, after: null },
    );
    expect(active.items.map(({ id }) => id)).toEqual([own.id]);
    expect(active.totalCount).toBe(1);
  });

  it('keeps participants with circles and mentor pairs, and counts a mentor’s mentees', async () => {
    const created = programme();
    await sut.create(created);
    const [a, b, mentor] = [await person(), await person(south.code), await person(elsewhere.code)];
    const at = new Date(Date.UTC(2026, 2, 1));
    await sut.addParticipants(created.id, [a, b], at);
    // Adding again keeps the first date.
    await sut.addParticipants(created.id, [a], new Date(Date.UTC(2026, 3, 1)));
    await sut.addMentor(created.id, mentor, at);
    await sut.assignCircles(created.id, [
      { personId: a, circle: 1 },
      { personId: b, circle: 2 },
    ]);
    await sut.assignMentors(created.id, [{ participantId: a, mentorId: mentor }], at);
    const participants = await sut.participants([created.id]);
    expect(participants).toEqual(
      [
        {
          programmeId: created.id,
          personId: a,
          municipalityCode: north.code,
          since: at,
          circle: 1,
          mentorId: mentor,
        },
        {
          programmeId: created.id,
          personId: b,
          municipalityCode: south.code,
          since: at,
          circle: 2,
          mentorId: null,
        },
      ].sort((x, y) => (x.personId < y.personId ? -1 : 1)),
    );
    expect(await sut.mentors([created.id])).toEqual([
      { programmeId: created.id, personId: mentor, municipalityCode: elsewhere.code, since: at },
    ]);
    expect(await sut.menteeCounts([mentor, a])).toEqual(
      new Map([
        [mentor, 1],
        [a, 0],
      ]),
    );
    // A new pair replaces the old one; null leaves the participant without a mentor.
    await sut.assignMentors(created.id, [{ participantId: b, mentorId: mentor }], at);
    await sut.assignMentors(created.id, [{ participantId: a, mentorId: null }], at);
    expect((await sut.menteeCounts([mentor])).get(mentor)).toBe(1);
    // Mentees in finished programmes do not count.
    await sut.update(created.id, { status: ProgrammeStatus.COMPLETED }, at);
    expect((await sut.menteeCounts([mentor])).get(mentor)).toBe(0);
  });

  it('refuses pairs and circles for people who do not take part, changing nothing', async () => {
    const created = programme();
    await sut.create(created);
    const [a, outsider] = [await person(), await person()];
    const at = new Date();
    await sut.addParticipants(created.id, [a], at);
    await expect(
      sut.assignMentors(created.id, [{ participantId: a, mentorId: outsider }], at),
    ).rejects.toMatchObject({ code: LearningErrorCode.NOT_IN_PROGRAMME });
    await expect(
      sut.assignCircles(created.id, [
        { personId: a, circle: 1 },
        { personId: outsider, circle: 1 },
      ]),
    ).rejects.toMatchObject({ code: LearningErrorCode.NOT_IN_PROGRAMME });
    const [participant] = await sut.participants([created.id]);
    expect(participant).toMatchObject({ circle: null, mentorId: null });
    await expect(sut.addParticipants(randomUUID(), [a], at)).rejects.toMatchObject({
      code: LearningErrorCode.PROGRAMME_NOT_FOUND,
    });
  });

  it('removes a participant or a mentor together with their pairs', async () => {
    const created = programme();
    await sut.create(created);
    const [a, b, mentor] = [await person(), await person(), await person(elsewhere.code)];
    const at = new Date();
    await sut.addParticipants(created.id, [a, b], at);
    await sut.addMentor(created.id, mentor, at);
    await sut.assignMentors(
      created.id,
      [
        { participantId: a, mentorId: mentor },
        { participantId: b, mentorId: mentor },
      ],
      at,
    );
    expect(await sut.removeParticipant(created.id, a, at)).toBe(true);
    expect(await sut.removeParticipant(created.id, a, at)).toBe(false);
    expect((await sut.menteeCounts([mentor])).get(mentor)).toBe(1);
    expect(await sut.removeMentor(created.id, mentor, at)).toBe(true);
    expect(await sut.removeMentor(created.id, mentor, at)).toBe(false);
    expect(await sut.participants([created.id])).toEqual([
      expect.objectContaining({ personId: b, mentorId: null }),
    ]);
    expect(await sut.mentors([created.id])).toEqual([]);
  });

  it('records progress: the level before from the profile, the new level and the experience', async () => {
    const created = programme({ status: ProgrammeStatus.ACTIVE });
    await sut.create(created);
    const learner = await person();
    const challengeId = await challenge(ChallengeStatus.IN_PROGRESS);
    await importer.importPersonSkills([{ personId: learner, skillId: skill.id, level: 2 }]);
    await sut.addParticipants(created.id, [learner], new Date());
    const recordedAt = new Date(Date.UTC(2026, 4, 1, 12));
    const step = await sut.recordProgress({
      id: randomUUID(),
      programmeId: created.id,
      personId: learner,
      skillId: skill.id,
      levelBefore: null,
      levelAfter: 4,
      challengeId,
      outcome: Outcome.SOLVED,
      note: 'Aanbesteding afgerond',
      recordedAt,
    });
    expect(step.levelBefore).toBe(2);
    expect(await sut.progressIn([created.id])).toEqual([step]);
    expect(await sut.progressOf(learner)).toEqual([step]);
    const skills = await graph.get(PeopleRepository).skillsOf([learner]);
    expect(skills.map(({ skillId, level }) => ({ skillId, level }))).toEqual([
      { skillId: skill.id, level: 4 },
    ]);
    expect(await graph.get(ExperiencesRepository).findByPersonIds([learner])).toEqual([
      {
        personId: learner,
        challengeId,
        role: ExperienceRole.MEMBER,
        outcome: Outcome.SOLVED,
        year: 2026,
        lessonsLearned: null,
      },
    ]);
    // A skill the person did not hold starts at 0.
    const fresh = await sut.recordProgress({
      ...step,
      id: randomUUID(),
      skillId: otherSkill.id,
      levelBefore: null,
      levelAfter: 1,
      challengeId: null,
      outcome: null,
      note: null,
    });
    expect(fresh.levelBefore).toBe(0);
  });

  it('keeps an experience’s role and lessons when progress names its challenge', async () => {
    const created = programme({ status: ProgrammeStatus.ACTIVE });
    await sut.create(created);
    const learner = await person();
    const challengeId = await challenge(ChallengeStatus.IN_PROGRESS);
    await graph.get(ExperiencesRepository).record({
      personId: learner,
      challengeId,
      role: ExperienceRole.LEAD,
      outcome: Outcome.ONGOING,
      year: 2024,
      lessonsLearned: 'Eerst de markt verkennen.',
    });
    await sut.addParticipants(created.id, [learner], new Date());
    await sut.recordProgress({
      id: randomUUID(),
      programmeId: created.id,
      personId: learner,
      skillId: skill.id,
      levelBefore: 1,
      levelAfter: 3,
      challengeId,
      outcome: Outcome.PARTIAL,
      note: null,
      recordedAt: new Date(Date.UTC(2026, 5, 1)),
    });
    expect(await graph.get(ExperiencesRepository).findByPersonIds([learner])).toEqual([
      expect.objectContaining({
        role: ExperienceRole.LEAD,
        outcome: Outcome.PARTIAL,
        year: 2026,
        lessonsLearned: 'Eerst de markt verkennen.',
      }),
    ]);
  });

  it('refuses progress of someone who does not take part, writing nothing', async () => {
    const created = programme({ status: ProgrammeStatus.ACTIVE });
    await sut.create(created);
    const outsider = await person();
    await expect(
      sut.recordProgress({
        id: randomUUID(),
        programmeId: created.id,
        personId: outsider,
        skillId: skill.id,
        levelBefore: null,
        levelAfter: 3,
        challengeId: null,
        outcome: null,
        note: null,
        recordedAt: new Date(),
      }),
    ).rejects.toMatchObject({ code: LearningErrorCode.NOT_IN_PROGRAMME });
    expect(await sut.progressOf(outsider)).toEqual([]);
    expect(await graph.get(PeopleRepository).skillsOf([outsider])).toEqual([]);
  });

  it('replaces the skills someone wants to learn, and finds them by municipality', async () => {
    const learner = await person(south.code);
    const at = new Date();
    await sut.setWishes(learner, [skill.id, otherSkill.id], at);
    await sut.setWishes(learner, [otherSkill.id], at);
    expect(await sut.wishesOf([learner])).toEqual([{ personId: learner, skillId: otherSkill.id }]);
    expect(await sut.wishesIn([south.code], [otherSkill.id])).toEqual(
      expect.arrayContaining([{ personId: learner, skillId: otherSkill.id }]),
    );
    expect(await sut.wishesIn([north.code], [otherSkill.id])).not.toContainEqual({
      personId: learner,
      skillId: otherSkill.id,
    });
    await expect(sut.setWishes(learner, ['no-such-skill'], at)).rejects.toMatchObject({
      code: SkillsErrorCode.SKILL_NOT_FOUND,
    });
    expect(await sut.wishesOf([learner])).toEqual([{ personId: learner, skillId: otherSkill.id }]);
    await sut.setWishes(learner, [], at);
    expect(await sut.wishesOf([learner])).toEqual([]);
  });

  it('finds the open work of a municipality that needs the skills or is addressed', async () => {
    const worker = await person(elsewhere.code);
    const needsSkill = await challenge(ChallengeStatus.OPEN, elsewhere.code);
    const solved = await challenge(ChallengeStatus.SOLVED, elsewhere.code);
    const addressed = await challenge(ChallengeStatus.IN_PROGRESS, elsewhere.code, []);
    await importer.importExperiences(
      [needsSkill, solved, addressed].map((challengeId) => ({
        personId: worker,
        challengeId,
        role: 'MEMBER',
        outcome: 'ONGOING',
        year: 2026,
        lessonsLearned: null,
      })),
    );
    const bySkill = await sut.ongoingWork([elsewhere.code], [skill.id], []);
    expect(bySkill.filter((work) => work.personId === worker)).toEqual([
      { personId: worker, challengeId: needsSkill, status: 'OPEN', requiredSkillIds: [skill.id] },
    ]);
    const byChallenge = await sut.ongoingWork([elsewhere.code], [], [addressed]);
    expect(byChallenge).toEqual([
      {
        personId: worker,
        challengeId: addressed,
        status: 'IN_PROGRESS',
        requiredSkillIds: [],
      },
    ]);
    expect(await sut.ongoingWork([north.code], [], [addressed])).toEqual([]);
  });

  it('names every programme role of a person', async () => {
    const [who, mentor] = [await person(), await person()];
    const coordinated = programme({ coordinatorId: who });
    const joined = programme();
    await sut.create(coordinated);
    await sut.create(joined);
    const at = new Date(Date.UTC(2026, 6, 1));
    await sut.addParticipants(joined.id, [who], at);
    await sut.addMentor(joined.id, mentor, at);
    await sut.assignMentors(joined.id, [{ participantId: who, mentorId: mentor }], at);
    await sut.addMentor(coordinated.id, who, at);
    const roles = await sut.rolesOf(who);
    expect(roles).toEqual(
      expect.arrayContaining([
        {
          programmeId: joined.id,
          role: 'PARTICIPANT',
          since: at,
          until: null,
          circle: null,
          mentorId: mentor,
        },
        {
          programmeId: coordinated.id,
          role: 'MENTOR',
          since: at,
          until: null,
          circle: null,
          mentorId: null,
        },
        {
          programmeId: coordinated.id,
          role: 'COORDINATOR',
          since: null,
          until: null,
          circle: null,
          mentorId: null,
        },
      ]),
    );
    expect(roles).toHaveLength(3);
  });

  it('forgets an erased person everywhere in programmes, and a rejoining participant starts afresh', async () => {
    const created = programme({ status: ProgrammeStatus.ACTIVE });
    await sut.create(created);
    const [learner, other, mentor] = [await person(), await person(south.code), await person()];
    const at = new Date(Date.UTC(2026, 7, 1));
    await sut.addParticipants(created.id, [learner, other], at);
    await sut.addMentor(created.id, mentor, at);
    await sut.assignCircles(created.id, [{ personId: other, circle: 1 }]);
    await sut.assignMentors(
      created.id,
      [
        { participantId: learner, mentorId: mentor },
        { participantId: other, mentorId: mentor },
      ],
      at,
    );
    await sut.setWishes(learner, [skill.id], at);
    // Leaving ends the pair; coming back starts without circle or mentor, from the new date.
    const later = new Date(Date.UTC(2026, 8, 1));
    await sut.removeParticipant(created.id, other, later);
    await sut.addParticipants(created.id, [other], later);
    expect((await sut.participants([created.id])).find((p) => p.personId === other)).toEqual({
      programmeId: created.id,
      personId: other,
      municipalityCode: south.code,
      since: later,
      circle: null,
      mentorId: null,
    });
    expect(await graph.get(PeopleRepository).erase(learner)).toBe(true);
    expect((await sut.participants([created.id])).map((p) => p.personId)).toEqual([other]);
    expect(await sut.wishesOf([learner])).toEqual([]);
    expect(await sut.rolesOf(learner)).toEqual([]);
    expect((await sut.menteeCounts([mentor])).get(mentor)).toBe(0);
    expect(await graph.get(PeopleRepository).erase(mentor)).toBe(true);
    expect(await sut.mentors([created.id])).toEqual([]);
  });
});
