import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Access, Permission } from '../auth/access.decorator';
import { type GraphqlContext } from '../common/request/graphql-context';
import { toPerson, toPersonFilter } from '../people/people.mapper';
import { PeopleService } from '../people/people.service';
import { SkillsService } from '../skills/skills.service';
import { toSkill } from '../skills/skills.mapper';
import { DEFAULT_SEARCH_HITS, SearchPeopleArgs } from './dto/search-people.args';
import { PersonHit } from './models/person-hit.model';
import { PeopleSearchService } from './people-search.service';
import { ViewpointService } from '../viewpoint/viewpoint.service';

@Resolver(() => PersonHit)
export class PeopleSearchResolver {
  constructor(
    private readonly search: PeopleSearchService,
    private readonly people: PeopleService,
    private readonly skills: SkillsService,
    private readonly viewpoints: ViewpointService,
  ) {}

  @Query(() => [PersonHit], {
    description:
      'Free-text search over people: name, title, bio and the names and aliases of their skills, with Dutch stemming, best match first. Only people whose visibility reaches the caller.',
  })
  @Access(Permission.READ)
  async searchPeople(
    @Args() { query, first, filter }: SearchPeopleArgs,
    @Context() context: GraphqlContext,
  ): Promise<PersonHit[]> {
    const { loaders } = context;
    const hits = await this.search.search(
      { query, first: first ?? DEFAULT_SEARCH_HITS, filter: toPersonFilter(filter) },
      await this.viewpoints.of(context),
    );
    // The hits' records through the request's loaders: one store query each for all people and
    // all skills shown, shared with the nested fields that ask for them again.
    const [people, skills] = await Promise.all([
      this.people.byIdLoader(loaders).loadMany(hits.map(({ personId }) => personId)),
      this.skills
        .byIdLoader(loaders)
        .loadMany(hits.flatMap(({ matchedSkillIds }) => matchedSkillIds)),
    ]);
    const skillOf = new Map(
      skills.flatMap((skill) => (skill && !(skill instanceof Error) ? [[skill.id, skill]] : [])),
    );
    return hits.flatMap(({ score, matchedSkillIds }, i) => {
      const person = people[i];
      // Removed since the search read it: leave it out rather than fail the answer.
      if (!person || person instanceof Error) return [];
      const matchedSkills = matchedSkillIds.flatMap((id) => {
        const skill = skillOf.get(id);
        return skill ? [toSkill(skill)] : [];
      });
      return [{ person: toPerson(person), score, matchedSkills }];
    });
  }
}
