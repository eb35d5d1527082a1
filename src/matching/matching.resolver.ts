import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Permission } from '../auth/access.decorator';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { type GraphqlContext } from '../common/request/graphql-context';
import { PeopleException } from '../people/people.exception';
import { ViewpointService } from '../viewpoint/viewpoint.service';
import { Person } from '../people/models/person.model';
import { toPerson } from '../people/people.mapper';
import { PeopleService } from '../people/people.service';
import { Skill } from '../skills/models/skill.model';
import { toSkill } from '../skills/skills.mapper';
import { SkillsService } from '../skills/skills.service';
import { RecommendInput } from './dto/recommend.input';
import { toRecommendation, toRecommendRequest } from './matching.mapper';
import { MatchingService } from './matching.service';
import { Recommendation } from './models/recommendation.model';

@Resolver(() => Recommendation)
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly people: PeopleService,
    private readonly skills: SkillsService,
    private readonly viewpoints: ViewpointService,
  ) {}

  @Query(() => [Recommendation], {
    description:
      'Colleagues in other municipalities who worked on a similar challenge, best first, each with reasons and, from the asker, an introduction path.',
  })
  @Access(Permission.READ)
  async recommendColleagues(
    @Args('input') input: RecommendInput,
    @Context() context: GraphqlContext,
  ): Promise<Recommendation[]> {
    const viewpoint = await this.viewpoints.of(context);
    const request = toRecommendRequest(input);
    // A signed-in person asks for themselves unless they name someone else.
    const { caller } = context;
    const askerId = request.askerId ?? (caller.kind === 'person' ? caller.personId : undefined);
    // An asker the caller may not see is treated as unknown: no probing of hidden people.
    if (askerId !== undefined && !(await this.people.findVisible(askerId, viewpoint))) {
      throw PeopleException.notFound(askerId);
    }
    const results = await this.matching.recommend({ ...request, askerId, viewpoint });
    return results.map(toRecommendation);
  }

  @ResolveField(() => Person)
  async person(
    @Parent() recommendation: Recommendation,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Person> {
    const record = await this.people.byIdLoader(loaders).load(recommendation.personId);
    // The service has just read this person; missing now means a broken graph.
    if (!record) throw new Error(`Recommended person ${recommendation.personId} is gone`);
    return toPerson(record);
  }

  @ResolveField(() => [Skill], {
    description: 'The wanted skills this colleague has, the rarest at the highest level first.',
  })
  async sharedSkills(
    @Parent() recommendation: Recommendation,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Skill[]> {
    const records = await this.skills.byIdLoader(loaders).loadMany(recommendation.sharedSkillIds);
    return records.flatMap((record) =>
      record && !(record instanceof Error) ? [toSkill(record)] : [],
    );
  }

  @ResolveField(() => [Person], {
    nullable: true,
    description:
      'Acquaintances from the asker to this colleague (both included), the shortest within 3 steps whose people the asker may all see; null when there is none or no askerId.',
  })
  async introductionPath(
    @Parent() recommendation: Recommendation,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Person[] | null> {
    const ids = recommendation.introductionPathIds;
    if (ids === null) return null;
    const records = await this.people.byIdLoader(loaders).loadMany(ids);
    const people = records.flatMap((record) =>
      record && !(record instanceof Error) ? [toPerson(record)] : [],
    );
    // Someone on the path left the directory meanwhile: the path no longer holds.
    return people.length === ids.length ? people : null;
  }
}
