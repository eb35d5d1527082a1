import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { type GraphqlContext } from '../graphql/graphql-context';
import { Skill } from '../skills/models/skill.model';
import { SkillPeopleArgs } from './dto/people.args';
import { type Person, PersonConnection } from './models/person.model';
import { toPerson } from './people.mapper';
import { personSortKey } from './people.repository';
import { PeopleService } from './people.service';

/** Skill.people: one store query for all skills in a response with the same arguments. */
@Resolver(() => Skill)
export class SkillPeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @ResolveField(() => PersonConnection, { description: 'People with this skill, by name.' })
  async people(
    @Parent() skill: Skill,
    @Args() args: SkillPeopleArgs,
    @Context() { loaders }: GraphqlContext,
  ): Promise<Connection<Person>> {
    const loader = this.service.bySkillLoader(loaders, args.minLevel ?? 1, toPageRequest(args));
    return toConnection(await loader.load(skill.id), personSortKey, toPerson);
  }
}
