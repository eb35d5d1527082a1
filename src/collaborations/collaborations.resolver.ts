import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Audit } from '../audit/audit.decorator';
import { Access, Permission } from '../auth/access.decorator';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { Municipality } from '../municipalities/models/municipality.model';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { toMunicipality } from '../municipalities/municipalities.resolver';
import { collaborationSortKey } from './collaborations.repository';
import { CollaborationsService } from './collaborations.service';
import { toCollaboration } from './collaborations.mapper';
import {
  AddCollaborationMemberArgs,
  CollaborationArgs,
  CollaborationsArgs,
} from './dto/collaborations.args';
import { CollaborationInput } from './dto/collaboration.input';
import { Collaboration, CollaborationConnection } from './models/collaboration.model';

@Resolver(() => Collaboration)
export class CollaborationsResolver {
  constructor(
    private readonly service: CollaborationsService,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  @Query(() => Collaboration, { nullable: true, description: 'One collaboration by id.' })
  @Access(Permission.READ)
  async collaboration(@Args() { id }: CollaborationArgs): Promise<Collaboration | null> {
    const record = await this.service.findById(id);
    return record && toCollaboration(record);
  }

  @Query(() => CollaborationConnection, {
    description: 'Collaborations of municipalities, by name.',
  })
  @Access(Permission.READ)
  async collaborations(@Args() args: CollaborationsArgs): Promise<Connection<Collaboration>> {
    const page = await this.service.list({ kind: args.kind }, toPageRequest(args));
    return toConnection(page, collaborationSortKey, toCollaboration);
  }

  @Mutation(() => Collaboration, {
    description: 'Creates a collaboration, or renames / re-kinds the one with this id.',
  })
  @Access(Permission.ADMIN)
  @Audit('Collaboration')
  async upsertCollaboration(@Args('input') input: CollaborationInput): Promise<Collaboration> {
    return toCollaboration(await this.service.upsert(input));
  }

  @Mutation(() => Collaboration, {
    description:
      'Makes a municipality a member of a collaboration; adding it again changes nothing.',
  })
  @Access(Permission.ADMIN)
  @Audit('Collaboration')
  async addCollaborationMember(
    @Args() { collaborationId, municipalityCode }: AddCollaborationMemberArgs,
  ): Promise<Collaboration> {
    return toCollaboration(await this.service.addMember(collaborationId, municipalityCode));
  }

  @ResolveField(() => [Municipality], { description: 'Member municipalities, by name.' })
  async members(
    @Parent() collaboration: Collaboration,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Municipality[]> {
    const codes = await this.service.memberCodesLoader(loaders).load(collaboration.id);
    const records = await this.municipalities.byCodeLoader(loaders).loadMany(codes);
    return records.flatMap((record) => {
      if (record instanceof Error) throw record;
      return record ? [toMunicipality(record)] : [];
    });
  }

  @ResolveField(() => Int, { description: 'How many municipalities are members.' })
  async memberCount(
    @Parent() collaboration: Collaboration,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<number> {
    return (await this.service.memberCodesLoader(loaders).load(collaboration.id)).length;
  }
}
