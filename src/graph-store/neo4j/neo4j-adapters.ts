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
import { NEO4J_CHALLENGE_QUERIES } from './challenges.neo4j-queries';
import { NEO4J_DIALECT } from './neo4j-dialect';
import { NEO4J_GRAPH_IMPORT_QUERIES } from './graph-import.neo4j-queries';
import { NEO4J_MATCHING_QUERIES } from './matching.neo4j-queries';
import { Neo4jClient } from './neo4j-client';
import { migrateNeo4j } from './neo4j-migrator';
import { NEO4J_PEOPLE_SEARCH_QUERIES } from './people-search.neo4j-queries';
import { NEO4J_PEOPLE_QUERIES } from './people.neo4j-queries';

/**
 * Every graph port with its adapter on Neo4j. A server can come back, so the service starts
 * without it and brings it up to date when it answers.
 */
export const NEO4J_ADAPTERS: AdapterList<Neo4jClient> = [
  [GraphStore, (client) => new CypherGraphStore('neo4j', client, migrateNeo4j, true)],
  [
    GraphImportRepository,
    (client) => new GraphImportCypherRepository(client, NEO4J_DIALECT, NEO4J_GRAPH_IMPORT_QUERIES),
  ],
  [GraphExportRepository, (client) => new GraphExportCypherRepository(client)],
  [MunicipalitiesRepository, (client) => new MunicipalitiesCypherRepository(client)],
  [CollaborationsRepository, (client) => new CollaborationsCypherRepository(client)],
  [SkillsRepository, (client) => new SkillsCypherRepository(client)],
  [
    PeopleRepository,
    (client) => new PeopleCypherRepository(client, NEO4J_DIALECT, NEO4J_PEOPLE_QUERIES),
  ],
  [
    ChallengesRepository,
    (client) => new ChallengesCypherRepository(client, NEO4J_DIALECT, NEO4J_CHALLENGE_QUERIES),
  ],
  [ExperiencesRepository, (client) => new ExperiencesCypherRepository(client)],
  [
    PeopleSearchRepository,
    (client) => new PeopleSearchCypherRepository(client, NEO4J_PEOPLE_SEARCH_QUERIES),
  ],
  [
    MatchingRepository,
    (client) => new MatchingCypherRepository(client, NEO4J_DIALECT, NEO4J_MATCHING_QUERIES),
  ],
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
