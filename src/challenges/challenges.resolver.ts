import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphqlContext } from '../common/request/graphql-context';
import { Audit } from '../audit/audit.decorator';
import { Access, Permission } from '../auth/access.decorator';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { Municipality } from '../municipalities/models/municipality.model';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { toMunicipality } from '../municipalities/municipalities.resolver';
import { Skill } from '../skills/models/skill.model';
import { SkillsService } from '../skills/skills.service';
import { toSkill } from '../skills/skills.mapper';
import { challengeSortKey } from './challenges.repository';
import { ChallengesService } from './challenges.service';
import { toChallenge } from './challenges.mapper';
import { ChallengeArgs, ChallengesArgs } from './dto/challenges.args';
import { CreateChallengeInput } from './dto/create-challenge.input';
import { UpdateChallengeInput } from './dto/update-challenge.input';
import { Challenge, ChallengeConnection } from './models/challenge.model';

@Resolver(() => Challenge)
export class ChallengesResolver {
  constructor(
    private readonly service: ChallengesService,
    private readonly municipalities: MunicipalitiesService,
    private readonly skills: SkillsService,
  ) {}

  @Query(() => Challenge, { nullable: true, description: 'One challenge by id.' })
  @Access(Permission.READ)
  async challenge(@Args() { id }: ChallengeArgs): Promise<Challenge | null> {
    const record = await this.service.findById(id);
    return record && toChallenge(record);
  }

  @Query(() => ChallengeConnection, { description: 'Challenges, newest first.' })
  @Access(Permission.READ)
  async challenges(@Args() args: ChallengesArgs): Promise<Connection<Challenge>> {
    const page = await this.service.list({ ...args.filter }, toPageRequest(args));
    return toConnection(page, challengeSortKey, toChallenge);
  }

  @Mutation(() => Challenge, { description: 'Records a challenge a municipality faces.' })
  @Access(Permission.WRITE)
  @Audit('Challenge')
  async createChallenge(
    @Args('input') input: CreateChallengeInput,
    @Context() { caller }: GraphqlContext,
  ): Promise<Challenge> {
    return toChallenge(await this.service.create(caller, input));
  }

  @Mutation(() => Challenge, {
    description: 'Changes a challenge; fields left out stay as they are.',
  })
  @Access(Permission.WRITE)
  @Audit('Challenge')
  async updateChallenge(
    @Args() { id }: ChallengeArgs,
    @Args('input') input: UpdateChallengeInput,
    @Context() { caller }: GraphqlContext,
  ): Promise<Challenge> {
    return toChallenge(await this.service.update(caller, id, input));
  }

  @ResolveField(() => Municipality, { description: 'The municipality that faces it.' })
  async municipality(
    @Parent() challenge: Challenge,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Municipality> {
    const record = await this.municipalities.byCodeLoader(loaders).load(challenge.municipalityCode);
    // FACES always points at an existing municipality; a miss means the graph is inconsistent.
    if (!record)
      throw new Error(
        `Challenge ${challenge.id} has no municipality ${challenge.municipalityCode}`,
      );
    return toMunicipality(record);
  }

  @ResolveField(() => [Skill], { description: 'The skills it requires, by id.' })
  async requiredSkills(
    @Parent() challenge: Challenge,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Skill[]> {
    const records = await this.skills.byIdLoader(loaders).loadMany(challenge.requiredSkillIds);
    return records.flatMap((record) => {
      if (record instanceof Error) throw record;
      return record ? [toSkill(record)] : [];
    });
  }
}
