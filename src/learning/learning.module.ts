import { type DynamicModule, Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { CollaborationsModule } from '../collaborations/collaborations.module';
import { SkillGapsService } from '../gaps/skill-gaps.service';
import { MatchingModule } from '../matching/matching.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { PeopleModule } from '../people/people.module';
import { SkillsModule } from '../skills/skills.module';
import { ViewpointModule } from '../viewpoint/viewpoint.module';
import {
  LearningCircleFields,
  LearningProgressFields,
  MentorPairFields,
  MentorSuggestionFields,
  ParticipantSuggestionFields,
  PersonLearningFields,
  ProgrammeMentorFields,
  ProgrammeParticipantFields,
  ProgrammeSkillFields,
  ProgrammeSkillOutcomeFields,
  SkillNeedFields,
  UnpairedParticipantFields,
} from './learning-fields.resolver';
import { LearningResolver } from './learning.resolver';
import { LearningService } from './learning.service';

/** Learning programmes (docs/learning.md): ports from GraphStoreModule, ranking and gaps from their features. */
@Module({})
export class LearningModule {
  static forRoot(): DynamicModule {
    return {
      module: LearningModule,
      imports: [
        ViewpointModule,
        PeopleModule,
        SkillsModule,
        ChallengesModule,
        MunicipalitiesModule,
        CollaborationsModule,
        MatchingModule,
      ],
      // The gap analysis needs only ports; GapsModule's resolvers and controller stay in one place.
      providers: [
        SkillGapsService,
        LearningService,
        LearningResolver,
        ProgrammeParticipantFields,
        ProgrammeMentorFields,
        LearningCircleFields,
        MentorPairFields,
        UnpairedParticipantFields,
        ParticipantSuggestionFields,
        MentorSuggestionFields,
        SkillNeedFields,
        ProgrammeSkillFields,
        ProgrammeSkillOutcomeFields,
        LearningProgressFields,
        PersonLearningFields,
      ],
      exports: [LearningService],
    };
  }
}
