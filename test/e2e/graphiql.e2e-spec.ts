import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type INestApplication } from '@nestjs/common';
import { createApp } from '../../src/app.factory';
import { buildGraphiql } from '../../src/graphiql/build-graphiql';
import { GRAPHIQL_FILES } from '../../src/graphiql/graphiql-files';
import { makeTempDir } from '../support/temp-dir';
import { testConfig } from '../support/test-config';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** Ways a file could make the browser load something from elsewhere. */
const EXTERNAL_LOADS: Record<string, RegExp[]> = {
  html: [/https?:\/\//i, /\/\/[a-z0-9.-]+\.[a-z]{2,}\//i],
  css: [/url\(\s*['"]?(https?:)?\/\//i, /@import/i],
  js: [
    /(import\s*\(|from|importScripts\(|new Worker\(|fetch\(|\.src\s*=)\s*['"`](https?:)?\/\//i,
    /esm\.sh|unpkg\.com|jsdelivr|cdnjs|googleapis|gstatic|graphql\.org\/swapi/i,
  ],
};

describe('GraphiQL page', () => {
  let app: INestApplication;
  let url: string;
  let removeBundle: () => void;
  let removeStores: () => void;

  beforeAll(async () => {
    const bundle = makeTempDir('graphiql-bundle');
    removeBundle = bundle.remove;
    await buildGraphiql(bundle.dir);
    const stores = makeTempDir('graphiql');
    removeStores = stores.remove;
    app = await createApp(testConfig(stores.dir), {
      logger: ['error'],
      graphiqlAssetsDir: bundle.dir,
    });
    await app.listen(0, '127.0.0.1');
    const server = app.getHttpServer() as Server;
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    await app.close();
    removeBundle();
    removeStores();
  });

  it('answers a browser at GET /graphql with the page, under a self-only Content-Security-Policy', async () => {
    const response = await fetch(`${url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    const html = await response.text();
    expect(html).toContain('<div id="graphiql">');
    for (const pattern of EXTERNAL_LOADS.html) expect(html).not.toMatch(pattern);
  });

  it('serves the script, the styles and the Monaco workers it references, loading nothing from elsewhere', async () => {
    const html = await (
      await fetch(`${url}/graphql`, { headers: { accept: BROWSER_ACCEPT } })
    ).text();
    const referenced = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    // data:, is an empty favicon, so the browser does not ask for /favicon.ico.
    expect(referenced.sort()).toEqual([
      '/graphiql/graphiql.css',
      '/graphiql/graphiql.js',
      'data:,',
    ]);

    for (const file of GRAPHIQL_FILES) {
      const response = await fetch(`${url}/graphiql/${file}`);
      expect(`${file} ${response.status}`).toBe(`${file} 200`);
      const kind = file.endsWith('.css') ? 'css' : 'js';
      expect(response.headers.get('content-type')).toMatch(
        kind === 'css' ? /text\/css/ : /javascript/,
      );
      const text = await response.text();
      expect(text.length).toBeGreaterThan(1000);
      for (const pattern of EXTERNAL_LOADS[kind])
        expect(`${file}: ${pattern} ${pattern.test(text)}`).toBe(`${file}: ${pattern} false`);
    }
  });

  it('keeps serving the API: GET /graphql from a client that wants JSON, and POST', async () => {
    const get = await fetch(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });

    const post = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves no other file from the bundle directory', async () => {
    for (const path of [
      '/graphiql/../package.json',
      '/graphiql/nope.js',
      '/graphiql/%2e%2e/package.json',
    ]) {
      const response = await fetch(`${url}${path}`);
      expect(`${path} ${response.status}`).toBe(`${path} 404`);
    }
  });
});
