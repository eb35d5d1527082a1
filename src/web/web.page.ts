import { WEB_ASSET_PATH, WEB_SCRIPT, WEB_STYLE, WEB_THEME_CLASS } from './web-files';

/**
 * The page's Content-Security-Policy: code, styles and data from this service only, no inline
 * script and no inline style; the identity provider may be called for its discovery document,
 * keys and tokens (the PKCE code exchange runs in the browser).
 */
export function webContentSecurityPolicy(identityProviderOrigin: string | null): string {
  const connect = ["'self'", ...(identityProviderOrigin ? [identityProviderOrigin] : [])];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    // blob: for the heatmap and downloads fetched with the bearer token (an <img> cannot send it).
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The HTML shell, in Dutch: the application is in the bundled files under /web/. */
export function webHtml(): string {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Kennissen</title>
    <link rel="stylesheet" href="${WEB_ASSET_PATH}/theme.css" />
    <link rel="stylesheet" href="${WEB_ASSET_PATH}/${WEB_STYLE}" />
    <script type="module" src="${WEB_ASSET_PATH}/${WEB_SCRIPT}"></script>
  </head>
  <body class="${WEB_THEME_CLASS}">
    <div id="kennissen">Kennissen wordt geladen…</div>
    <noscript>Kennissen heeft JavaScript nodig.</noscript>
  </body>
</html>
`;
}
