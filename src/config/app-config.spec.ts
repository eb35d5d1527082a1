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
});
