import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Audit } from '../audit/audit.decorator';
import { Access, Permission } from '../auth/access.decorator';
import { toChallenge } from '../challenges/challenges.mapper';
import { ChallengesService } from '../challenges/challenges.service';
import { Challenge } from '../challenges/models/challenge.model';
import { Collaboration } from '../collaborations/models/collaboration.model';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { type GraphqlContext } from '../common/request/graphql-context';
import { CommonErrorCode, CommonException } from '../common/errors/common.exception';
import { Municipality } from '../municipalities/models/municipality.model';
import { toMunicipality } from '../municipalities/municipalities.resolver';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { Person } from '../people/models/person.model';
import { toPerson } from '../people/people.mapper';
import { PeopleService } from '../people/people.service';
import { SkillsService } from '../skills/skills.service';
import { ViewpointService } from '../viewpoint/viewpoint.service';
import { CollaborationsService } from '../collaborations/collaborations.service';
import { toCollaboration } from '../collaborations/collaborations.mapper';
import {
  CreateProgrammeInput,
  MoveToCircleArgs,
  PairMentorsArgs,
  ProgrammeArgs,
  ProgrammePeopleArgs,
  ProgrammePersonArgs,
  ProgrammesArgs,
  ProgressInput,
  SetMentorArgs,
  SuggestionArgs,
  UpdateProgrammeInput,
  WantsToLearnArgs,
} from './dto/learning.input';
import { type FormedCircle } from './circles';
import { LearningService } from './learning.service';
import {
  LearningCircle,
  LearningProgramme,
  LearningProgrammeConnection,
  LearningProgress,
  MentorPair,
  MentorPairing,
  MentorSuggestion,
  ParticipantSuggestion,
  ProgrammeMentor,
  ProgrammeParticipant,
  ProgrammeReport,
  ProgrammeSkill,
  ProgrammeSkillOutcome,
  SkillNeed,
  UnpairedParticipant,
} from './models/learning.model';
import { type ProgrammeRecord } from './learning.records';

export function toProgramme(record: ProgrammeRecord): LearningProgramme {
  return Object.assign(new LearningProgramme(), {
    id: record.id,
    title: record.title,
    goal: record.goal,
    theme: record.theme,
    status: record.status,
    startDate: record.startDate,
    endDate: record.endDate,
    skills: record.skills.map((skill) => Object.assign(new ProgrammeSkill(), skill)),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    collaborationId: record.runBy.collaborationId,
    municipalityCode: record.runBy.municipalityCode,
    coordinatorId: record.coordinatorId,
    challengeIds: [...record.challengeIds],
  });
}

function toCircle(circle: FormedCircle): LearningCircle {
  return Object.assign(new LearningCircle(), { ...circle, memberIds: [...circle.memberIds] });
}

/** A signed-in person acts for themselves unless they name someone; others must name the person. */
function subjectOf(context: GraphqlContext, personId: string | undefined): string {
  if (personId !== undefined) return personId;
  if (context.caller.kind === 'person') return context.caller.personId;
  throw new CommonException(
    CommonErrorCode.INVALID_INPUT,
    'personId: name the person (only a signed-in person may leave it out to mean themselves).',
  );
}

/** Learning programmes over GraphQL (docs/learning.md). */
@Resolver(() => LearningProgramme)
export class LearningResolver {
  constructor(
    private readonly learning: LearningService,
    private readonly viewpoints: ViewpointService,
    private readonly people: PeopleService,
    private readonly skills: SkillsService,
    private readonly challengeService: ChallengesService,
    private readonly municipalities: MunicipalitiesService,
    private readonly collaborations: CollaborationsService,
  ) {}

  @Query(() => LearningProgramme, { nullable: true })
  @Access(Permission.READ)
  async learningProgramme(
    @Args() { programmeId }: ProgrammeArgs,
  ): Promise<LearningProgramme | null> {
    const record = await this.learning.findById(programmeId);
    return record && toProgramme(record);
  }

  @Query(() => LearningProgrammeConnection, { description: 'Learning programmes, newest first.' })
  @Access(Permission.READ)
  async learningProgrammes(@Args() args: ProgrammesArgs): Promise<Connection<LearningProgramme>> {
    const page = await this.learning.list(
      {
        collaborationId: args.collaborationId,
        municipalityCode: args.municipalityCode,
        status: args.status,
      },
      toPageRequest(args),
    );
    return toConnection(page, (p) => [p.createdAt.toISOString(), p.id], toProgramme);
  }

  @Query(() => [ParticipantSuggestion], {
    description:
      'People of the programme’s municipalities whose work needs its skills (or who want to learn them) and who lack them, best first; for its coordinators.',
  })
  @Access(Permission.PROFILE)
  async suggestProgrammeParticipants(
    @Args() { programmeId, first }: SuggestionArgs,
    @Context() context: GraphqlContext,
  ): Promise<ParticipantSuggestion[]> {
    const viewpoint = await this.viewpoints.of(context);
    const found = await this.learning.suggestParticipants(
      context.caller,
      viewpoint,
      programmeId,
      first,
    );
    return found.map((s) =>
      Object.assign(new ParticipantSuggestion(), {
        personId: s.personId,
        challengeIds: [...s.challengeIds],
        score: s.score,
        reasons: [...s.reasons],
        lackingSkills: s.skills.map((need) => Object.assign(new SkillNeed(), need)),
      }),
    );
  }

  @Query(() => [MentorSuggestion], {
    description:
      'People who solved the programme’s challenges or similar ones (the recommendation ranking, its rules and reasons), preferably of its own municipalities, with room to mentor; for its coordinators.',
  })
  @Access(Permission.PROFILE)
  async suggestMentors(
    @Args() { programmeId, first }: SuggestionArgs,
    @Context() context: GraphqlContext,
  ): Promise<MentorSuggestion[]> {
    const viewpoint = await this.viewpoints.of(context);
    const found = await this.learning.suggestMentors(context.caller, viewpoint, programmeId, first);
    return found.map((s) =>
      Object.assign(new MentorSuggestion(), {
        personId: s.personId,
        sharedSkillIds: [...s.sharedSkillIds],
        score: s.score,
        reasons: [...s.reasons],
        insideProgrammeArea: s.insideCollaboration,
        mentees: s.mentees,
      }),
    );
  }

  @Query(() => ProgrammeReport, {
    description:
      'What participants learned, how the area’s gaps in the programme’s skills changed, and challenges solved since the start against as many years before; for its coordinators and HR of its municipalities.',
  })
  @Access(Permission.READ)
  async programmeReport(
    @Args() { programmeId }: ProgrammeArgs,
    @Context() context: GraphqlContext,
  ): Promise<ProgrammeReport> {
    const viewpoint = await this.viewpoints.of(context);
    const report = await this.learning.report(context.caller, viewpoint, programmeId);
    return Object.assign(new ProgrammeReport(), {
      ...report,
      skills: report.skills.map((skill) => Object.assign(new ProgrammeSkillOutcome(), skill)),
    });
  }

  @Mutation(() => LearningProgramme, {
    description: 'Starts a programme (PLANNED unless status says otherwise).',
  })
  @Access(Permission.WRITE)
  @Audit('LearningProgramme')
  async createLearningProgramme(
    @Args('input') input: CreateProgrammeInput,
    @Context() { caller }: GraphqlContext,
  ): Promise<LearningProgramme> {
    return toProgramme(await this.learning.create(caller, input));
  }

  @Mutation(() => LearningProgramme)
  @Access(Permission.PROFILE)
  @Audit('LearningProgramme')
  async updateLearningProgramme(
    @Args() { programmeId }: ProgrammeArgs,
    @Args('input') input: UpdateProgrammeInput,
    @Context() { caller }: GraphqlContext,
  ): Promise<LearningProgramme> {
    const { status, ...rest } = input;
    return toProgramme(
      await this.learning.update(caller, programmeId, { ...rest, status: status ?? undefined }),
    );
  }

  @Mutation(() => LearningProgramme, {
    description:
      'Adds participants (the coordinator), or joins you (a signed-in person naming themselves).',
  })
  @Access(Permission.PROFILE)
  @Audit('LearningProgramme')
  async addProgrammeParticipants(
    @Args() { programmeId, personIds }: ProgrammePeopleArgs,
    @Context() context: GraphqlContext,
  ): Promise<LearningProgramme> {
    const viewpoint = await this.viewpoints.of(context);
    await this.learning.addParticipants(context.caller, viewpoint, programmeId, personIds);
    return this.reread(programmeId);
  }

  @Mutation(() => Boolean, {
    description:
      'Ends someone’s taking part (and their mentor pair); false when they took no part.',
  })
  @Access(Permission.PROFILE)
  // The audit log names the person whose part changed (the call's personId).
  @Audit('Person')
  removeProgrammeParticipant(
    @Args() { programmeId, personId }: ProgrammePersonArgs,
    @Context() { caller }: GraphqlContext,
  ): Promise<boolean> {
    return this.learning.removeParticipant(caller, programmeId, personId);
  }

  @Mutation(() => LearningProgramme)
  @Access(Permission.PROFILE)
  @Audit('LearningProgramme')
  async addProgrammeMentor(
    @Args() { programmeId, personId }: ProgrammePersonArgs,
    @Context() context: GraphqlContext,
  ): Promise<LearningProgramme> {
    const viewpoint = await this.viewpoints.of(context);
    await this.learning.addMentor(context.caller, viewpoint, programmeId, personId);
    return this.reread(programmeId);
  }

  @Mutation(() => Boolean, {
    description: 'Ends someone’s mentoring (and their pairs); false when they were no mentor.',
  })
  @Access(Permission.PROFILE)
  // The audit log names the person whose part changed (the call's personId).
  @Audit('Person')
  removeProgrammeMentor(
    @Args() { programmeId, personId }: ProgrammePersonArgs,
    @Context() { caller }: GraphqlContext,
  ): Promise<boolean> {
    return this.learning.removeMentor(caller, programmeId, personId);
  }

  @Mutation(() => [LearningCircle], {
    description:
      'Splits all participants into learning circles of 4–8, mixing municipalities and balancing levels; replaces earlier circles.',
  })
  @Access(Permission.PROFILE)
  @Audit('LearningProgramme')
  async formLearningCircles(
    @Args() { programmeId }: ProgrammeArgs,
    @Context() context: GraphqlContext,
  ): Promise<LearningCircle[]> {
    const viewpoint = await this.viewpoints.of(context);
    const circles = await this.learning.formCircles(context.caller, viewpoint, programmeId);
    return circles.map(toCircle);
  }

  @Mutation(() => [LearningCircle], {
    description: 'Moves one participant to another circle; answers the circles as they now stand.',
  })
  @Access(Permission.PROFILE)
  // The audit log names the person whose part changed (the call's personId).
  @Audit('Person')
  async moveToLearningCircle(
    @Args() { programmeId, personId, circle }: MoveToCircleArgs,
    @Context() context: GraphqlContext,
  ): Promise<LearningCircle[]> {
    await this.learning.moveToCircle(context.caller, programmeId, personId, circle ?? null);
    const viewpoint = await this.viewpoints.of(context);
    const circles = await this.learning.circles(programmeId, viewpoint);
    return circles.map(toCircle);
  }

  @Mutation(() => MentorPairing, {
    description:
      'Pairs participants with the programme’s mentors, best fit first, within MENTOR_CAPACITY; keeps pairs there are unless replace.',
  })
  @Access(Permission.PROFILE)
  @Audit('LearningProgramme')
  async pairMentors(
    @Args() { programmeId, replace }: PairMentorsArgs,
    @Context() { caller }: GraphqlContext,
  ): Promise<MentorPairing> {
    const result = await this.learning.pairMentors(caller, programmeId, replace);
    return Object.assign(new MentorPairing(), {
      pairs: result.pairs.map((pair) => Object.assign(new MentorPair(), pair)),
      unpaired: result.unpaired.map((u) => Object.assign(new UnpairedParticipant(), u)),
    });
  }

  @Mutation(() => MentorPair, {
    nullable: true,
    description: 'Pairs one participant with one mentor (null: none).',
  })
  @Access(Permission.PROFILE)
  @Audit('LearningProgramme')
  async setProgrammeMentor(
    @Args() { programmeId, participantId, mentorId }: SetMentorArgs,
    @Context() { caller }: GraphqlContext,
  ): Promise<MentorPair | null> {
    const pair = await this.learning.setMentor(
      caller,
      programmeId,
      participantId,
      mentorId ?? null,
    );
    return pair && Object.assign(new MentorPair(), pair);
  }

  @Mutation(() => LearningProgress, {
    description:
      'Records learning in an ACTIVE programme: the participant’s own (signed in), or by a writer of their municipality.',
  })
  @Access(Permission.PROFILE)
  @Audit('LearningProgress')
  async recordLearningProgress(
    @Args('input') input: ProgressInput,
    @Context() context: GraphqlContext,
  ): Promise<LearningProgress> {
    const personId = subjectOf(context, input.personId);
    const step = await this.learning.recordProgress(context.caller, { ...input, personId });
    return Object.assign(new LearningProgress(), step);
  }

  @Mutation(() => Person, { description: 'Replaces the skills a person wants to learn.' })
  @Access(Permission.PROFILE)
  @Audit('Person')
  async setWantsToLearn(
    @Args() args: WantsToLearnArgs,
    @Context() context: GraphqlContext,
  ): Promise<Person> {
    const personId = subjectOf(context, args.personId);
    return toPerson(await this.learning.setWantsToLearn(context.caller, personId, args.skillIds));
  }

  @ResolveField(() => Collaboration, { nullable: true })
  async collaboration(@Parent() programme: LearningProgramme): Promise<Collaboration | null> {
    if (programme.collaborationId === null) return null;
    const record = await this.collaborations.findById(programme.collaborationId);
    return record && toCollaboration(record);
  }

  @ResolveField(() => Municipality, {
    nullable: true,
    description: 'Set when one municipality runs it.',
  })
  async municipality(
    @Parent() programme: LearningProgramme,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Municipality | null> {
    if (programme.municipalityCode === null) return null;
    const record = await this.municipalities.byCodeLoader(loaders).load(programme.municipalityCode);
    return record && toMunicipality(record);
  }

  @ResolveField(() => Person, { nullable: true })
  async coordinator(
    @Parent() programme: LearningProgramme,
    @Context() context: GraphqlContext,
  ): Promise<Person | null> {
    if (programme.coordinatorId === null) return null;
    const viewpoint = await this.viewpoints.of(context);
    const record = await this.people.findVisible(programme.coordinatorId, viewpoint);
    return record && toPerson(record);
  }

  @ResolveField(() => [Challenge])
  async challenges(
    @Parent() programme: LearningProgramme,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Challenge[]> {
    const records = await this.challengeService
      .byIdLoader(loaders)
      .loadMany(programme.challengeIds);
    return records.flatMap((r) => (r && !(r instanceof Error) ? [toChallenge(r)] : []));
  }

  @ResolveField(() => [ProgrammeParticipant], {
    description: 'The participants you may see, by person id.',
  })
  async participants(
    @Parent() programme: LearningProgramme,
    @Context() context: GraphqlContext,
  ): Promise<ProgrammeParticipant[]> {
    const viewpoint = await this.viewpoints.of(context);
    const rows = await this.learning.participants(programme.id, viewpoint);
    return rows.map((row) => Object.assign(new ProgrammeParticipant(), row));
  }

  @ResolveField(() => [ProgrammeMentor], { description: 'The mentors you may see, by person id.' })
  async mentors(
    @Parent() programme: LearningProgramme,
    @Context() context: GraphqlContext,
  ): Promise<ProgrammeMentor[]> {
    const viewpoint = await this.viewpoints.of(context);
    const rows = await this.learning.mentors(programme.id, viewpoint);
    return rows.map((row) => Object.assign(new ProgrammeMentor(), row));
  }

  @ResolveField(() => [LearningCircle], {
    description: 'The circles as they stand (of the participants you may see).',
  })
  async circles(
    @Parent() programme: LearningProgramme,
    @Context() context: GraphqlContext,
  ): Promise<LearningCircle[]> {
    const viewpoint = await this.viewpoints.of(context);
    const circles = await this.learning.circles(programme.id, viewpoint);
    return circles.map(toCircle);
  }

  @ResolveField(() => [LearningProgress], {
    description: 'Progress recorded by the participants you may see, oldest first.',
  })
  async progress(
    @Parent() programme: LearningProgramme,
    @Context() context: GraphqlContext,
  ): Promise<LearningProgress[]> {
    const viewpoint = await this.viewpoints.of(context);
    const steps = await this.learning.progress(programme.id, viewpoint);
    return steps.map((step) => Object.assign(new LearningProgress(), step));
  }

  private async reread(id: string): Promise<LearningProgramme> {
    const record = await this.learning.findById(id);
    if (!record) throw new Error(`Programme ${id} is gone`);
    return toProgramme(record);
  }
}
