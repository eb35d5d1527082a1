import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { Municipality } from '../municipalities/models/municipality.model';
import { CollaborationsService } from './collaborations.service';
import { toCollaboration } from './collaborations.mapper';
import { Collaboration } from './models/collaboration.model';

/** Municipality.collaborations lives here, so the municipalities feature need not know this one. */
@Resolver(() => Municipality)
export class MunicipalityCollaborationsResolver {
  constructor(private readonly service: CollaborationsService) {}

  @ResolveField(() => [Collaboration], {
    description: 'The collaborations this municipality is a member of, by name.',
  })
  async collaborations(
    @Parent() municipality: Municipality,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Collaboration[]> {
    const records = await this.service.byMunicipalityLoader(loaders).load(municipality.code);
    return records.map(toCollaboration);
  }
}
