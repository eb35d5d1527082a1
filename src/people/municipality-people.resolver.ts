import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { type GraphqlContext } from '../common/request/graphql-context';
import { Municipality } from '../municipalities/models/municipality.model';
import { PeopleArgs } from './dto/people.args';
import { type Person, PersonConnection } from './models/person.model';
import { toPerson, toPersonFilter } from './people.mapper';
import { personSortKey } from './people.repository';
import { PeopleService } from './people.service';
import { ViewpointService } from '../viewpoint/viewpoint.service';

/** Municipality.people: one store query for all municipalities in a response with the same arguments. */
@Resolver(() => Municipality)
export class MunicipalityPeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly viewpoints: ViewpointService,
  ) {}

  @ResolveField(() => PersonConnection, {
    description: 'People working here whose visibility reaches the caller, by name.',
  })
  async people(
    @Parent() municipality: Municipality,
    @Args() args: PeopleArgs,
    @Context() context: GraphqlContext,
  ): Promise<Connection<Person>> {
    const viewpoint = await this.viewpoints.of(context);
    const loader = this.service.byMunicipalityLoader(
      context.loaders,
      toPersonFilter(args.filter),
      toPageRequest(args),
      viewpoint,
    );
    return toConnection(await loader.load(municipality.code), personSortKey, toPerson);
  }
}
