import { type ReactNode, useState } from 'react';
import { problemOf, useQuery } from '../../api';
import { Empty, Loading } from '../../states';
import { LearningProblem } from './common';

/** The best ten first; the API gives at most fifty. */
const FIRST_SUGGESTIONS = 10;
const MOST_SUGGESTIONS = 50;

/**
 * Kennissen's suggestions for a programme (participants, mentors), best first: ten, and up to
 * fifty on request. The query takes $programmeId and $first.
 */
export function useSuggestions<Data, Suggestion>(
  query: string,
  programmeId: string,
  suggestionsOf: (data: Data) => readonly Suggestion[],
) {
  const [first, setFirst] = useState(FIRST_SUGGESTIONS);
  const [result, refetch] = useQuery<Data>({ query, variables: { programmeId, first } });
  const suggestions = result.data ? suggestionsOf(result.data) : [];
  return {
    suggestions,
    answered: Boolean(result.data),
    fetching: result.fetching,
    problem: problemOf(result.error),
    /** Asks again, e.g. after someone suggested was added. */
    retry: (): void => refetch({ requestPolicy: 'network-only' }),
    // Fewer than asked for means there are no more.
    hasMore: suggestions.length === first && first < MOST_SUGGESTIONS,
    loadMore: (): void => setFirst(MOST_SUGGESTIONS),
  };
}

export type Suggestions<Suggestion> = ReturnType<typeof useSuggestions<unknown, Suggestion>>;

/**
 * Where suggestions appear, saying what is loading, why they were refused or failed, and that
 * there are none; `children` show them.
 */
export function SuggestionsArea<Suggestion>({
  list,
  loading,
  none,
  children,
}: {
  list: Suggestions<Suggestion>;
  /** What is loading, for the live region ("Voorstellen voor mentoren"). */
  loading: string;
  /** Why there are none, and what the coordinator can do instead. */
  none: ReactNode;
  children: ReactNode;
}) {
  return (
    <div aria-busy={list.fetching} className="kn-learning-section">
      {list.fetching ? <Loading what={loading} /> : null}
      {list.problem ? (
        <LearningProblem problem={list.problem} need="manage" onRetry={list.retry} />
      ) : null}
      {list.answered && list.suggestions.length === 0 ? <Empty>{none}</Empty> : null}
      {children}
    </div>
  );
}
