import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { SkillsModule } from '../skills/skills.module';
import { ChallengesResolver } from './challenges.resolver';
import { ChallengesService } from './challenges.service';
import { MunicipalityChallengesResolver } from './municipality-challenges.resolver';

@Module({
  imports: [MunicipalitiesModule, SkillsModule],
  providers: [ChallengesService, ChallengesResolver, MunicipalityChallengesResolver],
  exports: [ChallengesService],
})
export class ChallengesModule {}
