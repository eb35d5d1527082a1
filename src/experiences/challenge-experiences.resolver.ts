import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Challenge } from '../challenges/models/challenge.model';
import { type GraphqlContext } from '../common/request/graphql-context';
import { PeopleService } from '../people/people.service';
import { isVisibleIn } from '../people/visibility';
import { ViewpointService } from '../viewpoint/viewpoint.service';
import { ExperiencesService } from './experiences.service';
import { toExperience } from './experiences.mapper';
import { Experience } from './models/experience.model';

/** Challenge.experiences lives here, so challenges need not depend on experiences. */
@Resolver(() => Challenge)
export class ChallengeExperiencesResolver {
  constructor(
    private readonly service: ExperiencesService,
    private readonly people: PeopleService,
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
    const [{ scope }, experiences] = await Promise.all([
      this.viewpoints.of(context),
      this.service.byChallengeLoader(context.loaders).load(challenge.id),
    ]);
    const people = await this.people
      .byIdLoader(context.loaders)
      .loadMany(experiences.map((experience) => experience.personId));
    const visible = new Set(
      people.flatMap((person) =>
        person && !(person instanceof Error) && isVisibleIn(scope, person) ? [person.id] : [],
      ),
    );
    return experiences.filter((experience) => visible.has(experience.personId)).map(toExperience);
  }
}
