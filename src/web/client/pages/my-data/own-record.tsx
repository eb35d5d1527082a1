import { Heading2 } from '@utrecht/component-library-react';
import { type ReactNode } from 'react';
import { problemOf, useQuery } from '../../api';
import { Empty, Loading, Problem } from '../../states';

/**
 * A section of Mijn gegevens about the person's own record, read with person(id). It says what
 * is loading, why it failed or was refused (with a way to try again), and when Kennissen has no
 * record of the person (any more); once the record is there, `children` show it.
 */
export function OwnRecordSection<Person extends object>({
  headingId,
  title,
  query,
  personId,
  loading,
  missing,
  children,
}: {
  headingId: string;
  title: string;
  /** A query with $id that answers { person { … } }. */
  query: string;
  personId: string;
  /** What is loading, for the live region ("Uw vaardigheden"). */
  loading: string;
  /** What the section says when there is no record. */
  missing: string;
  children: (person: Person) => ReactNode;
}) {
  const [result, refetch] = useQuery<{ person: Person | null }>({
    query,
    variables: { id: personId },
  });
  const problem = problemOf(result.error);
  const person = result.data?.person;
  return (
    <section aria-labelledby={headingId} aria-busy={result.fetching}>
      <Heading2 id={headingId}>{title}</Heading2>
      {result.fetching && !result.data ? <Loading what={loading} /> : null}
      {problem ? (
        <Problem problem={problem} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : null}
      {result.data && person === null ? <Empty>{missing}</Empty> : null}
      {person ? children(person) : null}
    </section>
  );
}
