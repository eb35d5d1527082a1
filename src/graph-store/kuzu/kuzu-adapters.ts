import { type AppConfig } from '../../config/app-config';
import { cypherAdapters, type CypherStore } from '../cypher/cypher-adapters';
import { bindAdapters, type StoreBinding } from '../store-binding';
import { KUZU_CHALLENGE_QUERIES } from './challenges.kuzu-queries';
import { KUZU_GRAPH_IMPORT_QUERIES } from './graph-import.kuzu-queries';
import { KuzuClient } from './kuzu-client';
import { KUZU_DIALECT } from './kuzu-dialect';
import { migrateKuzu } from './kuzu-migrator';
import { KUZU_MATCHING_QUERIES } from './matching.kuzu-queries';
import { KUZU_PEOPLE_SEARCH_QUERIES } from './people-search.kuzu-queries';
import { KUZU_PEOPLE_QUERIES } from './people.kuzu-queries';

/** The embedded store: one process owns its directory, so it must be there to start. */
const KUZU: CypherStore<KuzuClient> = {
  name: 'kuzu',
  canStartUnavailable: false,
  migrate: migrateKuzu,
  dialect: KUZU_DIALECT,
  people: KUZU_PEOPLE_QUERIES,
  challenges: KUZU_CHALLENGE_QUERIES,
  peopleSearch: KUZU_PEOPLE_SEARCH_QUERIES,
  matching: KUZU_MATCHING_QUERIES,
  graphImport: KUZU_GRAPH_IMPORT_QUERIES,
};

export function kuzuBinding(config: AppConfig): StoreBinding {
  return bindAdapters(
    () => KuzuClient.open(config.KUZU_PATH, { bufferPoolMb: config.KUZU_BUFFER_POOL_MB }),
    cypherAdapters(KUZU),
  );
}
