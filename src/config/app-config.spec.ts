import { ConfigurationError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const sut = loadConfig({});
    expect(sut).toMatchObject({
      PORT: 3000,
      GRAPH_STORE: 'kuzu',
      KUZU_PATH: './data/graph',
      DATABASE_URL: 'sqlite:./data/kennissen.sqlite',
      ALLOW_ANONYMOUS_READ: false,
      SEED_DEMO: false,
      K_ANONYMITY: 5,
      NODE_ENV: 'development',
    });
  });

  it('applies the documented defaults of the endpoint limits (docs/security.md)', () => {
    expect(loadConfig({})).toMatchObject({
      GRAPHQL_MAX_DEPTH: 10,
      GRAPHQL_MAX_ALIASES: 30,
      GRAPHQL_MAX_COST: 50_000,
      GRAPHQL_MAX_TOKENS: 5_000,
      GRAPHQL_MAX_BATCH: 1,
      GRAPHQL_TIMEOUT_MS: 15_000,
      HTTP_MAX_BODY_BYTES: 102_400,
      RATE_LIMIT_WINDOW_SECONDS: 60,
      RATE_LIMIT_PER_CLIENT: 1_200,
      RATE_LIMIT_PER_IP: 300,
      CORS_ORIGINS: [],
    });
  });

  it('reads CORS_ORIGINS as a comma-separated list of origins and refuses anything else', () => {
    expect(
      loadConfig({ CORS_ORIGINS: 'https://intranet.tilburg.nl, http://localhost:8080' })
        .CORS_ORIGINS,
    ).toEqual(['https://intranet.tilburg.nl', 'http://localhost:8080']);
    for (const bad of ['*', 'intranet.tilburg.nl', 'https://intranet.tilburg.nl/path']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS must be/);
    }
  });

  it('refuses limits out of range, naming each', () => {
    expect(() =>
      loadConfig({ GRAPHQL_MAX_DEPTH: '1', GRAPHQL_MAX_BATCH: '0', RATE_LIMIT_PER_IP: '-1' }),
    ).toThrow(/GRAPHQL_MAX_DEPTH[\s\S]*GRAPHQL_MAX_BATCH[\s\S]*RATE_LIMIT_PER_IP/);
  });

  it('rechecks cached API keys every 5 seconds by default, and takes 0 to 60', () => {
    expect(loadConfig({}).API_KEY_RECHECK_SECONDS).toBe(5);
    expect(loadConfig({ API_KEY_RECHECK_SECONDS: '0' }).API_KEY_RECHECK_SECONDS).toBe(0);
    expect(() => loadConfig({ API_KEY_RECHECK_SECONDS: '61' })).toThrow(
      /API_KEY_RECHECK_SECONDS must be a whole number of seconds from 0 to 60/,
    );
  });

  it('converts numbers and booleans given as strings', () => {
    const sut = loadConfig({ PORT: '4000', SEED_DEMO: 'true', ALLOW_ANONYMOUS_READ: '0' });
    expect(sut.PORT).toBe(4000);
    expect(sut.SEED_DEMO).toBe(true);
    expect(sut.ALLOW_ANONYMOUS_READ).toBe(false);
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        GRAPH_STORE: 'mysql',
        DATABASE_URL: 'mysql://x',
        SEED_DEMO: 'maybe',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as ConfigurationError).message;
    for (const name of ['PORT', 'GRAPH_STORE', 'DATABASE_URL', 'SEED_DEMO']) {
      expect(message).toContain(name);
    }
  });

  it('requires NEO4J_URI only when the Neo4j store is selected', () => {
    expect(() => loadConfig({ GRAPH_STORE: 'neo4j' })).toThrow(/NEO4J_URI is required/);
    expect(loadConfig({ GRAPH_STORE: 'kuzu' }).NEO4J_URI).toBeUndefined();
    expect(loadConfig({ GRAPH_STORE: 'neo4j', NEO4J_URI: 'bolt://127.0.0.1:7687' }).NEO4J_URI).toBe(
      'bolt://127.0.0.1:7687',
    );
  });

  it('never echoes a secret value in its message', () => {
    expect(() => loadConfig({ ADMIN_API_KEY: 'short-secret' })).toThrow(ConfigurationError);
    try {
      loadConfig({ ADMIN_API_KEY: 'short-secret' });
    } catch (error) {
      expect((error as Error).message).not.toContain('short-secret');
    }
  });

  describe('sign-in (OIDC)', () => {
    const issuer = { OIDC_ISSUER: 'https://login.gemeente.nl/realms/intranet' };

    it('is off by default, with documented defaults for when it is switched on', () => {
      const sut = loadConfig({});
      expect(sut.OIDC_ISSUER).toBeUndefined();
      expect(sut).toMatchObject({
        OIDC_ALGORITHMS: ['RS256', 'ES256'],
        OIDC_PERSON_CLAIM: 'kennissen_person_id',
        OIDC_ROLES_CLAIM: 'roles',
        OIDC_ROLE_SCOPES: 'kennissen.write=write,kennissen.hr=hr,kennissen.admin=admin',
        OIDC_CLOCK_TOLERANCE_SECONDS: 30,
        OIDC_HTTP_TIMEOUT_MS: 3000,
      });
    });

    it('needs OIDC_AUDIENCE once OIDC_ISSUER is set', () => {
      expect(() => loadConfig(issuer)).toThrow(/OIDC_AUDIENCE is required/);
      expect(loadConfig({ ...issuer, OIDC_AUDIENCE: 'kennissen' }).OIDC_AUDIENCE).toBe('kennissen');
    });

    it('accepts plain http only for a loopback issuer', () => {
      expect(() =>
        loadConfig({ OIDC_ISSUER: 'http://login.gemeente.nl', OIDC_AUDIENCE: 'k' }),
      ).toThrow(/OIDC_ISSUER must be the https:\/\/ URL/);
      expect(
        loadConfig({ OIDC_ISSUER: 'http://127.0.0.1:8080/realms/x', OIDC_AUDIENCE: 'k' })
          .OIDC_ISSUER,
      ).toBe('http://127.0.0.1:8080/realms/x');
      expect(() => loadConfig({ ...issuer, OIDC_AUDIENCE: 'k', OIDC_JWKS_URI: 'ftp://x' })).toThrow(
        /OIDC_JWKS_URI must be an https:\/\/ URL/,
      );
    });

    it('refuses none and HS* algorithms, and reads a comma-separated list', () => {
      for (const algorithms of ['none', 'RS256,HS256', 'HS512', '']) {
        const env = { ...issuer, OIDC_AUDIENCE: 'k', OIDC_ALGORITHMS: algorithms || ' , ' };
        expect(() => loadConfig(env)).toThrow(/OIDC_ALGORITHMS must be/);
      }
      expect(
        loadConfig({ ...issuer, OIDC_AUDIENCE: 'k', OIDC_ALGORITHMS: 'PS256, EdDSA' })
          .OIDC_ALGORITHMS,
      ).toEqual(['PS256', 'EdDSA']);
    });

    it('checks the role mapping, the claim names and the numbers', () => {
      const bad = {
        OIDC_ROLE_SCOPES: 'kennissen.write=superuser',
        OIDC_PERSON_CLAIM: 'has space',
        OIDC_ROLES_CLAIM: 'a..b',
        OIDC_CLOCK_TOLERANCE_SECONDS: '3600',
        OIDC_HTTP_TIMEOUT_MS: '0',
      };
      let message = '';
      try {
        loadConfig(bad);
      } catch (error) {
        message = (error as Error).message;
      }
      for (const name of Object.keys(bad)) expect(message).toContain(name);
    });
  });

  describe('the web page', () => {
    it('offers sign-in with the page’s own client id, scopes starting with openid', () => {
      expect(loadConfig({}).WEB_OIDC_SCOPE).toBe('openid profile');
      expect(() => loadConfig({ WEB_OIDC_SCOPE: 'profile' })).toThrow(
        /WEB_OIDC_SCOPE must be space-separated scopes starting with openid/,
      );
      expect(() => loadConfig({ WEB_OIDC_CLIENT_ID: 'with space' })).toThrow(/WEB_OIDC_CLIENT_ID/);
    });

    it('takes WEB_THEME_CSS as an existing .css file', () => {
      expect(() => loadConfig({ WEB_THEME_CSS: '/no/such/theme.css' })).toThrow(
        'WEB_THEME_CSS names /no/such/theme.css, which does not exist',
      );
      expect(() => loadConfig({ WEB_THEME_CSS: __filename })).toThrow(
        'WEB_THEME_CSS must be the path of a .css file',
      );
    });
  });

  describe('metrics and traces', () => {
    const problemsOf = (environment: Record<string, string>): string[] => {
      try {
        loadConfig(environment);
        return [];
      } catch (error) {
        return (error as ConfigurationError).problems;
      }
    };

    it('serves metrics on port 9464 and sends no traces by default', () => {
      const sut = loadConfig({});
      expect(sut.METRICS_PORT).toBe(9464);
      expect(sut.METRICS_TOKEN).toBeUndefined();
      expect(sut.tracingEnabled).toBe(false);
      expect(sut.OTEL_SERVICE_NAME).toBe('kennissen');
    });

    it('takes METRICS_PORT as a port, 0 or off, and a METRICS_TOKEN of 32 characters or more', () => {
      expect(loadConfig({ METRICS_PORT: 'off' }).METRICS_PORT).toBe('off');
      expect(loadConfig({ METRICS_PORT: 'OFF' }).METRICS_PORT).toBe('off');
      expect(loadConfig({ METRICS_PORT: '0' }).METRICS_PORT).toBe(0);
      for (const bad of ['65536', '-1', 'metrics', '94.64']) {
        expect(problemsOf({ METRICS_PORT: bad })).toEqual([
          expect.stringContaining('METRICS_PORT must be a port number'),
        ]);
      }
      expect(problemsOf({ METRICS_TOKEN: 'short-secret' })).toEqual([
        expect.stringContaining('METRICS_TOKEN must be at least 32 characters'),
      ]);
      expect(problemsOf({ METRICS_TOKEN: 'x'.repeat(32) })).toEqual([]);
    });

    it('sends traces once an OTLP endpoint is set, unless OpenTelemetry is switched off', () => {
      const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' };
      expect(loadConfig(endpoint).tracingEnabled).toBe(true);
      expect(
        loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://collector/v1/traces' })
          .tracingEnabled,
      ).toBe(true);
      expect(loadConfig({ OTEL_TRACES_EXPORTER: 'otlp' }).tracingEnabled).toBe(true);
      expect(loadConfig({ ...endpoint, OTEL_SDK_DISABLED: 'true' }).tracingEnabled).toBe(false);
      expect(loadConfig({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }).tracingEnabled).toBe(false);
    });

    it('refuses what it cannot send: gRPC, other exporters, endpoints and headers it cannot read', () => {
      expect(problemsOf({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toEqual([
        expect.stringContaining('does not send OTLP over gRPC'),
      ]);
      expect(problemsOf({ OTEL_TRACES_EXPORTER: 'zipkin' })).toEqual([
        expect.stringContaining('OTEL_TRACES_EXPORTER must be otlp or none'),
      ]);
      expect(problemsOf({ OTEL_EXPORTER_OTLP_ENDPOINT: 'otel-collector:4318' })).toEqual([
        expect.stringContaining('OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s):// address'),
      ]);
      expect(problemsOf({ OTEL_EXPORTER_OTLP_HEADERS: 'authorization' })).toEqual([
        expect.stringContaining('OTEL_EXPORTER_OTLP_HEADERS must be comma-separated'),
      ]);
      const secret = 'authorization=Bearer%20very-secret-value, x-tenant = gemeente';
      expect(problemsOf({ OTEL_EXPORTER_OTLP_HEADERS: secret })).toEqual([]);
    });
  });

  describe('notifications', () => {
    const smtp = {
      NOTIFIER: 'smtp',
      SMTP_URL: 'smtp://kennissen:geheim@smtp.gemeente.nl:587',
      SMTP_FROM: 'kennissen@gemeente.nl',
    };

    it('logs notices by default and needs nothing else then', () => {
      const sut = loadConfig({});
      expect(sut.NOTIFIER).toBe('log');
      expect(sut.SMTP_URL).toBeUndefined();
      expect(sut.PUBLIC_URL).toBeUndefined();
      expect(() => loadConfig({ NOTIFIER: 'sendmail' })).toThrow(/NOTIFIER must be "log"/);
    });

    it('requires SMTP_URL and SMTP_FROM only when NOTIFIER=smtp', () => {
      expect(() => loadConfig({ NOTIFIER: 'smtp' })).toThrow(
        /SMTP_URL is required when NOTIFIER=smtp[\s\S]*SMTP_FROM is required when NOTIFIER=smtp/,
      );
      expect(loadConfig(smtp)).toMatchObject(smtp);
      expect(loadConfig({ SMTP_URL: 'http://not-checked' }).NOTIFIER).toBe('log');
    });

    it('accepts smtp:// and smtps:// only, and never echoes the password', () => {
      for (const url of [
        'smtps://kennissen:geheim@smtp.gemeente.nl',
        'smtp://127.0.0.1:2525',
        'smtp://relay%40gemeente.nl:p%40ss@[::1]:25/?requireTLS=true',
      ]) {
        expect(loadConfig({ ...smtp, SMTP_URL: url }).SMTP_URL).toBe(url);
      }
      for (const url of [
        'https://kennissen:geheim@smtp.gemeente.nl',
        'smtp.gemeente.nl:587',
        'smtp://kennissen:ge@heim@smtp.gemeente.nl',
      ]) {
        let message = '';
        try {
          loadConfig({ ...smtp, SMTP_URL: url });
        } catch (error) {
          message = (error as Error).message;
        }
        expect(message).toMatch(
          /SMTP_URL is required when NOTIFIER=smtp: smtp:\/\/user:password@host:587/,
        );
        expect(message).not.toContain('geheim');
      }
    });

    it('takes SMTP_FROM as an address or Name <address>, nothing that could break the header', () => {
      for (const from of [
        'kennissen@gemeente.nl',
        'Kennissen <kennissen@gemeente.nl>',
        '"Kennissen, Gemeente Breda" <kennissen@breda.nl>',
      ]) {
        expect(loadConfig({ ...smtp, SMTP_FROM: from }).SMTP_FROM).toBe(from);
      }
      for (const from of [
        'kennissen',
        'Kennissen',
        'Kennissen <kennissen@gemeente.nl',
        'Kennissen\r\nBcc: x@y.nl <kennissen@gemeente.nl>',
        'a@b.nl, c@d.nl',
      ]) {
        expect(() => loadConfig({ ...smtp, SMTP_FROM: from })).toThrow(
          /SMTP_FROM is required when NOTIFIER=smtp: the sender, e.g. kennissen@gemeente.nl/,
        );
      }
    });

    it('takes PUBLIC_URL as an http(s) URL without a trailing slash', () => {
      for (const url of ['https://kennissen.tilburg.nl', 'http://localhost:3000/kennissen']) {
        expect(loadConfig({ PUBLIC_URL: url }).PUBLIC_URL).toBe(url);
      }
      for (const url of [
        'https://kennissen.tilburg.nl/',
        'kennissen.tilburg.nl',
        'ftp://kennissen.tilburg.nl',
        'https://kennissen.tilburg.nl/#/home',
      ]) {
        expect(() => loadConfig({ PUBLIC_URL: url })).toThrow(
          /PUBLIC_URL must be the http\(s\):\/\/ address where people open Kennissen, without a trailing slash/,
        );
      }
    });
  });
});
