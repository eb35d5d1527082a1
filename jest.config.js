/** One Jest run covers unit specs (next to the code), the graph contract suite and the e2e suite. */
const swc = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testRegex: '\\.(spec|e2e-spec|contract-spec)\\.ts$',
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // NestJS 12 ships ES modules only; Jest on Node 20 cannot require() them, so swc compiles them too.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@apollo|@as-integrations)/)'],
  // Kuzu databases are memory-mapped and native; one worker per core keeps a 2-core machine usable.
  maxWorkers: 2,
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
