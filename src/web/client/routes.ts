import { useEffect, useState } from 'react';

/**
 * The page's places, in the URL's fragment (#/zoeken): the service serves one page at `/`, and
 * the introduction e-mails already link to <PUBLIC_URL>/#/introductions/<id>.
 */
export type Route =
  | { readonly name: 'find' }
  | { readonly name: 'person'; readonly id: string }
  | { readonly name: 'introductions'; readonly id?: string }
  | { readonly name: 'my-data' }
  | { readonly name: 'hr' }
  | { readonly name: 'learning'; readonly id?: string }
  | { readonly name: 'not-found'; readonly path: string };

export function routeOf(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  const [first = '', second] = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (first) {
    case '':
    case 'zoeken':
      return { name: 'find' };
    case 'personen':
      return second ? { name: 'person', id: second } : { name: 'find' };
    case 'introductions':
    case 'introducties':
      return { name: 'introductions', id: second };
    case 'mijn-gegevens':
      return { name: 'my-data' };
    case 'hr':
      return { name: 'hr' };
    case 'leerprogrammas':
      return { name: 'learning', id: second };
    default:
      return { name: 'not-found', path };
  }
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'find':
      return '#/zoeken';
    case 'person':
      return `#/personen/${encodeURIComponent(route.id)}`;
    case 'introductions':
      return route.id ? `#/introducties/${encodeURIComponent(route.id)}` : '#/introducties';
    case 'my-data':
      return '#/mijn-gegevens';
    case 'hr':
      return '#/hr';
    case 'learning':
      return route.id ? `#/leerprogrammas/${encodeURIComponent(route.id)}` : '#/leerprogrammas';
    case 'not-found':
      return `#${route.path}`;
  }
}

/** The current route, following the fragment as the browser changes it. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(window.location.hash));
  useEffect(() => {
    const follow = (): void => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}
