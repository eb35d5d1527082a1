import { type DynamicModule, Module } from '@nestjs/common';
import { ApiClientsModule } from '../api-clients/api-clients.module';
import { OidcModule } from '../auth/oidc/oidc.module';
import { RestCaller } from '../auth/rest-caller';
import { type AppConfig } from '../config/app-config';
import { ChallengesModule } from '../challenges/challenges.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { PeopleModule } from '../people/people.module';
import { RateLimitModule } from '../security/rate-limit.module';
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
import { ExportsController } from './exports/exports.controller';

/**
 * HR analytics: skill gaps, knowledge at risk, skill coverage, and their exports (which check
 * credentials themselves, as the GraphQL context does).
 */
@Module({})
export class GapsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: GapsModule,
      imports: [
        ViewpointModule,
        PeopleModule,
        SkillsModule,
        ChallengesModule,
        MunicipalitiesModule,
        ApiClientsModule,
        OidcModule.forRoot(config),
        RateLimitModule,
      ],
      controllers: [ExportsController],
      providers: [
        RestCaller,
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
    };
  }
}
