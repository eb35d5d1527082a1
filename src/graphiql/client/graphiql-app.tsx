/**
 * The GraphiQL page's browser code, bundled by build-graphiql.ts (esbuild) into
 * dist/public/graphiql. Not part of the Node program (tsconfig includes only *.ts).
 */
import { type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './graphiql-page.css';

const ASSETS = '/graphiql';

// Monaco runs its language services in web workers, served as separate files from this service.
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    const file =
      label === 'json'
        ? 'json.worker.js'
        : label === 'graphql'
          ? 'graphql.worker.js'
          : 'editor.worker.js';
    return new Worker(`${ASSETS}/${file}`);
  },
};

/**
 * POSTs JSON to this service's /graphql, adding the headers typed into GraphiQL's headers
 * editor (e.g. Authorization: Bearer <key>). application/json satisfies Apollo's CSRF check.
 */
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      ...options?.headers,
    },
    body: JSON.stringify(params),
    credentials: 'omit',
  });
  return (await response.json()) as Record<string, unknown>;
};

const search = new URLSearchParams(window.location.search);
const container = document.getElementById('graphiql');
if (container) {
  createRoot(container).render(
    <GraphiQL
      fetcher={fetcher}
      initialQuery={search.get('query') ?? undefined}
      initialVariables={search.get('variables') ?? undefined}
      defaultQuery={
        '# Kennissen GraphQL API. Press Ctrl+Enter to run.\n{\n  municipalities(first: 3) {\n    totalCount\n    edges { node { code name } }\n  }\n}\n'
      }
      shouldPersistHeaders={false}
    />,
  );
}
