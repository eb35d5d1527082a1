import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The read-only GraphQL queries of the README's curl examples (`-d '{"query": ...}'`), in order.
 * Mutations are left out: they need a key and change data.
 */
export function extractReadmeQueries(
  readme = path.join(__dirname, '..', '..', 'README.md'),
): string[] {
  const text = fs.readFileSync(readme, 'utf8');
  const payloads = [...text.matchAll(/-d '(\{.*?\})'/g)].map((match) => match[1]);
  return payloads
    .map((payload) => (JSON.parse(payload) as { query: string }).query)
    .filter((query) => !/^\s*mutation\b/.test(query));
}
