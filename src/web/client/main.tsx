// The theme's typefaces (Noto Sans, Noto Serif for headings), served by this service (closed networks load nothing from elsewhere).
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-400-italic.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-serif/latin-700.css';
import '@utrecht/component-library-css';
import './kennissen.css';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { Auth, type Session } from './auth';
import { type SessionState } from './session';
import { loadSettings } from './settings';

/**
 * Starts the page: reads the service's settings, finishes a sign-in that is coming back from the
 * identity provider, and renders. Signing in or out re-renders with the new session.
 */
async function start(): Promise<void> {
  const container = document.getElementById('kennissen');
  if (!container) return;
  const root = createRoot(container);
  try {
    const settings = await loadSettings();
    const auth = settings.signIn ? new Auth(settings.signIn) : null;
    let session: Session | null = null;
    let signInProblem: string | null = null;
    if (auth && Auth.isCallback(window.location)) {
      try {
        session = (await auth.complete()).session;
      } catch (error) {
        signInProblem = error instanceof Error ? error.message : String(error);
        window.history.replaceState(null, '', '/#/zoeken');
      }
    }
    const render = (): void => {
      const state: SessionState = {
        session,
        signIn: auth ? () => void auth.begin(window.location.hash || '#/zoeken') : null,
        signInProblem,
        signOut: () => {
          session = null;
          render();
          void auth?.end();
        },
      };
      root.render(<App state={state} />);
    };
    render();
  } catch (error) {
    container.textContent = `Kennissen kon niet starten: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void start();
