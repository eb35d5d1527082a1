import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audit } from '../audit/audit.decorator';
import { Access, Permission } from '../auth/access.decorator';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { CreatePersonInput } from './dto/create-person.input';
import { ConnectPeopleArgs, PeopleArgs, PersonArgs } from './dto/people.args';
import { SetPersonSkillsArgs } from './dto/person-skill.input';
import { UpdatePersonArgs } from './dto/update-person.input';
import { Person, PersonConnection } from './models/person.model';
import { toPerson, toPersonFilter } from './people.mapper';
import { personSortKey } from './people.repository';
import { PeopleService } from './people.service';

@Resolver(() => Person)
export class PeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @Query(() => Person, { nullable: true, description: 'One person by id.' })
  @Access(Permission.READ)
  async person(@Args() { id }: PersonArgs): Promise<Person | null> {
    const record = await this.service.findById(id);
    return record && toPerson(record);
  }

  @Query(() => PersonConnection, { description: 'People by name, optionally filtered.' })
  @Access(Permission.READ)
  async people(@Args() args: PeopleArgs): Promise<Connection<Person>> {
    const page = await this.service.list(toPersonFilter(args.filter), toPageRequest(args));
    return toConnection(page, personSortKey, toPerson);
  }

  @Mutation(() => Person, { description: 'Adds a person to the directory.' })
  @Access(Permission.WRITE)
  @Audit('Person')
  async createPerson(@Args('input') input: CreatePersonInput): Promise<Person> {
    return toPerson(await this.service.create(input));
  }

  @Mutation(() => Person, { description: 'Changes a person; fields left out keep their value.' })
  @Access(Permission.WRITE)
  @Audit('Person')
  async updatePerson(@Args() { id, input }: UpdatePersonArgs): Promise<Person> {
    return toPerson(await this.service.update(id, input));
  }

  @Mutation(() => Person, { description: "Replaces a person's skills with the given set." })
  @Access(Permission.WRITE)
  @Audit('Person')
  async setPersonSkills(@Args() { personId, skills }: SetPersonSkillsArgs): Promise<Person> {
    return toPerson(await this.service.setSkills(personId, skills));
  }

  @Mutation(() => Boolean, {
    description:
      'Records that two people know each other (either way round; repeating is harmless).',
  })
  @Access(Permission.WRITE)
  @Audit('Person')
  async connectPeople(@Args() { personId, otherPersonId }: ConnectPeopleArgs): Promise<boolean> {
    await this.service.connect(personId, otherPersonId);
    return true;
  }
}
