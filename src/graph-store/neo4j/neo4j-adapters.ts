import { type AppConfig } from '../../config/app-config';
import { cypherAdapters, type CypherStore } from '../cypher/cypher-adapters';
import { bindAdapters, type StoreBinding } from '../store-binding';
import { NEO4J_CHALLENGE_QUERIES } from './challenges.neo4j-queries';
import { NEO4J_GRAPH_IMPORT_QUERIES } from './graph-import.neo4j-queries';
import { NEO4J_MATCHING_QUERIES } from './matching.neo4j-queries';
import { Neo4jClient } from './neo4j-client';
import { NEO4J_DIALECT } from './neo4j-dialect';
import { migrateNeo4j } from './neo4j-migrator';
import { NEO4J_PEOPLE_SEARCH_QUERIES } from './people-search.neo4j-queries';
import { NEO4J_PEOPLE_QUERIES } from './people.neo4j-queries';

/** A server can come back: the service starts without it and brings it up to date when it answers. */
const NEO4J: CypherStore<Neo4jClient> = {
  name: 'neo4j',
  canStartUnavailable: true,
  migrate: migrateNeo4j,
  dialect: NEO4J_DIALECT,
  people: NEO4J_PEOPLE_QUERIES,
  challenges: NEO4J_CHALLENGE_QUERIES,
  peopleSearch: NEO4J_PEOPLE_SEARCH_QUERIES,
  matching: NEO4J_MATCHING_QUERIES,
  graphImport: NEO4J_GRAPH_IMPORT_QUERIES,
};

export function neo4jBinding(config: AppConfig): StoreBinding {
  return bindAdapters(
    () =>
      Neo4jClient.create({
        uri: config.NEO4J_URI ?? '',
        user: config.NEO4J_USER,
        password: config.NEO4J_PASSWORD,
        database: config.NEO4J_DATABASE,
        failWithinMs: config.STORE_FAIL_WITHIN_MS,
      }),
    cypherAdapters(NEO4J),
  );
}
