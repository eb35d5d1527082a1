import { ViewpointModule } from '../viewpoint/viewpoint.module';
import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { PeopleModule } from '../people/people.module';
import { ChallengeExperiencesResolver } from './challenge-experiences.resolver';
import { ExperiencesResolver } from './experiences.resolver';
import { ExperiencesService } from './experiences.service';
import { PersonExperiencesResolver } from './person-experiences.resolver';

@Module({
  imports: [ViewpointModule, PeopleModule, ChallengesModule],
  providers: [
    ExperiencesService,
    ExperiencesResolver,
    ChallengeExperiencesResolver,
    PersonExperiencesResolver,
  ],
  exports: [ExperiencesService],
})
export class ExperiencesModule {}
