import { Outcome } from '../../experiences/experience-role';
import { ProgrammeStatus } from '../../learning/programme-status';
import { loadReferenceData, type ReferenceData } from '../reference/reference-data';
import { BASE_DATE_MS } from './dates';
import { generateDemoPopulation } from './generate-demo-population';
import { DEMO_PROGRAMME_IDS, DEMO_TARGET_LEVEL, generateDemoProgrammes } from './programmes';
import type { DemoProgrammes } from './programmes';
import type { DemoPopulation } from './types';

describe('generateDemoProgrammes', () => {
  let reference: ReferenceData;
  let demo: DemoPopulation;
  let sut: DemoProgrammes;

  const municipalityOf = (personId: string): string | undefined =>
    demo.people.find((p) => p.id === personId)?.municipalityCode;
  const level = (personId: string, skillId: string): number =>
    demo.personSkills.find((s) => s.personId === personId && s.skillId === skillId)?.level ?? 0;
  const membersOf = (collaborationId: string | null): Set<string> =>
    new Set(
      reference.memberships
        .filter((m) => m.collaborationId === collaborationId)
        .map((m) => m.municipalityCode),
    );
  const programme = (id: string) => {
    const found = sut.programmes.find((p) => p.id === id);
    if (!found) throw new Error(`no programme ${id}`);
    return found;
  };
  const participantsOf = (id: string): string[] =>
    sut.participants.find((r) => r.programmeId === id)?.personIds ?? [];
  const mentorsOf = (id: string): string[] =>
    sut.mentors.find((r) => r.programmeId === id)?.personIds ?? [];

  beforeAll(() => {
    reference = loadReferenceData();
    demo = generateDemoPopulation(reference.municipalities);
    sut = generateDemoProgrammes(demo, reference);
  });

  it('is deterministic for a seed and uses neither Math.random nor the clock', () => {
    const random = jest.spyOn(Math, 'random');
    const now = jest.spyOn(Date, 'now');
    try {
      expect(generateDemoProgrammes(demo, reference)).toEqual(sut);
      expect(random).not.toHaveBeenCalled();
      expect(now).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
    const other = generateDemoProgrammes(demo, reference, 7);
    expect(other.participants).not.toEqual(sut.participants);
  });

  it('makes an ACTIVE, a PLANNED and a COMPLETED programme', () => {
    expect(sut.programmes.map((p) => [p.id, p.status])).toEqual([
      [DEMO_PROGRAMME_IDS.active, ProgrammeStatus.ACTIVE],
      [DEMO_PROGRAMME_IDS.planned, ProgrammeStatus.PLANNED],
      [DEMO_PROGRAMME_IDS.completed, ProgrammeStatus.COMPLETED],
    ]);
  });

  it('has the active programme run by a youth-care region, on its members ongoing challenges', () => {
    const active = programme(DEMO_PROGRAMME_IDS.active);
    const collaboration = reference.collaborations.find(
      (c) => c.id === active.runBy.collaborationId,
    );
    expect(collaboration?.kind).toBe('YOUTH_CARE_REGION');
    expect(active.runBy.municipalityCode).toBeNull();
    const members = membersOf(active.runBy.collaborationId);
    expect(active.challengeIds.length).toBeGreaterThanOrEqual(1);
    expect(active.challengeIds.length).toBeLessThanOrEqual(3);
    for (const id of active.challengeIds) {
      const challenge = demo.challenges.find((c) => c.id === id);
      expect(members.has(challenge?.municipalityCode ?? '')).toBe(true);
      expect(['OPEN', 'IN_PROGRESS']).toContain(challenge?.status);
    }
    expect(active.skills.length).toBeGreaterThanOrEqual(2);
    expect(active.skills.length).toBeLessThanOrEqual(3);
    const required = new Set(
      demo.challengeSkills
        .filter((r) => active.challengeIds.includes(r.challengeId))
        .map((r) => r.skillId),
    );
    for (const s of active.skills) {
      expect(required.has(s.skillId)).toBe(true);
      expect(s.targetLevel).toBe(DEMO_TARGET_LEVEL);
    }
    expect(members.has(municipalityOf(active.coordinatorId ?? '') ?? '')).toBe(true);
  });

  it('takes participants of collaboration programmes from member municipalities only', () => {
    for (const id of [DEMO_PROGRAMME_IDS.active, DEMO_PROGRAMME_IDS.planned]) {
      const members = membersOf(programme(id).runBy.collaborationId);
      expect(members.size).toBeGreaterThanOrEqual(3);
      for (const personId of participantsOf(id)) {
        expect(members.has(municipalityOf(personId) ?? '')).toBe(true);
      }
    }
  });

  it('gives the active programme 8–12 participants from at least three municipalities, who lack its skills', () => {
    const active = programme(DEMO_PROGRAMME_IDS.active);
    const participants = participantsOf(active.id);
    expect(participants.length).toBeGreaterThanOrEqual(8);
    expect(participants.length).toBeLessThanOrEqual(12);
    expect(new Set(participants.map(municipalityOf)).size).toBeGreaterThanOrEqual(3);
    for (const personId of participants) {
      for (const s of active.skills) expect(level(personId, s.skillId)).toBeLessThan(s.targetLevel);
    }
  });

  it('gives mentors who hold a programme skill at the target level or higher', () => {
    expect(mentorsOf(DEMO_PROGRAMME_IDS.active).length).toBeGreaterThanOrEqual(2);
    expect(mentorsOf(DEMO_PROGRAMME_IDS.active).length).toBeLessThanOrEqual(3);
    expect(mentorsOf(DEMO_PROGRAMME_IDS.planned)).toEqual([]);
    for (const row of sut.mentors) {
      const skills = programme(row.programmeId).skills;
      for (const personId of row.personIds) {
        expect(skills.some((s) => level(personId, s.skillId) >= s.targetLevel)).toBe(true);
        expect(participantsOf(row.programmeId)).not.toContain(personId);
      }
    }
  });

  it('runs the completed programme by a single municipality, with its own people', () => {
    const completed = programme(DEMO_PROGRAMME_IDS.completed);
    expect(completed.runBy.collaborationId).toBeNull();
    const code = completed.runBy.municipalityCode;
    expect(code).not.toBeNull();
    for (const personId of [...participantsOf(completed.id), ...mentorsOf(completed.id)]) {
      expect(municipalityOf(personId)).toBe(code);
    }
    expect(completed.endDate! < new Date(BASE_DATE_MS).toISOString()).toBe(true);
  });

  it('records progress only of participants, on programme skills, one applied and SOLVED', () => {
    expect(new Set(sut.progress.map((p) => p.id)).size).toBe(sut.progress.length);
    for (const step of sut.progress) {
      expect(step.id).toMatch(/^demo-progress-\d{2}$/);
      expect(participantsOf(step.programmeId)).toContain(step.personId);
      expect(programme(step.programmeId).skills.map((s) => s.skillId)).toContain(step.skillId);
      expect(step.levelBefore).toBe(level(step.personId, step.skillId));
      expect(step.levelAfter).toBeGreaterThan(step.levelBefore ?? 0);
    }
    const active = sut.progress.filter((p) => p.programmeId === DEMO_PROGRAMME_IDS.active);
    expect(active.length).toBeGreaterThanOrEqual(2);
    const applied = active.filter((p) => p.challengeId !== null);
    expect(applied).toHaveLength(1);
    expect(applied[0].outcome).toBe(Outcome.SOLVED);
    expect(programme(DEMO_PROGRAMME_IDS.active).challengeIds).toContain(applied[0].challengeId);
    expect(sut.progress.some((p) => p.programmeId === DEMO_PROGRAMME_IDS.planned)).toBe(false);
  });

  it('gives about twenty people wishes on the programmes skills they lack', () => {
    expect(sut.wishes.length).toBeGreaterThanOrEqual(18);
    expect(sut.wishes.length).toBeLessThanOrEqual(22);
    const programmeSkills = new Set(sut.programmes.flatMap((p) => p.skills.map((s) => s.skillId)));
    for (const wish of sut.wishes) {
      expect(wish.skillIds.length).toBeGreaterThanOrEqual(1);
      for (const skillId of wish.skillIds) {
        expect(programmeSkills.has(skillId)).toBe(true);
        expect(level(wish.personId, skillId)).toBeLessThan(DEMO_TARGET_LEVEL);
      }
    }
  });
});
