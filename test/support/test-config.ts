import * as path from 'node:path';
import { type AppConfig, loadConfig } from '../../src/config/app-config';

export const TEST_ADMIN_KEY = 'test-admin-key-0123456789';

/** A validated configuration on temporary stores under `dir`; small Kuzu buffer pool for tests. */
export function testConfig(dir: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    GRAPH_STORE: 'kuzu',
    KUZU_PATH: path.join(dir, 'graph'),
    KUZU_BUFFER_POOL_MB: '128',
    DATABASE_URL: `sqlite:${path.join(dir, 'kennissen.sqlite')}`,
    ADMIN_API_KEY: TEST_ADMIN_KEY,
    ALLOW_ANONYMOUS_READ: 'true',
    SEED_DEMO: 'false',
    ...overrides,
  });
}
