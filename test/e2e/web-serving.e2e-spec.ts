import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTempDir } from '../support/temp-dir';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * How the service serves the web page (the page itself is tested in a browser by
 * web-page.e2e-spec.ts): the shell with its Content-Security-Policy, the bundled files only, the
 * settings the page reads, and a municipality's theme.
 */
describe('serving the web page', () => {
  const assets = makeTempDir('web-assets');
  const theme = path.join(assets.dir, '..', `${path.basename(assets.dir)}-gemeente.css`);
  let app: TestApp;

  beforeAll(async () => {
    for (const [name, content] of [
      ['kennissen.js', 'console.log("kennissen");'],
      ['kennissen.css', 'body {}'],
      ['theme.css', '.kennissen-theme { --voorbeeld: 1; }'],
    ]) {
      fs.writeFileSync(path.join(assets.dir, name), content);
    }
    fs.writeFileSync(theme, '.kennissen-theme { --gemeente: 1; }');
    app = await startTestApp(
      {
        OIDC_ISSUER: 'https://login.gemeente.example.nl/realms/medewerkers',
        OIDC_AUDIENCE: 'kennissen',
        WEB_OIDC_CLIENT_ID: 'kennissen-web',
        WEB_THEME_CSS: theme,
      },
      undefined,
      { webAssetsDir: assets.dir },
    );
  });
  afterAll(async () => {
    await app.close();
    assets.remove();
    fs.rmSync(theme, { force: true });
  });

  it('serves the page at / in Dutch under a policy that allows no inline script or style', async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<script type="module" src="/web/kennissen.js"></script>');
    expect(html).not.toMatch(/<script>|<style|style=/);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
    // The browser exchanges the sign-in code at the identity provider itself.
    expect(policy).toContain("connect-src 'self' https://login.gemeente.example.nl;");
  });

  it('tells the page how people sign in, and nothing secret', async () => {
    const response = await fetch(`${app.url}/web/config.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      signIn: {
        authority: 'https://login.gemeente.example.nl/realms/medewerkers',
        clientId: 'kennissen-web',
        scope: 'openid profile',
        personClaim: 'kennissen_person_id',
      },
      anonymousRead: true,
    });
  });

  it('serves the bundled files and the municipality’s theme, and nothing else', async () => {
    const script = await fetch(`${app.url}/web/kennissen.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await (await fetch(`${app.url}/web/theme.css`)).text()).toContain('--gemeente');
    for (const elsewhere of ['/web/../package.json', '/web/%2e%2e/package.json', '/web/nope.js']) {
      expect((await fetch(`${app.url}${elsewhere}`)).status).toBe(404);
    }
  });

  it('says the page is not built when the bundle is missing, and keeps the API answering', async () => {
    const empty = makeTempDir('web-none');
    const bare = await startTestApp({}, undefined, { webAssetsDir: empty.dir });
    try {
      const response = await fetch(`${bare.url}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
      expect((await bare.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
      // Without an identity provider and a client id for the page, it offers no sign-in.
      expect(await (await fetch(`${bare.url}/web/config.json`)).json()).toEqual({
        signIn: null,
        anonymousRead: true,
      });
    } finally {
      await bare.close();
      empty.remove();
    }
  });
});
