import { GraphStoreErrorCode, GraphStoreException } from '../graph-store.exception';
import { type CypherTransaction } from './cypher-client';
import { type CypherDialect } from './cypher-dialect';
import { cypher } from './statement';

/** The node labels created with a fresh id and a creation time (a fixed list, never input). */
type CreatedLabel = 'Person' | 'Challenge';

const CREATED_AT = {
  Person: cypher<{ createdAt: Date }, { id: string }>(
    'MATCH (n:Person {id: $id}) RETURN n.createdAt AS createdAt',
  ),
  Challenge: cypher<{ createdAt: Date }, { id: string }>(
    'MATCH (n:Challenge {id: $id}) RETURN n.createdAt AS createdAt',
  ),
} as const;

/**
 * Whether this create has already happened, on a store whose driver may run a committed write
 * again (CypherDialect.mayRepeatCommittedWrites): the repeat must not fail on its own earlier
 * success, and a node with this id and this creation time is that earlier attempt. Any other
 * node with the id is a duplicate key, refused as on every store (ids are fresh UUIDs, so this is
 * a bug upstream). Elsewhere the store's own key check answers, so nothing is read.
 */
export async function isRepeatedCreate(
  tx: CypherTransaction,
  dialect: CypherDialect,
  label: CreatedLabel,
  node: { readonly id: string; readonly createdAt: Date },
): Promise<boolean> {
  if (!dialect.mayRepeatCommittedWrites) return false;
  const [existing] = await tx.run(CREATED_AT[label], { id: node.id });
  if (!existing) return false;
  if (existing.createdAt.getTime() === node.createdAt.getTime()) return true;
  throw new GraphStoreException(
    GraphStoreErrorCode.DUPLICATE,
    'A record with this id already exists.',
  );
}
