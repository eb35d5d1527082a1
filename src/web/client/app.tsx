import { Heading1, Link, Paragraph } from '@utrecht/component-library-react';
import { ApiProvider } from './api';
import { Layout } from './layout';
import { FindColleaguePage } from './pages/find-colleague';
import { HrPage } from './pages/hr/hr-page';
import { IntroductionsPage } from './pages/introductions';
import { LearningPage } from './pages/learning/learning-page';
import { MyDataPage } from './pages/my-data/my-data-page';
import { PersonPage } from './pages/person';
import { type Route, useRoute } from './routes';
import { type SessionState, SessionContext } from './session';

const TITLES: Record<Route['name'], string> = {
  find: 'Zoek een collega',
  person: 'Collega',
  introductions: 'Introducties',
  'my-data': 'Mijn gegevens',
  hr: 'HR: kennis en tekorten',
  learning: "Leerprogramma's",
  'not-found': 'Niet gevonden',
};

export function App({ state }: { state: SessionState }) {
  const route = useRoute();
  return (
    <SessionContext.Provider value={state}>
      <ApiProvider accessToken={state.session?.accessToken ?? null}>
        <Layout route={route} title={TITLES[route.name]}>
          <PageFor route={route} />
        </Layout>
      </ApiProvider>
    </SessionContext.Provider>
  );
}

function PageFor({ route }: { route: Route }) {
  switch (route.name) {
    case 'find':
      return <FindColleaguePage />;
    case 'person':
      return <PersonPage id={route.id} />;
    case 'introductions':
      return <IntroductionsPage id={route.id} />;
    case 'my-data':
      return <MyDataPage />;
    case 'hr':
      return <HrPage />;
    case 'learning':
      return <LearningPage id={route.id} />;
    case 'not-found':
      return (
        <>
          <Heading1>Deze pagina bestaat niet</Heading1>
          <Paragraph>
            Er is niets op {route.path}. <Link href="#/zoeken">Zoek een collega</Link>.
          </Paragraph>
        </>
      );
  }
}
