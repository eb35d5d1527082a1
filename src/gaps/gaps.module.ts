import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { PeopleModule } from '../people/people.module';
import { SkillsModule } from '../skills/skills.module';
import { ViewpointModule } from '../viewpoint/viewpoint.module';
import {
  GapsResolver,
  MunicipalitySupplyFieldsResolver,
  OrphanedChallengeFieldsResolver,
  SkillDemandFieldsResolver,
  SkillGapFieldsResolver,
  SkillHoldingFieldsResolver,
  SkillSourceFieldsResolver,
  ThinSkillFieldsResolver,
} from './gaps.resolver';
import { SkillGapsService } from './skill-gaps.service';

/** HR analytics: skill gaps, knowledge at risk, skill coverage and their exports. */
@Module({
  imports: [ViewpointModule, PeopleModule, SkillsModule, ChallengesModule, MunicipalitiesModule],
  providers: [
    SkillGapsService,
    GapsResolver,
    SkillGapFieldsResolver,
    SkillDemandFieldsResolver,
    MunicipalitySupplyFieldsResolver,
    SkillSourceFieldsResolver,
    ThinSkillFieldsResolver,
    SkillHoldingFieldsResolver,
    OrphanedChallengeFieldsResolver,
  ],
  exports: [SkillGapsService],
})
export class GapsModule {}
