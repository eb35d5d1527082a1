import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { axeViolations, collectCspViolations, launchChromium } from '../support/browser';
import { freePort } from '../support/free-port';
import {
  type IdentityProviderProcess,
  startIdentityProvider,
} from '../support/identity-provider-process';
import { buildWeb } from '../../src/web/build-web';
import { ROOT } from '../support/service-process';
import { makeTempDir } from '../support/temp-dir';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The web page in a real browser (Debian's Chromium, driven by playwright-core), on the embedded
 * stores with the demo data, signing in at a real OpenID provider (oidc-provider) with PKCE.
 * UPDATE_SCREENSHOTS=1 writes the screenshots of docs/web.md.
 */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? path.join(ROOT, 'docs', 'images')
  : path.join(ROOT, 'test-output', 'web');

describe('the web page for civil servants', () => {
  let provider: IdentityProviderProcess;
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cspViolations: string[];
  let asker: { id: string; municipality: string };
  let challenge: string;
  let removeBundle: (() => void) | undefined;

  beforeAll(async () => {
    // The page as the sources are now, bundled as npm run build does, into this run's directory.
    const bundle = makeTempDir('web-bundle');
    removeBundle = bundle.remove;
    await buildWeb(bundle.dir);
    const port = await freePort();
    provider = await startIdentityProvider(`http://127.0.0.1:${port}/`);
    app = await startTestApp(
      {
        SEED_DEMO: 'true',
        ALLOW_ANONYMOUS_READ: 'true',
        OIDC_ISSUER: provider.issuer,
        OIDC_AUDIENCE: provider.audience,
        WEB_OIDC_CLIENT_ID: provider.clientId,
        WEB_OIDC_SCOPE: 'openid profile kennissen',
      },
      undefined,
      { port, webAssetsDir: bundle.dir },
    );
    const demo = await app.admin<{
      challenge: { description: string; municipality: { code: string } };
      people: { edges: Array<{ node: { id: string; municipality: { code: string } } }> };
    }>(`{
      challenge(id: "demo-challenge-0001") { description municipality { code } }
      people(first: 20) { edges { node { id municipality { code } } } }
    }`);
    challenge = demo.data!.challenge.description;
    const someone = demo
      .data!.people.edges.map(({ node }) => node)
      .find((person) => person.municipality.code !== demo.data!.challenge.municipality.code)!;
    asker = { id: someone.id, municipality: someone.municipality.code };
    browser = await launchChromium();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  }, 300_000);

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    cspViolations = collectCspViolations(page);
  });

  afterEach(async () => {
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await provider?.stop();
    removeBundle?.();
  });

  async function signIn(login: string): Promise<void> {
    await page.getByRole('button', { name: 'Aanmelden' }).first().click();
    await page.waitForURL((url) => url.origin === new URL(provider.issuer).origin);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('geheim');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.origin === new URL(app.url).origin && url.hash !== '');
    await page.getByText('Aangemeld als').waitFor();
  }

  async function signOut(): Promise<void> {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL((url) => url.origin === new URL(provider.issuer).origin);
    await page.locator('button[type="submit"], button[autofocus]').first().click();
    await page.waitForURL((url) => url.origin === new URL(app.url).origin);
    await page.getByRole('button', { name: 'Aanmelden' }).first().waitFor();
  }

  async function expectAccessible(name: string): Promise<void> {
    const violations = await axeViolations(page);
    expect({ page: name, violations }).toEqual({ page: name, violations: [] });
  }

  it('lets a civil servant find an expert and ask for an introduction, the expert accept it, the civil servant complete it and HR open the heatmap', async () => {
    await page.goto(`${app.url}/`);
    await signIn(asker.id);
    // Tokens stay in memory: nothing in localStorage, and sessionStorage holds no token.
    const stored = await page.evaluate(() => {
      interface Store {
        readonly length: number;
        key(index: number): string | null;
        getItem(key: string): string | null;
      }
      const scope = globalThis as unknown as { localStorage: Store; sessionStorage: Store };
      const all = (store: Store): string =>
        Array.from({ length: store.length }, (_, i) => store.getItem(store.key(i) ?? '')).join(' ');
      return { local: scope.localStorage.length, session: all(scope.sessionStorage) };
    });
    expect(stored.local).toBe(0);
    expect(stored.session).not.toMatch(/access_token|eyJ/);

    await page.getByLabel('Uw vraagstuk').fill(challenge);
    await page.getByRole('button', { name: "Zoek collega's" }).click();
    const results = page.locator('ol.kn-results > li');
    await results.first().waitFor();
    await expectAccessible('Zoek een collega, met resultaten');
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'web-zoek-een-collega.png'),
      fullPage: false,
    });

    const first = results.first();
    const expertLink = first.getByRole('heading').getByRole('link');
    const expertName = (await expertLink.textContent())!.trim();
    const expertId = decodeURIComponent((await expertLink.getAttribute('href'))!.split('/').pop()!);
    await first.getByRole('button', { name: `Vraag een introductie aan ${expertName}` }).click();
    await first
      .getByLabel(`Uw bericht aan ${expertName}`)
      .fill(
        'Wij besteden de jeugdzorg opnieuw aan. Mag ik u vragen hoe u de inkoop hebt georganiseerd?',
      );
    await first.getByRole('button', { name: 'Verstuur het verzoek' }).click();
    await first.getByText(`Uw verzoek is verstuurd naar ${expertName}`).waitFor();

    await signOut();
    await signIn(expertId);
    await page.goto(`${app.url}/#/introducties`);
    const incoming = page.locator('section', {
      has: page.getByRole('heading', { name: /Ontvangen verzoeken/ }),
    });
    const request = incoming.locator('article').first();
    await request.getByText('Wacht op antwoord').waitFor();
    await expectAccessible('Introducties');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'web-introducties.png') });
    await request.getByLabel(/Uw antwoord aan/).fill('Graag! Bel me volgende week.');
    await request.getByRole('button', { name: 'Accepteren' }).click();
    await incoming.locator('article').first().getByText('Geaccepteerd').waitFor();

    // The requester, having met the expert, completes the introduction.
    await signOut();
    await signIn(asker.id);
    await page.goto(`${app.url}/#/introducties`);
    const outgoing = page.locator('section', {
      has: page.getByRole('heading', { name: /Verstuurde verzoeken/ }),
    });
    const sent = outgoing.locator('article').first();
    await sent.getByText('Geaccepteerd').waitFor();
    await sent.getByRole('radio', { name: 'Ja' }).check();
    await sent.getByLabel(/Hoeveel hielp het/).selectOption('4');
    await sent
      .getByLabel(/Wat leverde het op/)
      .fill('Hun aanpak van de regionale inkoop nemen we over.');
    await sent.getByRole('button', { name: 'Rond de introductie af' }).click();
    await outgoing.locator('article').first().getByText('Afgerond').waitFor();

    // HR reads the coverage of a collaboration, as a table and as the heatmap picture.
    await signOut();
    await signIn(`hr:${asker.id}`);
    await page.goto(`${app.url}/#/hr`);
    const coverage = page.locator('section', {
      has: page.getByRole('heading', { name: 'Dekking in een samenwerkingsverband' }),
    });
    const collaboration = coverage.getByLabel('Samenwerkingsverband');
    await collaboration.locator('option:not([value=""])').first().waitFor({ state: 'attached' });
    await collaboration.selectOption({ index: 1 });
    await coverage.getByRole('button', { name: 'Dekking tonen' }).click();
    const heatmap = coverage.getByRole('img', { name: /^Heatmap van / });
    await heatmap.waitFor();
    expect(await heatmap.getAttribute('src')).toMatch(/^blob:/);
    await coverage.getByRole('table').first().waitFor();
    await expectAccessible('HR, met de heatmap');
    await heatmap.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'web-hr-heatmap.png') });
  }, 180_000);

  it('can be used with the keyboard alone: skip link, the search form, the results, visible focus', async () => {
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { name: 'Zoek een collega', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Naar de inhoud');
    await expectFocusVisible();
    await page.keyboard.press('Enter');
    // The skip link moves the focus into the main content; the next Tab reaches its first field.
    await page.keyboard.press('Tab');
    expect(await focusedTag()).toBe('TEXTAREA');
    await expectFocusVisible();
    await page.keyboard.type(challenge.slice(0, 400));
    await page.keyboard.press('Tab'); // the checkbox
    expect(await focusedTag()).toBe('INPUT');
    await page.keyboard.press('Tab'); // the search button
    expect(await focusedName()).toBe("Zoek collega's");
    await expectFocusVisible();
    await page.keyboard.press('Enter');
    await page.locator('ol.kn-results > li').first().waitFor();
    // Onwards from the button: the first colleague's profile link, then on to their page.
    await page.keyboard.press('Tab');
    const name = await focusedName();
    expect(await focusedTag()).toBe('A');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    expect(await focusedTag()).toBe('MAIN'); // the new page's content has the focus
  }, 120_000);

  it('has no accessibility violations on any page, signed in or not, and a title and language on each', async () => {
    await page.goto(`${app.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const routes = [
      '#/zoeken',
      `#/personen/${asker.id}`,
      '#/introducties',
      '#/mijn-gegevens',
      '#/hr',
      '#/leerprogrammas',
      '#/bestaat-niet',
    ];
    for (const route of routes) {
      await page.goto(`${app.url}/${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(`${route}, anonymous`);
      expect(await page.title()).toMatch(/ – Kennissen$/);
    }
    await page.goto(`${app.url}/`);
    await signIn(asker.id);
    for (const route of routes) {
      await page.goto(`${app.url}/${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(`${route}, signed in`);
      if (route === `#/personen/${asker.id}`) {
        await page.screenshot({ path: path.join(SCREENSHOTS, 'web-profiel.png') });
      }
      if (route === '#/mijn-gegevens') {
        await page.screenshot({ path: path.join(SCREENSHOTS, 'web-mijn-gegevens.png') });
      }
      if (route === '#/leerprogrammas') {
        await page.screenshot({ path: path.join(SCREENSHOTS, 'web-leerprogrammas.png') });
      }
    }
  }, 180_000);

  async function focusedTag(): Promise<string> {
    return page.evaluate(
      () =>
        (globalThis as unknown as { document: { activeElement: { tagName: string } | null } })
          .document.activeElement?.tagName ?? '',
    );
  }

  async function focusedName(): Promise<string> {
    return page.evaluate(() => {
      const element = (
        globalThis as unknown as {
          document: { activeElement: { textContent: string | null } | null };
        }
      ).document.activeElement;
      return element?.textContent?.trim() ?? '';
    });
  }

  /** The focused element shows where the focus is: an outline or a box shadow. */
  async function expectFocusVisible(): Promise<void> {
    const indicator = await page.evaluate(() => {
      const scope = globalThis as unknown as {
        document: { activeElement: object | null };
        getComputedStyle(element: object): {
          outlineStyle: string;
          outlineWidth: string;
          boxShadow: string;
        };
      };
      const element = scope.document.activeElement;
      if (!element) return 'none';
      const style = scope.getComputedStyle(element);
      return style.outlineStyle !== 'none' && style.outlineWidth !== '0px'
        ? 'outline'
        : style.boxShadow !== 'none'
          ? 'shadow'
          : 'none';
    });
    expect(indicator).not.toBe('none');
  }
});
