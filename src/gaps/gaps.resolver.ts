import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Permission } from '../auth/access.decorator';
import { Challenge } from '../challenges/models/challenge.model';
import { toChallenge } from '../challenges/challenges.mapper';
import { ChallengesService } from '../challenges/challenges.service';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { toPageRequest } from '../common/pagination/connection';
import { type GraphqlContext } from '../common/request/graphql-context';
import { Municipality } from '../municipalities/models/municipality.model';
import { toMunicipality } from '../municipalities/municipalities.resolver';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { Person } from '../people/models/person.model';
import { toPerson } from '../people/people.mapper';
import { PeopleService } from '../people/people.service';
import { Skill } from '../skills/models/skill.model';
import { toSkill } from '../skills/skills.mapper';
import { SkillsService } from '../skills/skills.service';
import { ViewpointService } from '../viewpoint/viewpoint.service';
import { KnowledgeAtRiskInput, SkillCoverageArgs, SkillGapInput } from './dto/gaps.input';
import { toKnowledgeAtRisk, toSkillCoverage, toSkillGapReport } from './gaps.mapper';
import {
  KnowledgeAtRisk,
  OrphanedChallenge,
  SkillHolding,
  ThinSkill,
} from './models/knowledge-at-risk.model';
import { SkillCoverage } from './models/skill-coverage.model';
import {
  MunicipalitySupply,
  SkillDemand,
  SkillGap,
  SkillGapReport,
  SkillSource,
} from './models/skill-gap.model';
import { SkillGapsService } from './skill-gaps.service';

/** skillGaps, knowledgeAtRisk and skillCoverage: HR analytics, for callers with the `hr` scope. */
@Resolver()
export class GapsResolver {
  constructor(
    private readonly service: SkillGapsService,
    private readonly viewpoints: ViewpointService,
  ) {}

  @Query(() => SkillGapReport, {
    description:
      "The skills a municipality's or collaboration's challenges need, with the people it has for them, most severe gap first; counts about municipalities you have no rights to are suppressed below K_ANONYMITY.",
  })
  @Access(Permission.HR)
  async skillGaps(
    @Args('input') input: SkillGapInput,
    @Context() context: GraphqlContext,
  ): Promise<SkillGapReport> {
    const viewpoint = await this.viewpoints.of(context);
    const report = await this.service.skillGaps(context.caller, viewpoint, {
      municipalityCode: input.municipalityCode,
      collaborationId: input.collaborationId,
      challengeIds: input.challengeIds,
      themes: input.themes,
      minLevel: input.minLevel,
      page: toPageRequest(input),
    });
    return toSkillGapReport(report);
  }

  @Query(() => KnowledgeAtRisk, {
    description:
      'Skills held at level by only one or two people, and solved challenges nobody is left to explain. Only for HR of the municipality (or of a member of the collaboration) and administrators; names only people of your own municipality.',
  })
  @Access(Permission.HR)
  async knowledgeAtRisk(
    @Args('input') input: KnowledgeAtRiskInput,
    @Context() context: GraphqlContext,
  ): Promise<KnowledgeAtRisk> {
    const viewpoint = await this.viewpoints.of(context);
    const report = await this.service.knowledgeAtRisk(context.caller, viewpoint, {
      municipalityCode: input.municipalityCode,
      collaborationId: input.collaborationId,
      minLevel: input.minLevel,
    });
    return toKnowledgeAtRisk(report);
  }

  @Query(() => SkillCoverage, {
    description:
      "A collaboration's member municipalities × skills with the number of people at level; the heatmap is GET /exports/skill-coverage.svg.",
  })
  @Access(Permission.HR)
  async skillCoverage(
    @Args() args: SkillCoverageArgs,
    @Context() context: GraphqlContext,
  ): Promise<SkillCoverage> {
    const viewpoint = await this.viewpoints.of(context);
    return toSkillCoverage(await this.service.coverage(context.caller, viewpoint, args));
  }
}

/** Loads the skill of a nested HR object through the request's loader. */
async function skillOf(skills: SkillsService, loaders: RequestLoaders, id: string): Promise<Skill> {
  const record = await skills.byIdLoader(loaders).load(id);
  // The store just counted this skill; missing now means it was deleted meanwhile.
  if (!record) throw new Error(`Skill ${id} is gone`);
  return toSkill(record);
}

async function municipalityOf(
  municipalities: MunicipalitiesService,
  loaders: RequestLoaders,
  code: string,
): Promise<Municipality> {
  const record = await municipalities.byCodeLoader(loaders).load(code);
  if (!record) throw new Error(`Municipality ${code} is gone`);
  return toMunicipality(record);
}

@Resolver(() => SkillGap)
export class SkillGapFieldsResolver {
  constructor(private readonly skills: SkillsService) {}

  @ResolveField(() => Skill)
  skill(@Parent() gap: SkillGap, @Context('loaders') loaders: RequestLoaders): Promise<Skill> {
    return skillOf(this.skills, loaders, gap.skillId);
  }
}

@Resolver(() => SkillDemand)
export class SkillDemandFieldsResolver {
  constructor(private readonly challengesService: ChallengesService) {}

  @ResolveField(() => [Challenge], { description: 'The counted challenges that require it.' })
  async challenges(
    @Parent() demand: SkillDemand,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Challenge[]> {
    const records = await this.challengesService
      .byIdLoader(loaders)
      .loadMany([...demand.challengeIds]);
    return records.flatMap((record) =>
      record && !(record instanceof Error) ? [toChallenge(record)] : [],
    );
  }
}

@Resolver(() => MunicipalitySupply)
export class MunicipalitySupplyFieldsResolver {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @ResolveField(() => Municipality)
  municipality(
    @Parent() supply: MunicipalitySupply,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Municipality> {
    return municipalityOf(this.municipalities, loaders, supply.municipalityCode);
  }
}

@Resolver(() => SkillSource)
export class SkillSourceFieldsResolver {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @ResolveField(() => Municipality)
  municipality(
    @Parent() source: SkillSource,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Municipality> {
    return municipalityOf(this.municipalities, loaders, source.municipalityCode);
  }
}

@Resolver(() => ThinSkill)
export class ThinSkillFieldsResolver {
  constructor(private readonly skills: SkillsService) {}

  @ResolveField(() => Skill)
  skill(@Parent() thin: ThinSkill, @Context('loaders') loaders: RequestLoaders): Promise<Skill> {
    return skillOf(this.skills, loaders, thin.skillId);
  }
}

@Resolver(() => SkillHolding)
export class SkillHoldingFieldsResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => Person)
  async person(
    @Parent() holding: SkillHolding,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Person> {
    const record = await this.people.byIdLoader(loaders).load(holding.personId);
    if (!record) throw new Error(`Person ${holding.personId} is gone`);
    return toPerson(record);
  }
}

@Resolver(() => OrphanedChallenge)
export class OrphanedChallengeFieldsResolver {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly people: PeopleService,
  ) {}

  @ResolveField(() => Challenge)
  async challenge(
    @Parent() orphaned: OrphanedChallenge,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Challenge> {
    const record = await this.challenges.byIdLoader(loaders).load(orphaned.challengeId);
    if (!record) throw new Error(`Challenge ${orphaned.challengeId} is gone`);
    return toChallenge(record);
  }

  @ResolveField(() => [Person], {
    description: 'The solvers still working there but unavailable, in your own municipality.',
  })
  async unavailable(
    @Parent() orphaned: OrphanedChallenge,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Person[]> {
    const records = await this.people.byIdLoader(loaders).loadMany([...orphaned.unavailableIds]);
    return records.flatMap((record) =>
      record && !(record instanceof Error) ? [toPerson(record)] : [],
    );
  }
}
