import { type Page, type PageRequest, pageFromRows } from '../../common/pagination/page';
import { type KuzuClient, type KuzuParams, type KuzuRow } from './kuzu-client';

/**
 * The keyset parameters every Kuzu list query binds: `$afterKey` / `$afterId` (the cursor's sort
 * value and id, both null on the first page) and `$limit` (one row more than the page, which
 * proves there is a next page).
 */
export function keysetParams(page: PageRequest): KuzuParams {
  return {
    afterKey: page.after ? String(page.after[0]) : null,
    afterId: page.after ? page.after[1] : null,
    limit: page.first + 1,
  };
}

/** Runs a list query and its count query side by side and cuts the page. */
export async function readPage<R>(
  client: KuzuClient,
  queries: { readonly list: string; readonly count: string },
  filterParams: KuzuParams,
  page: PageRequest,
  toRecord: (row: KuzuRow) => R,
): Promise<Page<R>> {
  const [rows, [count]] = await Promise.all([
    client.read(queries.list, { ...filterParams, ...keysetParams(page) }),
    client.read(queries.count, filterParams),
  ]);
  return pageFromRows(rows.map(toRecord), page, Number(count.total));
}
