import { ViewpointModule } from '../viewpoint/viewpoint.module';
import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { PeopleModule } from '../people/people.module';
import { SkillsModule } from '../skills/skills.module';
import { ChallengeMatchResolver } from './challenge-match.resolver';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

/**
 * Recommendations (recommendColleagues). The service needs only the MatchingRepository port
 * from GraphStoreModule; the imports serve the resolvers' nested fields.
 */
@Module({
  imports: [ViewpointModule, PeopleModule, SkillsModule, ChallengesModule],
  providers: [MatchingService, MatchingResolver, ChallengeMatchResolver],
  exports: [MatchingService],
})
export class MatchingModule {}
