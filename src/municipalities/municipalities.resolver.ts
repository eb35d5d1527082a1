import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, Permission } from '../auth/access.decorator';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { MunicipalitiesArgs, MunicipalityArgs } from './dto/municipalities.args';
import { MunicipalitiesService } from './municipalities.service';
import { municipalitySortKey } from './municipalities.repository';
import { Municipality, MunicipalityConnection } from './models/municipality.model';
import { type MunicipalityRecord } from './municipality.record';

export const toMunicipality = (record: MunicipalityRecord): Municipality => ({ ...record });

@Resolver(() => Municipality)
export class MunicipalitiesResolver {
  constructor(private readonly service: MunicipalitiesService) {}

  @Query(() => Municipality, { nullable: true, description: 'One municipality by CBS code.' })
  @Access(Permission.READ)
  async municipality(@Args() { code }: MunicipalityArgs): Promise<Municipality | null> {
    const record = await this.service.findByCode(code);
    return record && toMunicipality(record);
  }

  @Query(() => MunicipalityConnection, { description: 'All 342 municipalities, by name.' })
  @Access(Permission.READ)
  async municipalities(@Args() args: MunicipalitiesArgs): Promise<Connection<Municipality>> {
    const page = await this.service.list(
      { search: args.search, province: args.province },
      toPageRequest(args),
    );
    return toConnection(page, municipalitySortKey, toMunicipality);
  }
}
