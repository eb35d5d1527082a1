import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { type GraphqlContext } from '../common/request/graphql-context';
import { Skill } from '../skills/models/skill.model';
import { SkillPeopleArgs } from './dto/people.args';
import { type Person, PersonConnection } from './models/person.model';
import { toPerson } from './people.mapper';
import { personSortKey } from './people.repository';
import { PeopleService } from './people.service';
import { ViewpointService } from '../viewpoint/viewpoint.service';

/** Skill.people: one store query for all skills in a response with the same arguments. */
@Resolver(() => Skill)
export class SkillPeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly viewpoints: ViewpointService,
  ) {}

  @ResolveField(() => PersonConnection, {
    description: 'People with this skill whose visibility reaches the caller, by name.',
  })
  async people(
    @Parent() skill: Skill,
    @Args() args: SkillPeopleArgs,
    @Context() context: GraphqlContext,
  ): Promise<Connection<Person>> {
    const viewpoint = await this.viewpoints.of(context);
    const loader = this.service.bySkillLoader(
      context.loaders,
      args.minLevel ?? 1,
      toPageRequest(args),
      viewpoint,
    );
    return toConnection(await loader.load(skill.id), personSortKey, toPerson);
  }
}
