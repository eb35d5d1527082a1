import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { type GraphqlContext } from '../graphql/graphql-context';
import { Municipality } from '../municipalities/models/municipality.model';
import { PeopleArgs } from './dto/people.args';
import { type Person, PersonConnection } from './models/person.model';
import { toPerson, toPersonFilter } from './people.mapper';
import { personSortKey } from './people.repository';
import { PeopleService } from './people.service';

/** Municipality.people: one store query for all municipalities in a response with the same arguments. */
@Resolver(() => Municipality)
export class MunicipalityPeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @ResolveField(() => PersonConnection, { description: 'People working here, by name.' })
  async people(
    @Parent() municipality: Municipality,
    @Args() args: PeopleArgs,
    @Context() { loaders }: GraphqlContext,
  ): Promise<Connection<Person>> {
    const loader = this.service.byMunicipalityLoader(
      loaders,
      toPersonFilter(args.filter),
      toPageRequest(args),
    );
    return toConnection(await loader.load(municipality.code), personSortKey, toPerson);
  }
}
