import { type Page, type PageRequest, pageFromRows } from '../../common/pagination/page';
import { type CypherClient } from './cypher-client';
import { type CypherParams, type Statement } from './statement';

/**
 * The keyset parameters every list statement binds: `$afterKey` / `$afterId` (the cursor's sort
 * value as a string and its id, both null on the first page) and `$limit` (one row more than the
 * page, which proves there is a next page).
 */
export type KeysetParams = {
  readonly afterKey: string | null;
  readonly afterId: string | null;
  readonly limit: number;
};

/** The keyset parameters of a page request. */
export function keysetParams(page: PageRequest): KeysetParams {
  return {
    afterKey: page.after ? String(page.after[0]) : null,
    afterId: page.after ? page.after[1] : null,
    limit: page.first + 1,
  };
}

export interface CountRow {
  readonly total: number;
}

/** A list statement (the page after the cursor) and its count statement (every match). */
export interface PageQueries<P extends CypherParams, R extends object> {
  readonly list: Statement<P & KeysetParams, R>;
  readonly count: Statement<P, CountRow>;
}

export const EMPTY_PAGE: Page<never> = { items: [], hasNextPage: false, totalCount: 0 };

/** Runs a list statement and its count side by side and cuts the page. */
export async function readPage<P extends CypherParams, R extends object, T>(
  client: CypherClient,
  queries: PageQueries<P, R>,
  filter: P,
  page: PageRequest,
  toRecord: (row: R) => T,
): Promise<Page<T>> {
  const [rows, [count]] = await Promise.all([
    client.read(queries.list, { ...filter, ...keysetParams(page) }),
    client.read(queries.count, filter),
  ]);
  return pageFromRows(rows.map(toRecord), page, count.total);
}

/** The filter of a grouped list that has none beyond its groups. */
export type Unfiltered = Record<never, never>;

/** The groups a grouped list statement pages: `$groupKeys`. */
export type GroupKeysParams = { readonly groupKeys: readonly string[] };

/** One group's page of rows (at most `$limit`, in list order), by its key. */
export interface GroupItemsRow<R> {
  readonly groupKey: string;
  /** Null where Kuzu collected nothing. */
  readonly items: readonly R[] | null;
}

export interface GroupTotalRow {
  readonly groupKey: string;
  readonly total: number;
}

/**
 * The same page for several groups at once (e.g. the people of each of 20 municipalities): one
 * statement that answers each group's rows with its total (Neo4j, with CALL subqueries), or a
 * statement for the rows and one for the totals where the store has no subqueries (Kuzu).
 */
export type GroupPageQueries<P extends CypherParams, R> =
  | {
      readonly pagesWithTotals: Statement<
        P & GroupKeysParams & KeysetParams,
        GroupItemsRow<R> & GroupTotalRow
      >;
    }
  | {
      readonly pages: Statement<P & GroupKeysParams & KeysetParams, GroupItemsRow<R>>;
      readonly totals: Statement<P & GroupKeysParams, GroupTotalRow>;
    };

/** Each key's page; keys without rows get an empty page. */
export async function readGroupPages<P extends CypherParams, R, T>(
  client: CypherClient,
  queries: GroupPageQueries<P, R>,
  keys: readonly string[],
  filter: P,
  page: PageRequest,
  toRecord: (row: R) => T,
): Promise<Map<string, Page<T>>> {
  const grouped = { ...filter, groupKeys: [...keys] };
  const paged = { ...grouped, ...keysetParams(page) };
  let itemRows: readonly GroupItemsRow<R>[];
  let totalRows: readonly GroupTotalRow[];
  if ('pagesWithTotals' in queries) {
    itemRows = totalRows = await client.read(queries.pagesWithTotals, paged);
  } else {
    [itemRows, totalRows] = await Promise.all([
      client.read(queries.pages, paged),
      client.read(queries.totals, grouped),
    ]);
  }
  const itemsOf = new Map(itemRows.map((row) => [row.groupKey, row.items ?? []]));
  const totalOf = new Map(totalRows.map((row) => [row.groupKey, row.total]));
  return new Map(
    keys.map((key) => [
      key,
      pageFromRows((itemsOf.get(key) ?? []).map(toRecord), page, totalOf.get(key) ?? 0),
    ]),
  );
}
