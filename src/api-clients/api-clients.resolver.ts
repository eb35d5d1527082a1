import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audit } from '../audit/audit.decorator';
import { Access, Permission } from '../auth/access.decorator';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { type GraphqlContext } from '../common/request/graphql-context';
import { toApiClient } from './api-clients.mapper';
import { apiClientSortKey } from './api-clients.repository';
import { ApiClientIssuer } from './api-client-issuer';
import { ApiClientsService } from './api-clients.service';
import { ApiClientIdArgs, ApiClientsArgs } from './dto/api-clients.args';
import { CreateApiClientInput } from './dto/create-api-client.input';
import { ApiClient, ApiClientConnection, CreatedApiClient } from './models/api-client.model';

@Resolver(() => ApiClient)
export class ApiClientsResolver {
  constructor(
    private readonly service: ApiClientsService,
    private readonly issuer: ApiClientIssuer,
  ) {}

  @Query(() => ApiClientConnection, {
    description: 'API clients, newest first, revoked ones included. Administrators only.',
  })
  @Access(Permission.ADMIN)
  async apiClients(@Args() args: ApiClientsArgs): Promise<Connection<ApiClient>> {
    const page = await this.service.list(toPageRequest(args));
    const now = new Date();
    return toConnection(page, apiClientSortKey, (record) => toApiClient(record, now));
  }

  @Mutation(() => CreatedApiClient, {
    description:
      'Creates an API client for an intranet and returns its key, once. Administrators only.',
  })
  @Access(Permission.ADMIN)
  @Audit('ApiClient')
  async createApiClient(
    @Args('input') input: CreateApiClientInput,
    @Context() { caller }: GraphqlContext,
  ): Promise<CreatedApiClient> {
    const { record, key } = await this.issuer.create(input, caller.actorId);
    return { id: record.id, client: toApiClient(record), key };
  }

  @Mutation(() => ApiClient, {
    description:
      'Revokes an API client: its key is refused from now on. Repeating it is harmless. Administrators only.',
  })
  @Access(Permission.ADMIN)
  @Audit('ApiClient')
  async revokeApiClient(@Args() { id }: ApiClientIdArgs): Promise<ApiClient> {
    return toApiClient(await this.service.revoke(id));
  }
}
