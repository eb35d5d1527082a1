import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { PeopleModule } from '../people/people.module';
import { ViewpointModule } from '../viewpoint/viewpoint.module';
import { ActingPersonResolver } from './acting-person';
import { IntroductionsResolver } from './introductions.resolver';
import { IntroductionsService } from './introductions.service';

/** Introductions: the workflow after a recommendation. The port comes from RelationalModule. */
@Module({
  imports: [ViewpointModule, PeopleModule, ChallengesModule],
  providers: [ActingPersonResolver, IntroductionsService, IntroductionsResolver],
  exports: [IntroductionsService],
})
export class IntroductionsModule {}
