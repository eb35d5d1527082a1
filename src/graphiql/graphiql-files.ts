/** The files the GraphiQL page loads, all from this service under /graphiql/. */
export const GRAPHIQL_SCRIPT = 'graphiql.js';
export const GRAPHIQL_STYLE = 'graphiql.css';
export const GRAPHIQL_WORKERS = [
  'editor.worker.js',
  'json.worker.js',
  'graphql.worker.js',
] as const;
export const GRAPHIQL_FILES = [GRAPHIQL_SCRIPT, GRAPHIQL_STYLE, ...GRAPHIQL_WORKERS] as const;
/** URL prefix of the bundled assets; the browser code uses the same prefix for its workers. */
export const GRAPHIQL_ASSET_PATH = '/graphiql';
