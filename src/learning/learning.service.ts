import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ChallengesRepository } from '../challenges/challenges.repository';
import { CollaborationsRepository } from '../collaborations/collaborations.repository';
import { type Page, type PageRequest } from '../common/pagination/page';
import { type Caller } from '../common/request/caller';
import { assertMayEditPerson } from '../common/request/write-rules';
import { AppConfig } from '../config/app-config';
import { type Outcome } from '../experiences/experience-role';
import { ExperiencesRepository } from '../experiences/experiences.repository';
import { AggregateRights } from '../gaps/aggregate-rights';
import { SkillGapsService } from '../gaps/skill-gaps.service';
import { MatchingService } from '../matching/matching.service';
import { type RecommendationResult } from '../matching/recommendation.types';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { Availability } from '../people/models/availability.enum';
import { PeopleException } from '../people/people.exception';
import { PeopleRepository } from '../people/people.repository';
import { type PersonRecord } from '../people/person.record';
import { type Viewpoint } from '../people/visibility';
import { SkillsRepository } from '../skills/skills.repository';
import { describeCircles, type FormedCircle, formCircles, MIN_CIRCLE_SIZE } from './circles';
import { LearningException } from './learning.exception';
import {
  type ParticipationRecord,
  type ProgrammeFilter,
  type ProgrammePatch,
  type ProgrammeRecord,
  type ProgrammeSkill,
  type ProgressRecord,
} from './learning.records';
import { LearningRepository } from './learning.repository';
import { type MentorPair, pairFit, pairMentors, type PairingResult } from './mentor-pairing';
import { type ParticipantSuggestion, suggestParticipants } from './participant-suggestions';
import { assertMayManage, mayReadReport } from './programme-access';
import { type ProgrammeReport, programmeReport } from './programme-report';
import { OPEN_PROGRAMME_STATUSES, ProgrammeStatus } from './programme-status';

export interface CreateProgramme {
  readonly title: string;
  readonly goal?: string | null;
  readonly theme?: string | null;
  readonly collaborationId?: string | null;
  readonly municipalityCode?: string | null;
  readonly challengeIds?: readonly string[] | null;
  readonly skills?: readonly ProgrammeSkill[] | null;
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  readonly coordinatorId?: string | null;
  readonly status?: ProgrammeStatus | null;
}

export interface RecordProgress {
  readonly programmeId: string;
  readonly personId: string;
  readonly skillId: string;
  readonly levelBefore?: number | null;
  readonly levelAfter: number;
  readonly challengeId?: string | null;
  readonly outcome?: Outcome | null;
  readonly note?: string | null;
}

export interface MentorSuggestion {
  readonly personId: string;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly recommendation: RecommendationResult;
  /** The programme's skills they have, as the ranking found them. */
  readonly sharedSkillIds: readonly string[];
  readonly insideCollaboration: boolean;
  /** Participants they guide now, over all planned and active programmes. */
  readonly mentees: number;
}

export interface CirclesResult {
  readonly circles: readonly FormedCircle[];
}

/** A programme with the municipalities that run it (for a collaboration: its members). */
interface Scoped {
  readonly programme: ProgrammeRecord;
  readonly memberCodes: readonly string[];
}

/** Mentor suggestions read per addressed challenge from the recommendation ranking. */
const MENTOR_POOL = 30;
/** Addressed challenges asked about for mentors, at most. */
const MENTOR_QUESTIONS = 10;
/** How much a mentor inside the programme's own municipalities is preferred. */
const INSIDE_BONUS = 1.15;
/** Suggestions per call at most. */
export const MAX_SUGGESTIONS = 50;

/**
 * Learning programmes: composing them (participants and mentors suggested from the skill gaps
 * and the recommendation ranking), learning circles and mentor pairs, progress, and the report
 * that ties learning to solved challenges. Who may do what: programme-access.ts.
 */
@Injectable()
export class LearningService {
  constructor(
    private readonly repository: LearningRepository,
    private readonly people: PeopleRepository,
    private readonly collaborations: CollaborationsRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly challenges: ChallengesRepository,
    private readonly skills: SkillsRepository,
    private readonly experiences: ExperiencesRepository,
    private readonly matching: MatchingService,
    private readonly gaps: SkillGapsService,
    private readonly config: AppConfig,
  ) {}

  async findById(id: string): Promise<ProgrammeRecord | null> {
    const [found] = await this.repository.findByIds([id]);
    return found ?? null;
  }

  list(filter: ProgrammeFilter, page: PageRequest): Promise<Page<ProgrammeRecord>> {
    return this.repository.list(filter, page);
  }

  async create(caller: Caller, input: CreateProgramme, now = new Date()): Promise<ProgrammeRecord> {
    const collaborationId = input.collaborationId ?? null;
    const municipalityCode = input.municipalityCode ?? null;
    if ((collaborationId === null) === (municipalityCode === null)) {
      throw LearningException.ownerInvalid();
    }
    const record: ProgrammeRecord = {
      id: randomUUID(),
      title: input.title,
      goal: input.goal ?? null,
      theme: input.theme ?? null,
      status: input.status ?? ProgrammeStatus.PLANNED,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      runBy: { collaborationId, municipalityCode },
      coordinatorId: input.coordinatorId ?? null,
      challengeIds: [...new Set(input.challengeIds ?? [])].sort(),
      skills: uniqueSkills(input.skills ?? []),
      createdAt: now,
      updatedAt: now,
    };
    assertDates(record.startDate, record.endDate);
    const memberCodes = await this.memberCodes(record);
    assertMayManage(caller, record, memberCodes);
    await this.assertCoordinatorInArea(record.coordinatorId, memberCodes);
    return this.repository.create(record);
  }

  async update(
    caller: Caller,
    id: string,
    patch: ProgrammePatch,
    now = new Date(),
  ): Promise<ProgrammeRecord> {
    const { programme, memberCodes } = await this.scoped(id);
    assertMayManage(caller, programme, memberCodes);
    const onlyStatus = Object.entries(patch).every(
      ([key, value]) => key === 'status' || value === undefined,
    );
    if (!OPEN_PROGRAMME_STATUSES.includes(programme.status) && !onlyStatus) {
      throw LearningException.wrongStatus(
        id,
        programme.status,
        'only its status may change now (for instance back to ACTIVE); change the status on its own first.',
      );
    }
    assertDates(
      patch.startDate !== undefined ? patch.startDate : programme.startDate,
      patch.endDate !== undefined ? patch.endDate : programme.endDate,
    );
    if (patch.coordinatorId) await this.assertCoordinatorInArea(patch.coordinatorId, memberCodes);
    return this.repository.update(
      id,
      {
        ...patch,
        challengeIds: patch.challengeIds && [...new Set(patch.challengeIds)].sort(),
        skills: patch.skills && uniqueSkills(patch.skills),
      },
      now,
    );
  }

  /**
   * Adds participants: the coordinator adds people of the programme's municipalities; a
   * signed-in person of one of them may join by naming themselves.
   */
  async addParticipants(
    caller: Caller,
    viewpoint: Viewpoint,
    programmeId: string,
    personIds: readonly string[],
    now = new Date(),
  ): Promise<ProgrammeRecord> {
    const { programme, memberCodes } = await this.openProgramme(programmeId, 'people join');
    const joiningThemselves =
      caller.kind === 'person' && personIds.length === 1 && personIds[0] === caller.personId;
    if (!joiningThemselves) assertMayManage(caller, programme, memberCodes);
    const people = await this.visiblePeople([...new Set(personIds)], viewpoint);
    for (const person of people) {
      if (!memberCodes.includes(person.municipalityCode)) {
        throw LearningException.outsideArea(person.id, person.municipalityCode);
      }
    }
    await this.repository.addParticipants(
      programmeId,
      people.map(({ id }) => id),
      now,
    );
    return programme;
  }

  /** The coordinator removes a participant; a participant may leave by naming themselves. */
  async removeParticipant(
    caller: Caller,
    programmeId: string,
    personId: string,
    now = new Date(),
  ): Promise<boolean> {
    const { programme, memberCodes } = await this.openProgramme(programmeId, 'people leave');
    const leavingThemselves = caller.kind === 'person' && caller.personId === personId;
    if (!leavingThemselves) assertMayManage(caller, programme, memberCodes);
    return this.repository.removeParticipant(programmeId, personId, now);
  }

  /** Mentors may come from anywhere the caller may see; UNAVAILABLE people cannot mentor. */
  async addMentor(
    caller: Caller,
    viewpoint: Viewpoint,
    programmeId: string,
    personId: string,
    now = new Date(),
  ): Promise<ProgrammeRecord> {
    const { programme, memberCodes } = await this.openProgramme(programmeId, 'mentors join');
    assertMayManage(caller, programme, memberCodes);
    const [person] = await this.visiblePeople([personId], viewpoint);
    if (person.availability === Availability.UNAVAILABLE) {
      throw LearningException.inputInvalid(
        `Person ${personId} is UNAVAILABLE and cannot mentor now; ask them to change their availability first.`,
      );
    }
    await this.repository.addMentor(programmeId, personId, now);
    return programme;
  }

  async removeMentor(
    caller: Caller,
    programmeId: string,
    personId: string,
    now = new Date(),
  ): Promise<boolean> {
    const { programme, memberCodes } = await this.openProgramme(programmeId, 'mentors leave');
    assertMayManage(caller, programme, memberCodes);
    return this.repository.removeMentor(programmeId, personId, now);
  }

  /**
   * People of the programme's municipalities whose current work needs its skills, or who want to
   * learn them, and who lack them; weighted by the area's skill gaps (participant-suggestions.ts).
   */
  async suggestParticipants(
    caller: Caller,
    viewpoint: Viewpoint,
    programmeId: string,
    first: number,
    now = new Date(),
  ): Promise<ParticipantSuggestion[]> {
    const { programme, memberCodes } = await this.scoped(programmeId);
    assertMayManage(caller, programme, memberCodes);
    const skillIds = programme.skills.map(({ skillId }) => skillId);
    const [work, wishes, current, gapSeverity] = await Promise.all([
      this.repository.ongoingWork(memberCodes, skillIds, programme.challengeIds),
      this.repository.wishesIn(memberCodes, skillIds),
      this.repository.participants([programmeId]),
      this.gapSeverity(viewpoint, programme, memberCodes, now),
    ]);
    const taking = new Set(current.map(({ personId }) => personId));
    const ids = [...new Set([...work, ...wishes].map(({ personId }) => personId))].filter(
      (id) => !taking.has(id),
    );
    const people = (await this.people.findByIds(ids)).filter(
      (person) => viewpoint.canSee(person) && person.availability !== Availability.UNAVAILABLE,
    );
    const [levels, names] = await Promise.all([
      this.levelsOf(people.map(({ id }) => id)),
      this.names(
        skillIds,
        work.map(({ challengeId }) => challengeId),
      ),
    ]);
    const suggestions = suggestParticipants(
      people.map((person) => ({
        personId: person.id,
        name: person.name,
        levels: levels.get(person.id) ?? new Map(),
        wantsToLearn: new Set(
          wishes.filter((w) => w.personId === person.id).map(({ skillId }) => skillId),
        ),
        work: work.filter((w) => w.personId === person.id),
      })),
      {
        skills: programme.skills,
        addressedChallengeIds: new Set(programme.challengeIds),
        gapSeverity,
        skillName: names.skill,
        challengeTitle: names.challenge,
      },
    );
    return suggestions.slice(0, first);
  }

  /**
   * People who solved the programme's challenges (or similar ones), from the recommendation
   * ranking with its hard rules and reasons, preferring people of the programme's own
   * municipalities; nobody UNAVAILABLE, already in the programme, or at MENTOR_CAPACITY.
   */
  async suggestMentors(
    caller: Caller,
    viewpoint: Viewpoint,
    programmeId: string,
    first: number,
  ): Promise<MentorSuggestion[]> {
    const { programme, memberCodes } = await this.scoped(programmeId);
    assertMayManage(caller, programme, memberCodes);
    const skillIds = programme.skills.map(({ skillId }) => skillId);
    // One ranking per addressed challenge; a programme rarely addresses more than a few.
    const addressed = await this.challenges.findByIds(
      programme.challengeIds.slice(0, MENTOR_QUESTIONS),
    );
    const requests =
      addressed.length > 0
        ? addressed.map((challenge) => ({
            challengeId: challenge.id,
            municipalityCode: challenge.municipalityCode,
          }))
        : [{ description: describe(programme), municipalityCode: memberCodes[0] }];
    const best = new Map<string, RecommendationResult>();
    for (const request of requests) {
      const results = await this.matching.recommend({
        ...request,
        skillIds: skillIds.length > 0 ? skillIds : undefined,
        includeOwnMunicipality: true,
        first: MENTOR_POOL,
        viewpoint,
      });
      for (const result of results) {
        const known = best.get(result.personId);
        if (!known || result.score > known.score) best.set(result.personId, result);
      }
    }
    const [participants, mentors] = await Promise.all([
      this.repository.participants([programmeId]),
      this.repository.mentors([programmeId]),
    ]);
    const taken = new Set([...participants, ...mentors].map(({ personId }) => personId));
    const candidateIds = [...best.keys()].filter((id) => !taken.has(id));
    const [people, loads] = await Promise.all([
      this.people.findByIds(candidateIds),
      this.repository.menteeCounts(candidateIds),
    ]);
    const capacity = this.config.MENTOR_CAPACITY;
    const suggestions: MentorSuggestion[] = [];
    for (const person of people) {
      const recommendation = best.get(person.id) as RecommendationResult;
      const mentees = loads.get(person.id) ?? 0;
      if (person.availability === Availability.UNAVAILABLE || mentees >= capacity) continue;
      const inside = memberCodes.includes(person.municipalityCode);
      const reasons = [...recommendation.reasons];
      if (inside) reasons.unshift('Werkt in een van de gemeenten van het programma.');
      reasons.push(
        mentees === 0
          ? `Begeleidt nog niemand (ruimte voor ${capacity}).`
          : `Begeleidt al ${mentees} van de ${capacity} deelnemers die een mentor mag hebben.`,
      );
      suggestions.push({
        personId: person.id,
        score: Math.round(recommendation.score * (inside ? INSIDE_BONUS : 1) * 1000) / 1000,
        reasons,
        recommendation,
        sharedSkillIds: recommendation.sharedSkillIds.filter((id) => skillIds.includes(id)),
        insideCollaboration: inside,
        mentees,
      });
    }
    return suggestions
      .sort((a, b) => b.score - a.score || compare(a.personId, b.personId))
      .slice(0, first);
  }

  /** Participants of the programme as they stand, with circle and mentor, that `viewpoint` may see. */
  async participants(programmeId: string, viewpoint: Viewpoint): Promise<ParticipationRecord[]> {
    const rows = await this.repository.participants([programmeId]);
    const people = await this.people.findByIds(rows.map(({ personId }) => personId));
    const visible = new Set(people.filter((p) => viewpoint.canSee(p)).map(({ id }) => id));
    return rows.filter(({ personId }) => visible.has(personId));
  }

  async mentors(programmeId: string, viewpoint: Viewpoint) {
    const rows = await this.repository.mentors([programmeId]);
    const people = await this.people.findByIds(rows.map(({ personId }) => personId));
    const visible = new Set(people.filter((p) => viewpoint.canSee(p)).map(({ id }) => id));
    return rows.filter(({ personId }) => visible.has(personId));
  }

  /** The circles as they stand (after forming or a coordinator's moves). */
  async circles(programmeId: string, viewpoint: Viewpoint): Promise<FormedCircle[]> {
    const { programme } = await this.scoped(programmeId);
    const participants = (await this.participants(programmeId, viewpoint)).filter(
      (p) => p.circle !== null,
    );
    const levels = await this.levelsOf(participants.map(({ personId }) => personId));
    return describeCircles(
      participants.map((p) => ({
        personId: p.personId,
        municipalityCode: p.municipalityCode,
        level: averageLevel(levels.get(p.personId), programme.skills),
        circle: p.circle as number,
      })),
      await this.municipalityNames(participants.map((p) => p.municipalityCode)),
    );
  }

  /** Splits every participant into circles of 4–8 across municipalities (circles.ts), replacing earlier circles. */
  async formCircles(
    caller: Caller,
    viewpoint: Viewpoint,
    programmeId: string,
  ): Promise<FormedCircle[]> {
    const { programme, memberCodes } = await this.openProgramme(programmeId, 'circles change');
    assertMayManage(caller, programme, memberCodes);
    const participants = await this.repository.participants([programmeId]);
    if (participants.length < MIN_CIRCLE_SIZE) {
      throw LearningException.tooFewForCircles(participants.length, MIN_CIRCLE_SIZE);
    }
    const levels = await this.levelsOf(participants.map(({ personId }) => personId));
    const circles = formCircles(
      participants.map((p) => ({
        personId: p.personId,
        municipalityCode: p.municipalityCode,
        level: averageLevel(levels.get(p.personId), programme.skills),
      })),
      await this.municipalityNames(participants.map((p) => p.municipalityCode)),
    );
    await this.repository.assignCircles(
      programmeId,
      circles.flatMap(({ number, memberIds }) =>
        memberIds.map((personId) => ({ personId, circle: number })),
      ),
    );
    // The caller sees the circles of the people they may see, in counts and explanations too.
    const visible = await this.participants(programmeId, viewpoint);
    return visible.length === participants.length ? circles : this.circles(programmeId, viewpoint);
  }

  /** The coordinator moves one participant to another circle (or out of every circle: null). */
  async moveToCircle(
    caller: Caller,
    programmeId: string,
    personId: string,
    circle: number | null,
  ): Promise<void> {
    const { programme, memberCodes } = await this.openProgramme(programmeId, 'circles change');
    assertMayManage(caller, programme, memberCodes);
    await this.repository.assignCircles(programmeId, [{ personId, circle }]);
  }

  /**
   * Pairs participants without a mentor (or, with `replace`, everyone) with the programme's
   * mentors, best fit first, within MENTOR_CAPACITY (mentor-pairing.ts).
   */
  async pairMentors(
    caller: Caller,
    programmeId: string,
    replace: boolean,
    now = new Date(),
  ): Promise<PairingResult> {
    const { programme, memberCodes } = await this.openProgramme(programmeId, 'pairs change');
    assertMayManage(caller, programme, memberCodes);
    const [participants, mentors] = await Promise.all([
      this.repository.participants([programmeId]),
      this.repository.mentors([programmeId]),
    ]);
    const input = await this.pairingInput(programme, participants, mentors);
    const result = pairMentors({ ...input, replace });
    const changed = result.pairs.filter((pair) => !pair.kept);
    const unpaired = replace ? result.unpaired.map((u) => u.participantId) : [];
    await this.repository.assignMentors(
      programmeId,
      [
        ...changed.map(({ participantId, mentorId }) => ({ participantId, mentorId })),
        ...unpaired.map((participantId) => ({ participantId, mentorId: null })),
      ],
      now,
    );
    return result;
  }

  /** The coordinator pairs one participant with one mentor (or none: null), within MENTOR_CAPACITY. */
  async setMentor(
    caller: Caller,
    programmeId: string,
    participantId: string,
    mentorId: string | null,
    now = new Date(),
  ): Promise<MentorPair | null> {
    const { programme, memberCodes } = await this.openProgramme(programmeId, 'pairs change');
    assertMayManage(caller, programme, memberCodes);
    if (mentorId === null) {
      await this.repository.assignMentors(programmeId, [{ participantId, mentorId: null }], now);
      return null;
    }
    const [participants, mentors] = await Promise.all([
      this.repository.participants([programmeId]),
      this.repository.mentors([programmeId]),
    ]);
    const participant = participants.find((p) => p.personId === participantId);
    if (!participant) throw LearningException.notInProgramme(participantId, 'participant');
    if (!mentors.some((m) => m.personId === mentorId)) {
      throw LearningException.notInProgramme(mentorId, 'mentor');
    }
    if (mentorId === participantId) {
      throw LearningException.inputInvalid('A participant cannot be their own mentor.');
    }
    if (participant.mentorId !== mentorId) {
      const load = (await this.repository.menteeCounts([mentorId])).get(mentorId) ?? 0;
      if (load >= this.config.MENTOR_CAPACITY) {
        throw LearningException.mentorAtCapacity(mentorId, this.config.MENTOR_CAPACITY);
      }
    }
    await this.repository.assignMentors(programmeId, [{ participantId, mentorId }], now);
    const input = await this.pairingInput(programme, [participant], mentors);
    const fit = pairFit(
      input.participants[0],
      input.mentors.find((m) => m.personId === mentorId) ?? input.mentors[0],
      programme.skills,
      input.names,
    );
    return { participantId, mentorId, fit: fit.fit, reasons: fit.reasons, kept: false };
  }

  /**
   * A participant records learning: their own (signed in), or one a writer of their
   * municipality records for them. Only in an ACTIVE programme.
   */
  async recordProgress(
    caller: Caller,
    input: RecordProgress,
    now = new Date(),
  ): Promise<ProgressRecord> {
    const { programme } = await this.scoped(input.programmeId);
    if (programme.status !== ProgrammeStatus.ACTIVE) {
      throw LearningException.wrongStatus(
        programme.id,
        programme.status,
        'progress is recorded only while it is ACTIVE.',
      );
    }
    const [person] = await this.people.findByIds([input.personId]);
    if (!person) throw PeopleException.notFound(input.personId);
    assertMayEditPerson(caller, person);
    if (!programme.skills.some(({ skillId }) => skillId === input.skillId)) {
      throw LearningException.inputInvalid(
        `Skill ${input.skillId} is not one the programme builds; record progress in one of: ${programme.skills.map(({ skillId }) => skillId).join(', ') || '(none yet)'}.`,
      );
    }
    if ((input.outcome ?? null) !== null && (input.challengeId ?? null) === null) {
      throw LearningException.inputInvalid(
        'An outcome belongs to a challenge: give challengeId with outcome, or leave outcome out.',
      );
    }
    if (
      input.levelBefore !== undefined &&
      input.levelBefore !== null &&
      input.levelBefore > input.levelAfter
    ) {
      throw LearningException.inputInvalid(
        'levelAfter is lower than levelBefore: record the level reached now, at least the level before.',
      );
    }
    return this.repository.recordProgress({
      id: randomUUID(),
      programmeId: input.programmeId,
      personId: input.personId,
      skillId: input.skillId,
      levelBefore: input.levelBefore ?? null,
      levelAfter: input.levelAfter,
      challengeId: input.challengeId ?? null,
      outcome: input.outcome ?? null,
      note: input.note ?? null,
      recordedAt: now,
    });
  }

  /** Progress recorded in the programme by the participants `viewpoint` may see. */
  async progress(programmeId: string, viewpoint: Viewpoint): Promise<ProgressRecord[]> {
    const [steps, visible] = await Promise.all([
      this.repository.progressIn([programmeId]),
      this.participants(programmeId, viewpoint),
    ]);
    const seen = new Set(visible.map(({ personId }) => personId));
    return steps.filter(({ personId }) => seen.has(personId));
  }

  async report(
    caller: Caller,
    viewpoint: Viewpoint,
    programmeId: string,
    now = new Date(),
  ): Promise<ProgrammeReport> {
    const { programme, memberCodes } = await this.scoped(programmeId);
    if (!mayReadReport(caller, programme, memberCodes))
      throw LearningException.notYours(programmeId);
    const participants = await this.participants(programmeId, viewpoint);
    const ids = participants.map(({ personId }) => personId);
    const seen = new Set(ids);
    const targetLevels = [...new Set(programme.skills.map(({ targetLevel }) => targetLevel))];
    const [progress, levels, experiences, areaSkills] = await Promise.all([
      this.repository.progressIn([programmeId]),
      this.levelsOf(ids),
      this.experiences.findByPersonIds(ids),
      Promise.all(
        targetLevels.map(async (level) => {
          const skillIds = programme.skills
            .filter(({ targetLevel }) => targetLevel === level)
            .map(({ skillId }) => skillId);
          return [
            level,
            await this.gaps.areaSkills(viewpoint, memberCodes, skillIds, level, now),
          ] as const;
        }),
      ),
    ]);
    return programmeReport({
      programme,
      participants,
      progress: progress.filter(({ personId }) => seen.has(personId)),
      levels,
      experiences,
      areaSkills: new Map(areaSkills),
      rights: AggregateRights.of(caller, this.config.K_ANONYMITY),
      now,
    });
  }

  /** The skills a person wants to learn. */
  async wishesOf(personIds: readonly string[]) {
    return this.repository.wishesOf(personIds);
  }

  /** Replaces the skills a person wants to learn: themselves, or a writer of their municipality. */
  async setWantsToLearn(
    caller: Caller,
    personId: string,
    skillIds: readonly string[],
    now = new Date(),
  ): Promise<PersonRecord> {
    const [person] = await this.people.findByIds([personId]);
    if (!person) throw PeopleException.notFound(personId);
    assertMayEditPerson(caller, person);
    await this.repository.setWishes(personId, [...new Set(skillIds)].sort(), now);
    return person;
  }

  /** The municipalities of a programme's area, for the report's and the lists' callers. */
  async memberCodesOf(programme: ProgrammeRecord): Promise<readonly string[]> {
    return this.memberCodes(programme);
  }

  private async scoped(id: string): Promise<Scoped> {
    const programme = await this.findById(id);
    if (!programme) throw LearningException.notFound(id);
    return { programme, memberCodes: await this.memberCodes(programme) };
  }

  private async openProgramme(id: string, what: string): Promise<Scoped> {
    const scoped = await this.scoped(id);
    if (!OPEN_PROGRAMME_STATUSES.includes(scoped.programme.status)) {
      throw LearningException.wrongStatus(
        id,
        scoped.programme.status,
        `${what} only while it is PLANNED or ACTIVE.`,
      );
    }
    return scoped;
  }

  private async memberCodes(programme: ProgrammeRecord): Promise<string[]> {
    const { collaborationId, municipalityCode } = programme.runBy;
    if (municipalityCode !== null) return [municipalityCode];
    if (collaborationId === null) return [];
    const members = await this.collaborations.membersOf([collaborationId]);
    return members.map((member) => member.municipalityCode).sort();
  }

  /** People by id, each visible to `viewpoint`; NOT_FOUND names the first that is not. */
  private async visiblePeople(
    ids: readonly string[],
    viewpoint: Viewpoint,
  ): Promise<PersonRecord[]> {
    const found = new Map((await this.people.findByIds(ids)).map((p) => [p.id, p]));
    return ids.map((id) => {
      const person = found.get(id);
      if (!person || !viewpoint.canSee(person)) throw PeopleException.notFound(id);
      return person;
    });
  }

  private async assertCoordinatorInArea(
    coordinatorId: string | null,
    memberCodes: readonly string[],
  ): Promise<void> {
    if (coordinatorId === null) return;
    const [person] = await this.people.findByIds([coordinatorId]);
    if (!person) throw PeopleException.notFound(coordinatorId);
    if (!memberCodes.includes(person.municipalityCode)) {
      throw LearningException.inputInvalid(
        `The coordinator works at ${person.municipalityCode}, which does not run this programme; choose someone of its municipalities.`,
      );
    }
  }

  private async levelsOf(personIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
    const levels = new Map<string, Map<string, number>>();
    if (personIds.length === 0) return levels;
    for (const held of await this.people.skillsOf(personIds)) {
      const own = levels.get(held.personId) ?? new Map<string, number>();
      own.set(held.skillId, held.level);
      levels.set(held.personId, own);
    }
    return levels;
  }

  /** Per programme skill, the severity of the area's gap in it at the target level. */
  private async gapSeverity(
    viewpoint: Viewpoint,
    programme: ProgrammeRecord,
    memberCodes: readonly string[],
    now: Date,
  ): Promise<Map<string, number>> {
    const result = new Map<string, number>();
    for (const { skillId, targetLevel } of programme.skills) {
      const { demand, supply } = await this.gaps.areaSkills(
        viewpoint,
        memberCodes,
        [skillId],
        targetLevel,
        now,
      );
      const available = supply.reduce((sum, row) => sum + row.available, 0);
      result.set(skillId, (demand.get(skillId)?.weighted ?? 0) / (1 + available));
    }
    return result;
  }

  private async names(
    skillIds: readonly string[],
    challengeIds: readonly string[],
  ): Promise<{ skill: (id: string) => string; challenge: (id: string) => string }> {
    const [skills, challenges] = await Promise.all([
      this.skills.findByIds([...new Set(skillIds)]),
      this.challenges.findByIds([...new Set(challengeIds)]),
    ]);
    const skillNames = new Map(skills.map((s) => [s.id, s.name]));
    const titles = new Map(challenges.map((c) => [c.id, c.title]));
    return {
      skill: (id) => skillNames.get(id) ?? id,
      challenge: (id) => titles.get(id) ?? id,
    };
  }

  private async municipalityNames(codes: readonly string[]): Promise<Map<string, string>> {
    const found = await this.municipalities.findByCodes([...new Set(codes)]);
    return new Map(found.map((m) => [m.code, m.name]));
  }

  private async pairingInput(
    programme: ProgrammeRecord,
    participants: readonly ParticipationRecord[],
    mentors: readonly { personId: string; municipalityCode: string }[],
  ) {
    const participantIds = participants.map(({ personId }) => personId);
    const mentorIds = mentors.map(({ personId }) => personId);
    const skillIds = programme.skills.map(({ skillId }) => skillId);
    const [levels, wishes, mentorExperiences, work, people, loads] = await Promise.all([
      this.levelsOf([...participantIds, ...mentorIds]),
      this.repository.wishesOf(participantIds),
      this.experiences.findByPersonIds(mentorIds),
      this.repository.ongoingWork(
        [...new Set(participants.map((p) => p.municipalityCode))],
        skillIds,
        programme.challengeIds,
      ),
      this.people.findByIds([...participantIds, ...mentorIds]),
      this.repository.menteeCounts(mentorIds),
    ]);
    // Pairs in this programme count in the loads; pairMentors adds them back as kept pairs.
    const inThisProgramme = new Map<string, number>();
    for (const p of participants) {
      if (p.mentorId) inThisProgramme.set(p.mentorId, (inThisProgramme.get(p.mentorId) ?? 0) + 1);
    }
    const [names, municipalityNames] = await Promise.all([
      this.names(
        skillIds,
        [...work, ...mentorExperiences].map(({ challengeId }) => challengeId),
      ),
      this.municipalityNames([...participants, ...mentors].map((p) => p.municipalityCode)),
    ]);
    const personNames = new Map(people.map((p) => [p.id, p.name]));
    return {
      participants: participants.map((p) => ({
        personId: p.personId,
        municipalityCode: p.municipalityCode,
        levels: levels.get(p.personId) ?? new Map<string, number>(),
        wantsToLearn: new Set(
          wishes.filter((w) => w.personId === p.personId).map(({ skillId }) => skillId),
        ),
        challengeIds: new Set(
          work.filter((w) => w.personId === p.personId).map(({ challengeId }) => challengeId),
        ),
        mentorId: p.mentorId,
      })),
      mentors: mentors.map((m) => ({
        personId: m.personId,
        municipalityCode: m.municipalityCode,
        levels: levels.get(m.personId) ?? new Map<string, number>(),
        challengeIds: new Set(
          mentorExperiences
            .filter((e) => e.personId === m.personId)
            .map(({ challengeId }) => challengeId),
        ),
        otherLoad: Math.max(
          0,
          (loads.get(m.personId) ?? 0) - (inThisProgramme.get(m.personId) ?? 0),
        ),
      })),
      skills: programme.skills,
      capacity: this.config.MENTOR_CAPACITY,
      names: {
        person: (id: string) => personNames.get(id) ?? id,
        skill: names.skill,
        challenge: names.challenge,
        municipality: (code: string) => municipalityNames.get(code) ?? code,
      },
    };
  }
}

function uniqueSkills(skills: readonly ProgrammeSkill[]): ProgrammeSkill[] {
  const byId = new Map(skills.map((skill) => [skill.skillId, skill]));
  return [...byId.values()].sort((a, b) => compare(a.skillId, b.skillId));
}

function assertDates(start: string | null, end: string | null): void {
  if (start !== null && end !== null && end < start) {
    throw LearningException.inputInvalid(
      `endDate ${end} is before startDate ${start}; a programme ends on or after its start.`,
    );
  }
}

function averageLevel(
  levels: ReadonlyMap<string, number> | undefined,
  skills: readonly ProgrammeSkill[],
): number {
  if (skills.length === 0) return 0;
  return skills.reduce((sum, { skillId }) => sum + (levels?.get(skillId) ?? 0), 0) / skills.length;
}

/** A description to match mentors on when a programme addresses no challenge yet. */
function describe(programme: ProgrammeRecord): string {
  return [programme.title, programme.goal ?? ''].join('. ');
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
