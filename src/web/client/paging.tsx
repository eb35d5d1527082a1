import { Button } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useState } from 'react';
import { problemOf, useQuery } from './api';

/** One page of a list of the API (a GraphQL connection): its nodes and where the next page starts. */
export interface Connection<Node> {
  readonly totalCount?: number;
  readonly edges: ReadonlyArray<{ readonly node: Node }>;
  readonly pageInfo: { readonly endCursor: string | null; readonly hasNextPage: boolean };
}

/** A connection asked with its totalCount, for a list that says how long it is. */
export interface CountedConnection<Node> extends Connection<Node> {
  readonly totalCount: number;
}

/**
 * A paginated list that grows with "Meer laden": the pages already shown are kept, the next one
 * is asked with the last page's endCursor. Remount (with a key) to start again from the first.
 */
export function usePagedList<Data, Node extends { readonly id: string }>(
  query: string,
  variables: Record<string, unknown>,
  connectionOf: (data: Data) => Connection<Node>,
) {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<readonly Node[]>([]);
  const [result, refetch] = useQuery<Data>({ query, variables: { ...variables, after } });
  const connection = result.data ? connectionOf(result.data) : null;
  // While the next page loads, the previous answer may still be there: keep each node once.
  const nodes = uniqueById([...earlier, ...(connection?.edges.map((edge) => edge.node) ?? [])]);
  const endCursor = connection?.pageInfo.endCursor ?? null;
  return {
    nodes,
    totalCount: connection?.totalCount ?? null,
    loaded: connection !== null,
    fetching: result.fetching,
    problem: problemOf(result.error),
    hasNextPage: !result.fetching && connection !== null && connection.pageInfo.hasNextPage,
    loadMore: (): void => {
      if (endCursor === null) return;
      setEarlier(nodes);
      setAfter(endCursor);
    },
    retry: (): void => refetch({ requestPolicy: 'network-only' }),
  };
}

function uniqueById<Node extends { readonly id: string }>(nodes: readonly Node[]): Node[] {
  const byId = new Map<string, Node>();
  for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  return [...byId.values()];
}

/**
 * A paginated list that grows with "Meer laden" and can also start over from its first page
 * (`restart`), for lists whose items move when one of them changes, such as introductions that
 * are answered. Each page that arrives is added to what is shown, without the items shown already;
 * an answer for the first page replaces them.
 */
export function useGrowingList<Data, Node extends { readonly id: string }>(
  query: string,
  variables: Record<string, unknown>,
  connectionOf: (data: Data) => CountedConnection<Node>,
) {
  const [after, setAfter] = useState<string | null>(null);
  const [shown, setShown] = useState<Node[]>([]);
  const [result, refetch] = useQuery<Data>({ query, variables: { ...variables, after } });
  const connection = result.data ? connectionOf(result.data) : null;

  useEffect(() => {
    const page = connection?.edges.map(({ node }) => node);
    if (!page) return;
    setShown((before) =>
      after === null
        ? page
        : [...before, ...page.filter((n) => !before.some((b) => b.id === n.id))],
    );
    // The answer (and the cursor it was asked with) decide; connection is derived from it.
  }, [result.data, after]);

  return {
    shown,
    /** The last answer's page, null until the first one: its totalCount and pageInfo. */
    connection,
    fetching: result.fetching,
    problem: problemOf(result.error),
    hasNextPage: connection !== null && connection.pageInfo.hasNextPage && !result.fetching,
    loadMore: (): void => setAfter(connection?.pageInfo.endCursor ?? null),
    /** Asks the current page again, e.g. after it failed. */
    retry: (): void => refetch({ requestPolicy: 'network-only' }),
    /** Starts over from the first page. */
    restart: (): void => {
      setAfter(null);
      refetch({ requestPolicy: 'network-only' });
    },
  };
}

/** The button under a list that grows page by page, in a row of actions as elsewhere. */
export function LoadMoreButton({
  onClick,
  appearance = 'secondary-action-button',
  children = 'Meer laden',
}: {
  onClick: () => void;
  appearance?: 'secondary-action-button' | 'subtle-button';
  children?: ReactNode;
}) {
  return (
    <div className="kn-actions">
      <Button appearance={appearance} onClick={onClick}>
        {children}
      </Button>
    </div>
  );
}
