import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../people/people.module';
import { ViewpointModule } from '../viewpoint/viewpoint.module';
import { ActingPersonResolver } from './acting-person';
import { HelpedProjectionHandler } from './helped-projection.handler';
import { IntroductionNoticeHandler } from './introduction-notice.handler';
import { IntroductionsResolver } from './introductions.resolver';
import { IntroductionsService } from './introductions.service';

/**
 * Introductions: the workflow after a recommendation, and its outcomes projected to the graph.
 * The relational port comes from RelationalModule, the graph port from GraphStoreModule.
 */
@Module({
  imports: [
    ViewpointModule,
    PeopleModule,
    ChallengesModule,
    MunicipalitiesModule,
    NotificationsModule,
  ],
  providers: [
    ActingPersonResolver,
    IntroductionsService,
    IntroductionsResolver,
    HelpedProjectionHandler,
    IntroductionNoticeHandler,
  ],
  exports: [IntroductionsService],
})
export class IntroductionsModule {}
