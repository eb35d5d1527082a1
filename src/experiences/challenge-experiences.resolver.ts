import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Challenge } from '../challenges/models/challenge.model';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { ExperiencesService } from './experiences.service';
import { toExperience } from './experiences.mapper';
import { Experience } from './models/experience.model';

/** Challenge.experiences lives here, so challenges need not depend on experiences. */
@Resolver(() => Challenge)
export class ChallengeExperiencesResolver {
  constructor(private readonly service: ExperiencesService) {}

  @ResolveField(() => [Experience], {
    description: 'Who worked on it, with role and outcome; most recent year first.',
  })
  async experiences(
    @Parent() challenge: Challenge,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Experience[]> {
    return (await this.service.byChallengeLoader(loaders).load(challenge.id)).map(toExperience);
  }
}
