import { type Page, type PageRequest, pageFromRows } from '../../common/pagination/page';
import { type Neo4jClient } from './neo4j-client';
import { type Neo4jParams, type Neo4jRow } from './neo4j-values';

/**
 * The keyset parameters every Neo4j list query binds, as on Kuzu: `$afterKey` / `$afterId` (the
 * cursor's sort value as a string and its id, both null on the first page) and `$limit` (one row
 * more than the page, which proves there is a next page; sent as an INTEGER, as LIMIT needs).
 */
export function keysetParams(page: PageRequest): Neo4jParams {
  return {
    afterKey: page.after ? String(page.after[0]) : null,
    afterId: page.after ? page.after[1] : null,
    limit: page.first + 1,
  };
}

/** Runs a list query and its count query side by side and cuts the page. */
export async function readPage<R>(
  client: Neo4jClient,
  queries: { readonly list: string; readonly count: string },
  filterParams: Neo4jParams,
  page: PageRequest,
  toRecord: (row: Neo4jRow) => R,
): Promise<Page<R>> {
  const [rows, [count]] = await Promise.all([
    client.read(queries.list, { ...filterParams, ...keysetParams(page) }),
    client.read(queries.count, filterParams),
  ]);
  return pageFromRows(rows.map(toRecord), page, Number(count.total));
}
