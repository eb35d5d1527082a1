/**
 * Keyset pagination shared by every store adapter: items are ordered by a sort key that ends
 * in the item's stable id, so pages never skip or repeat items while others are written.
 */
export type SortKey = readonly [value: string | number, id: string];

export interface PageRequest {
  /** How many items to return (already bounded to 1..100 at the edge). */
  readonly first: number;
  /** Return items strictly after this key; null for the first page. */
  readonly after: SortKey | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

/** Cuts the `first + 1` rows an adapter fetched into a page (the extra row proves a next page). */
export function pageFromRows<T>(
  rows: readonly T[],
  request: PageRequest,
  totalCount: number,
): Page<T> {
  return {
    items: rows.slice(0, request.first),
    hasNextPage: rows.length > request.first,
    totalCount,
  };
}
