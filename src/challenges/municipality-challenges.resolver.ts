import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { Municipality } from '../municipalities/models/municipality.model';
import { challengeSortKey } from './challenges.repository';
import { ChallengesService } from './challenges.service';
import { toChallenge } from './challenges.mapper';
import { MunicipalityChallengesArgs } from './dto/challenges.args';
import { Challenge, ChallengeConnection } from './models/challenge.model';

/** Municipality.challenges lives here, so the municipalities feature need not know this one. */
@Resolver(() => Municipality)
export class MunicipalityChallengesResolver {
  constructor(private readonly service: ChallengesService) {}

  @ResolveField(() => ChallengeConnection, { description: 'Challenges it faces, newest first.' })
  async challenges(
    @Parent() municipality: Municipality,
    @Args() args: MunicipalityChallengesArgs,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Connection<Challenge>> {
    const page = await this.service
      .byMunicipalityLoader(loaders, toPageRequest(args))
      .load(municipality.code);
    return toConnection(page, challengeSortKey, toChallenge);
  }
}
