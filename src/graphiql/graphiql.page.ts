import { GRAPHIQL_ASSET_PATH, GRAPHIQL_SCRIPT, GRAPHIQL_STYLE } from './graphiql-files';

/**
 * Only this service may supply code, styles, workers and data to the page. Monaco and GraphiQL
 * insert <style> elements at run time, hence 'unsafe-inline' for styles only; Monaco may start
 * workers from blob: URLs. Fonts and icons are inlined in the CSS as data: URLs.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The HTML shell: everything else comes from the bundled files under /graphiql/. */
export function graphiqlHtml(): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <link rel="icon" href="data:," />
    <title>Kennissen GraphQL</title>
    <link rel="stylesheet" href="${GRAPHIQL_ASSET_PATH}/${GRAPHIQL_STYLE}" />
    <script type="module" src="${GRAPHIQL_ASSET_PATH}/${GRAPHIQL_SCRIPT}"></script>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <noscript>GraphiQL needs JavaScript. The API itself answers POST /graphql.</noscript>
  </body>
</html>
`;
}
