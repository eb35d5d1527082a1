import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { toChallenge } from '../challenges/challenges.mapper';
import { ChallengesService } from '../challenges/challenges.service';
import { Challenge } from '../challenges/models/challenge.model';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { ChallengeMatch } from './models/recommendation.model';

@Resolver(() => ChallengeMatch)
export class ChallengeMatchResolver {
  constructor(private readonly challenges: ChallengesService) {}

  @ResolveField(() => Challenge)
  async challenge(
    @Parent() match: ChallengeMatch,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Challenge> {
    const record = await this.challenges.byIdLoader(loaders).load(match.challengeId);
    // The service has just read this challenge; missing now means a broken graph.
    if (!record) throw new Error(`Matched challenge ${match.challengeId} is gone`);
    return toChallenge(record);
  }
}
