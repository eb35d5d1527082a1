import { type AppConfig } from '../../config/app-config';
import { GraphStore } from '../graph-store';
import { type AdapterList, bindAdapters, type StoreBinding } from '../store-binding';
import { Neo4jClient } from './neo4j-client';
import { Neo4jGraphStore } from './neo4j-graph-store';

/** Every graph port with its Neo4j implementation. */
export const NEO4J_ADAPTERS: AdapterList<Neo4jClient> = [
  [GraphStore, (client) => new Neo4jGraphStore(client)],
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
