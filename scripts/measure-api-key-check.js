#!/usr/bin/env node
/**
 * Times the two ways a request's API key is checked, with the service's own compiled code
 * (run `npm run build` first): a full Argon2id verify (ApiKeyHasher), and the lookup of a
 * verified key in the cache (VerifiedKeyCache: a SHA-256 and a Map get).
 *
 *   node scripts/measure-api-key-check.js [runs=50]
 *
 * Prints p50 and p95 in milliseconds. The numbers depend on the machine and its load.
 */
'use strict';

const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist', 'src', 'api-clients');
const { ApiKeyHasher } = require(path.join(dist, 'api-key-hasher.js'));
const { VerifiedKeyCache } = require(path.join(dist, 'verified-key-cache.js'));
const { generateApiKey } = require(path.join(dist, 'api-key.js'));

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(3);
}

async function time(runs, work) {
  const millis = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await work();
    millis.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return `p50 ${percentile(millis, 0.5)} ms, p95 ${percentile(millis, 0.95)} ms (${runs} runs)`;
}

async function main() {
  const runs = Number(process.argv[2] ?? 50);
  const hasher = new ApiKeyHasher();
  const { key } = generateApiKey();
  const stored = await hasher.hash(key);
  const cache = new VerifiedKeyCache();
  cache.set(key, { clientId: 'measured' }, null);
  process.stdout.write(`Argon2id verify: ${await time(runs, () => hasher.verify(stored, key))}\n`);
  process.stdout.write(`cache hit:       ${await time(runs * 100, () => cache.get(key))}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
