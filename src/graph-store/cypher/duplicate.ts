import { GraphStoreErrorCode, GraphStoreException } from '../graph-store.exception';

/**
 * Runs a write that checks a uniqueness rule inside its transaction (a free name, a free e-mail
 * address) once more when the store refused it on a uniqueness constraint: a concurrent writer
 * passed the same check first and committed, so the second attempt's check meets it and throws
 * the feature's own error. Kuzu runs writes one at a time and never gets here for such a rule;
 * Neo4j runs them in parallel, and its constraints (graph/neo4j/migrations) close the gap.
 */
export async function recheckingUniqueness<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof GraphStoreException && error.code === GraphStoreErrorCode.DUPLICATE)) {
      throw error;
    }
    return write();
  }
}
