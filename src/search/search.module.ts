import { ViewpointModule } from '../viewpoint/viewpoint.module';
import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { SkillsModule } from '../skills/skills.module';
import { PeopleSearchResolver } from './people-search.resolver';
import { PeopleSearchService } from './people-search.service';

/**
 * searchPeople. The port (PeopleSearchRepository) comes from the global GraphStoreModule; the
 * people and skills features' services read the records of the hits.
 */
@Module({
  imports: [ViewpointModule, PeopleModule, SkillsModule],
  providers: [PeopleSearchService, PeopleSearchResolver],
  exports: [PeopleSearchService],
})
export class SearchModule {}
