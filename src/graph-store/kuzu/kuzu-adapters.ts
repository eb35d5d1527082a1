import { ChallengesRepository } from '../../challenges/challenges.repository';
import { CollaborationsRepository } from '../../collaborations/collaborations.repository';
import { type AppConfig } from '../../config/app-config';
import { ExperiencesRepository } from '../../experiences/experiences.repository';
import { MatchingRepository } from '../../matching/matching.repository';
import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository';
import { PeopleRepository } from '../../people/people.repository';
import { PeopleSearchRepository } from '../../search/people-search.repository';
import { GraphExportRepository } from '../../seed/graph-export.repository';
import { GraphImportRepository } from '../../seed/graph-import.repository';
import { SkillsRepository } from '../../skills/skills.repository';
import { ChallengesCypherRepository } from '../cypher/challenges.cypher-repository';
import { CollaborationsCypherRepository } from '../cypher/collaborations.cypher-repository';
import { CypherGraphStore } from '../cypher/cypher-graph-store';
import { ExperiencesCypherRepository } from '../cypher/experiences.cypher-repository';
import { GraphImportCypherRepository } from '../cypher/graph-import.cypher-repository';
import { GraphExportCypherRepository } from '../cypher/graph-export.cypher-repository';
import { MatchingCypherRepository } from '../cypher/matching.cypher-repository';
import { MunicipalitiesCypherRepository } from '../cypher/municipalities.cypher-repository';
import { PeopleCypherRepository } from '../cypher/people.cypher-repository';
import { PeopleSearchCypherRepository } from '../cypher/people-search.cypher-repository';
import { SkillsCypherRepository } from '../cypher/skills.cypher-repository';
import { GraphStore } from '../graph-store';
import { type AdapterList, bindAdapters, type StoreBinding } from '../store-binding';
import { KUZU_CHALLENGE_QUERIES } from './challenges.kuzu-queries';
import { KUZU_DIALECT } from './kuzu-dialect';
import { KUZU_GRAPH_IMPORT_QUERIES } from './graph-import.kuzu-queries';
import { KuzuClient } from './kuzu-client';
import { migrateKuzu } from './kuzu-migrator';
import { KUZU_MATCHING_QUERIES } from './matching.kuzu-queries';
import { KUZU_PEOPLE_SEARCH_QUERIES } from './people-search.kuzu-queries';
import { KUZU_PEOPLE_QUERIES } from './people.kuzu-queries';

/** Every graph port with its adapter on Kuzu. */
export const KUZU_ADAPTERS: AdapterList<KuzuClient> = [
  [GraphStore, (client) => new CypherGraphStore('kuzu', client, migrateKuzu, false)],
  [
    GraphImportRepository,
    (client) => new GraphImportCypherRepository(client, KUZU_DIALECT, KUZU_GRAPH_IMPORT_QUERIES),
  ],
  [GraphExportRepository, (client) => new GraphExportCypherRepository(client)],
  [MunicipalitiesRepository, (client) => new MunicipalitiesCypherRepository(client)],
  [CollaborationsRepository, (client) => new CollaborationsCypherRepository(client)],
  [SkillsRepository, (client) => new SkillsCypherRepository(client)],
  [
    PeopleRepository,
    (client) => new PeopleCypherRepository(client, KUZU_DIALECT, KUZU_PEOPLE_QUERIES),
  ],
  [
    ChallengesRepository,
    (client) => new ChallengesCypherRepository(client, KUZU_DIALECT, KUZU_CHALLENGE_QUERIES),
  ],
  [ExperiencesRepository, (client) => new ExperiencesCypherRepository(client)],
  [
    PeopleSearchRepository,
    (client) => new PeopleSearchCypherRepository(client, KUZU_PEOPLE_SEARCH_QUERIES),
  ],
  [
    MatchingRepository,
    (client) => new MatchingCypherRepository(client, KUZU_DIALECT, KUZU_MATCHING_QUERIES),
  ],
];

export function kuzuBinding(config: AppConfig): StoreBinding {
  return bindAdapters(
    () => KuzuClient.open(config.KUZU_PATH, { bufferPoolMb: config.KUZU_BUFFER_POOL_MB }),
    KUZU_ADAPTERS,
  );
}
