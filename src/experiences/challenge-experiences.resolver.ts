import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Challenge } from '../challenges/models/challenge.model';
import { type GraphqlContext } from '../common/request/graphql-context';
import { ViewpointService } from '../viewpoint/viewpoint.service';
import { ExperiencesService } from './experiences.service';
import { toExperience } from './experiences.mapper';
import { Experience } from './models/experience.model';

/** Challenge.experiences lives here, so challenges need not depend on experiences. */
@Resolver(() => Challenge)
export class ChallengeExperiencesResolver {
  constructor(
    private readonly service: ExperiencesService,
    private readonly viewpoints: ViewpointService,
  ) {}

  @ResolveField(() => [Experience], {
    description:
      'Who worked on it, with role and outcome; most recent year first. Only people whose visibility reaches the caller.',
  })
  async experiences(
    @Parent() challenge: Challenge,
    @Context() context: GraphqlContext,
  ): Promise<Experience[]> {
    const viewpoint = await this.viewpoints.of(context);
    const experiences = await this.service.visibleOfChallenge(
      context.loaders,
      challenge.id,
      viewpoint,
    );
    return experiences.map(toExperience);
  }
}
