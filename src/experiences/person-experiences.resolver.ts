import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { Person } from '../people/models/person.model';
import { ExperiencesService } from './experiences.service';
import { toExperience } from './experiences.mapper';
import { Experience } from './models/experience.model';

/** Person.experiences lives here, so people need not depend on experiences. */
@Resolver(() => Person)
export class PersonExperiencesResolver {
  constructor(private readonly service: ExperiencesService) {}

  @ResolveField(() => [Experience], {
    description: 'Challenges this person worked on, with role and outcome; most recent year first.',
  })
  async experiences(
    @Parent() person: Person,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Experience[]> {
    return (await this.service.byPersonLoader(loaders).load(person.id)).map(toExperience);
  }
}
