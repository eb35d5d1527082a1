import {
  Alert,
  Button,
  Link,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { hrefOf, type Route } from './routes';
import { useSession } from './session';

const PLACES: ReadonlyArray<{ route: Route; label: string }> = [
  { route: { name: 'find' }, label: 'Zoek een collega' },
  { route: { name: 'introductions' }, label: 'Introducties' },
  { route: { name: 'my-data' }, label: 'Mijn gegevens' },
  { route: { name: 'hr' }, label: 'HR' },
  { route: { name: 'learning' }, label: "Leerprogramma's" },
];

/**
 * Every page: a skip link to the content, the header with the places and sign-in, and the main
 * content, which gets the focus (and the document its title) when the route changes, so that a
 * keyboard or screen-reader user lands on what they asked for.
 */
export function Layout({
  route,
  title,
  children,
}: {
  route: Route;
  title: string;
  children: ReactNode;
}) {
  const { session, signIn, signOut, signInProblem } = useSession();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.title = `${title} – Kennissen`;
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [title]);

  return (
    <Page className="kn-page">
      {/* The URL's fragment holds the route, so the skip link moves the focus itself. */}
      <SkipLink
        href="#inhoud"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        Naar de inhoud
      </SkipLink>
      <PageHeader>
        <div className="kn-header">
          <Paragraph className="kn-brand">
            <Link href="#/zoeken">Kennissen</Link>
            <span className="kn-tagline">Collega&apos;s die het al eens hebben opgelost</span>
          </Paragraph>
          <nav aria-label="Hoofdmenu">
            <ul className="kn-nav">
              {PLACES.map(({ route: place, label }) => (
                <li key={place.name}>
                  <Link
                    href={hrefOf(place)}
                    aria-current={place.name === route.name ? 'page' : undefined}
                  >
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="kn-account">
            {session ? (
              <>
                <Paragraph>Aangemeld als {session.name}</Paragraph>
                <Button appearance="secondary-action-button" onClick={signOut}>
                  Afmelden
                </Button>
              </>
            ) : signIn ? (
              <Button appearance="primary-action-button" onClick={signIn}>
                Aanmelden
              </Button>
            ) : null}
          </div>
        </div>
      </PageHeader>
      <PageContent>
        <main id="inhoud" ref={main} tabIndex={-1} className="kn-main">
          {signInProblem ? (
            <Alert type="error" role="alert">
              <Paragraph>Aanmelden is niet gelukt: {signInProblem}</Paragraph>
            </Alert>
          ) : null}
          {children}
        </main>
      </PageContent>
      <PageFooter>
        <Paragraph>
          Kennissen – expertise van gemeenten, gedeeld. <Link href="/graphql">De GraphQL-API</Link>
        </Paragraph>
      </PageFooter>
    </Page>
  );
}
