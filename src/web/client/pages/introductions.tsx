import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type CountedConnection, LoadMoreButton, useGrowingList } from '../paging';
import { useSession } from '../session';
import { Empty, Loading, Problem } from '../states';
import { IntroductionCard, type IntroductionView } from './introduction-card';

const MINE = `
  query MyIntroductions($direction: IntroductionDirection!, $first: Int!, $after: String) {
    myIntroductions(direction: $direction, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id status message responseNote requestedAt respondedAt completedAt helpful rating
          requester { id name municipality { name } }
          expert { id name municipality { name } }
          via { id name municipality { name } }
        }
      }
    }
  }
`;

const PAGE_SIZE = 10;

/**
 * The signed-in person's introductions: the requests they received (to answer) and the ones they
 * sent (to complete once they have met). An e-mail links to #/introducties/<id>, which is shown
 * first among the others.
 */
export function IntroductionsPage({ id }: { id?: string }) {
  const { session } = useSession();
  if (!session) {
    return (
      <>
        <Heading1>Introducties</Heading1>
        <Problem
          problem={{
            code: 'UNAUTHENTICATED',
            message: 'Uw introducties zijn alleen voor u zichtbaar.',
          }}
        />
      </>
    );
  }
  return (
    <>
      <Heading1>Introducties</Heading1>
      <Paragraph>
        Verzoeken om kennis te maken: die u ontving en kunt beantwoorden, en die u stuurde en kunt
        afronden als u elkaar gesproken hebt.
      </Paragraph>
      <IntroductionList direction="INCOMING" title="Ontvangen verzoeken" focusId={id} />
      <IntroductionList direction="OUTGOING" title="Verstuurde verzoeken" focusId={id} />
    </>
  );
}

function IntroductionList({
  direction,
  title,
  focusId,
}: {
  direction: 'INCOMING' | 'OUTGOING';
  title: string;
  focusId?: string;
}) {
  const list = useGrowingList<
    { myIntroductions: CountedConnection<IntroductionView> },
    IntroductionView
  >(MINE, { direction, first: PAGE_SIZE }, (data) => data.myIntroductions);
  const { shown, connection, problem } = list;
  const headingId = `${direction.toLowerCase()}-titel`;
  const ordered = focusId
    ? [...shown.filter((n) => n.id === focusId), ...shown.filter((n) => n.id !== focusId)]
    : shown;
  return (
    <section aria-labelledby={headingId} aria-busy={list.fetching}>
      <Heading2 id={headingId}>
        {title}
        {connection ? ` (${connection.totalCount})` : ''}
      </Heading2>
      {problem ? <Problem problem={problem} onRetry={list.restart} /> : null}
      {!problem && connection && shown.length === 0 ? (
        <Empty>
          {direction === 'INCOMING'
            ? 'U hebt geen verzoeken ontvangen.'
            : 'U hebt nog geen verzoeken gestuurd.'}
        </Empty>
      ) : null}
      {ordered.length > 0 ? (
        <ul className="kn-results">
          {ordered.map((introduction) => (
            <li key={introduction.id}>
              <IntroductionCard
                introduction={introduction}
                direction={direction}
                highlighted={introduction.id === focusId}
                onChanged={list.restart}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {list.fetching ? <Loading what="Introducties" /> : null}
      {list.hasNextPage ? <LoadMoreButton onClick={list.loadMore} /> : null}
    </section>
  );
}
