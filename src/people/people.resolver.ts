import { Args, Context, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type GraphQLResolveInfo } from 'graphql';
import { selectsField } from '../common/selection/selects-field';
import { Audit } from '../audit/audit.decorator';
import { Access, Permission } from '../auth/access.decorator';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { CreatePersonInput } from './dto/create-person.input';
import { ConnectPeopleArgs, PeopleArgs, PersonArgs } from './dto/people.args';
import { SetPersonSkillsArgs } from './dto/person-skill.input';
import { UpdatePersonArgs } from './dto/update-person.input';
import { type GraphqlContext } from '../common/request/graphql-context';
import { ViewpointService } from '../viewpoint/viewpoint.service';
import { Person, PersonConnection } from './models/person.model';
import { toPerson, toPersonFilter } from './people.mapper';
import { personSortKey } from './people.repository';
import { PeopleService } from './people.service';

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly viewpoints: ViewpointService,
  ) {}

  @Query(() => Person, {
    nullable: true,
    description:
      'One person by id; null when there is none or their visibility does not reach the caller.',
  })
  @Access(Permission.READ)
  async person(
    @Args() { id }: PersonArgs,
    @Context() context: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person | null> {
    const viewpoint = await this.viewpoints.of(context);
    // Asked with its skills (the common profile query), the person comes in one statement.
    const record = selectsField(info, 'skills')
      ? await this.service.findVisibleWithSkills(context.loaders, id, viewpoint)
      : await this.service.findVisible(id, viewpoint);
    return record && toPerson(record);
  }

  @Query(() => PersonConnection, {
    description:
      'People by name, optionally filtered; only those whose visibility reaches the caller (also in totalCount).',
  })
  @Access(Permission.READ)
  async people(
    @Args() args: PeopleArgs,
    @Context() context: GraphqlContext,
  ): Promise<Connection<Person>> {
    const viewpoint = await this.viewpoints.of(context);
    const page = await this.service.list(
      toPersonFilter(args.filter),
      toPageRequest(args),
      viewpoint,
    );
    return toConnection(page, personSortKey, toPerson);
  }

  @Mutation(() => Person, { description: 'Adds a person to the directory.' })
  @Access(Permission.WRITE)
  @Audit('Person')
  async createPerson(
    @Args('input') input: CreatePersonInput,
    @Context() { caller }: GraphqlContext,
  ): Promise<Person> {
    return toPerson(await this.service.create(caller, input));
  }

  @Mutation(() => Person, {
    description:
      'Changes a person; fields left out keep their value. A signed-in person may change their own profile, availability and visibility.',
  })
  @Access(Permission.PROFILE)
  @Audit('Person')
  async updatePerson(
    @Args() { id, input }: UpdatePersonArgs,
    @Context() context: GraphqlContext,
  ): Promise<Person> {
    const viewpoint = await this.viewpoints.of(context);
    return toPerson(await this.service.update(context.caller, viewpoint, id, input));
  }

  @Mutation(() => Person, { description: "Replaces a person's skills with the given set." })
  @Access(Permission.PROFILE)
  @Audit('Person')
  async setPersonSkills(
    @Args() { personId, skills }: SetPersonSkillsArgs,
    @Context() context: GraphqlContext,
  ): Promise<Person> {
    const viewpoint = await this.viewpoints.of(context);
    return toPerson(await this.service.setSkills(context.caller, viewpoint, personId, skills));
  }

  @Mutation(() => Boolean, {
    description:
      'Records that two people know each other (either way round; repeating is harmless). The caller must be allowed to change the first person and to see the second.',
  })
  @Access(Permission.PROFILE)
  @Audit('Person')
  async connectPeople(
    @Args() { personId, otherPersonId }: ConnectPeopleArgs,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    const viewpoint = await this.viewpoints.of(context);
    await this.service.connect(context.caller, viewpoint, personId, otherPersonId);
    return true;
  }
}
