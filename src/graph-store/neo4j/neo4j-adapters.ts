import { type AppConfig } from '../../config/app-config';
import { GraphStore } from '../graph-store';
import { type AdapterList, bindAdapters, type StoreBinding } from '../store-binding';
import { Neo4jClient } from './neo4j-client';
import { GraphExportRepository } from '../../seed/graph-export.repository';
import { CypherGraphExport } from '../graph-export.adapter';
import { Neo4jGraphStore } from './neo4j-graph-store';
import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository';
import { CollaborationsRepository } from '../../collaborations/collaborations.repository';
import { SkillsRepository } from '../../skills/skills.repository';
import { GraphImportRepository } from '../../seed/graph-import.repository';
import { MunicipalitiesNeo4jRepository } from './municipalities.neo4j-repository';
import { CollaborationsNeo4jRepository } from './collaborations.neo4j-repository';
import { SkillsNeo4jRepository } from './skills.neo4j-repository';
import { GraphImportNeo4jRepository } from './graph-import.neo4j-repository';
import { PeopleRepository } from '../../people/people.repository';
import { ChallengesRepository } from '../../challenges/challenges.repository';
import { ExperiencesRepository } from '../../experiences/experiences.repository';
import { PeopleNeo4jRepository } from './people.neo4j-repository';
import { ChallengesNeo4jRepository } from './challenges.neo4j-repository';
import { ExperiencesNeo4jRepository } from './experiences.neo4j-repository';
import { PeopleSearchRepository } from '../../search/people-search.repository';
import { PeopleSearchNeo4jRepository } from './people-search.neo4j-repository';
import { MatchingRepository } from '../../matching/matching.repository';
import { MatchingNeo4jRepository } from './matching.neo4j-repository';

/** Every graph port with its Neo4j implementation. */
export const NEO4J_ADAPTERS: AdapterList<Neo4jClient> = [
  [GraphStore, (client) => new Neo4jGraphStore(client)],
  [
    GraphExportRepository,
    (client) => new CypherGraphExport((query, params) => client.read(query, params)),
  ],
  [GraphImportRepository, (client) => new GraphImportNeo4jRepository(client)],
  [MunicipalitiesRepository, (client) => new MunicipalitiesNeo4jRepository(client)],
  [CollaborationsRepository, (client) => new CollaborationsNeo4jRepository(client)],
  [SkillsRepository, (client) => new SkillsNeo4jRepository(client)],
  [PeopleRepository, (client) => new PeopleNeo4jRepository(client)],
  [ChallengesRepository, (client) => new ChallengesNeo4jRepository(client)],
  [ExperiencesRepository, (client) => new ExperiencesNeo4jRepository(client)],
  [PeopleSearchRepository, (client) => new PeopleSearchNeo4jRepository(client)],
  [MatchingRepository, (client) => new MatchingNeo4jRepository(client)],
];

export function neo4jBinding(config: AppConfig): StoreBinding {
  return bindAdapters(
    () =>
      Neo4jClient.create({
        uri: config.NEO4J_URI ?? '',
        user: config.NEO4J_USER,
        password: config.NEO4J_PASSWORD,
        database: config.NEO4J_DATABASE,
      }),
    NEO4J_ADAPTERS,
  );
}
