import { ViewpointModule } from '../viewpoint/viewpoint.module';
import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { SkillsModule } from '../skills/skills.module';
import { MunicipalityPeopleResolver } from './municipality-people.resolver';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PersonFieldsResolver } from './person-fields.resolver';
import { PersonSkillResolver } from './person-skill.resolver';
import { SkillPeopleResolver } from './skill-people.resolver';

/** People: the directory itself. The port comes from GraphStoreModule. */
@Module({
  imports: [ViewpointModule, MunicipalitiesModule, SkillsModule],
  providers: [
    PeopleService,
    PeopleResolver,
    PersonFieldsResolver,
    PersonSkillResolver,
    MunicipalityPeopleResolver,
    SkillPeopleResolver,
  ],
  exports: [PeopleService],
})
export class PeopleModule {}
