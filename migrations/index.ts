import { CreateAuditLog1764201600000 } from './1764201600000-create-audit-log';
import { CreateApiClient1764892800000 } from './1764892800000-create-api-client';
import { CreateIntroduction1765000000000 } from './1765000000000-create-introduction';
import { ChainAuditLog1765100000000 } from './1765100000000-chain-audit-log';
import { CreateOutboxEvent1765200000000 } from './1765200000000-create-outbox-event';
import { PseudonymousAuditHash1765300000000 } from './1765300000000-pseudonymous-audit-hash';
import { CreateRateLimit1765410000000 } from './1765410000000-create-rate-limit';

/**
 * Every relational migration, oldest first. An explicit list rather than a glob, so the same
 * classes load under Jest (TypeScript) and from dist/migrations (compiled JavaScript).
 */
export const MIGRATIONS = [
  CreateAuditLog1764201600000,
  CreateApiClient1764892800000,
  CreateIntroduction1765000000000,
  ChainAuditLog1765100000000,
  CreateOutboxEvent1765200000000,
  PseudonymousAuditHash1765300000000,
  CreateRateLimit1765410000000,
];
