import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphqlContext } from '../common/request/graphql-context';
import { ViewpointService } from '../viewpoint/viewpoint.service';
import { Audit } from '../audit/audit.decorator';
import { Access, Permission } from '../auth/access.decorator';
import { ChallengesService } from '../challenges/challenges.service';
import { toChallenge } from '../challenges/challenges.mapper';
import { Challenge } from '../challenges/models/challenge.model';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { Person } from '../people/models/person.model';
import { PeopleService } from '../people/people.service';
import { toPerson } from '../people/people.mapper';
import { ExperienceInput } from './dto/experience.input';
import { ExperiencesService } from './experiences.service';
import { toExperience } from './experiences.mapper';
import { Experience } from './models/experience.model';

@Resolver(() => Experience)
export class ExperiencesResolver {
  constructor(
    private readonly service: ExperiencesService,
    private readonly people: PeopleService,
    private readonly challenges: ChallengesService,
    private readonly viewpoints: ViewpointService,
  ) {}

  @Mutation(() => Experience, {
    description:
      "Records a person's experience with a challenge; recording the same pair again replaces it.",
  })
  @Access(Permission.PROFILE)
  @Audit('Experience')
  async recordExperience(
    @Args('input') input: ExperienceInput,
    @Context() context: GraphqlContext,
  ): Promise<Experience> {
    const viewpoint = await this.viewpoints.of(context);
    return toExperience(await this.service.record(context.caller, viewpoint, input));
  }

  @ResolveField(() => Person)
  async person(
    @Parent() experience: Experience,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Person> {
    const record = await this.people.byIdLoader(loaders).load(experience.personId);
    // WORKED_ON goes when its person goes; a miss means the graph is inconsistent.
    if (!record) throw new Error(`Experience points at missing person ${experience.personId}`);
    return toPerson(record);
  }

  @ResolveField(() => Challenge)
  async challenge(
    @Parent() experience: Experience,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Challenge> {
    const record = await this.challenges.byIdLoader(loaders).load(experience.challengeId);
    if (!record)
      throw new Error(`Experience points at missing challenge ${experience.challengeId}`);
    return toChallenge(record);
  }
}
