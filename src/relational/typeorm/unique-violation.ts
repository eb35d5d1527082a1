import { QueryFailedError } from 'typeorm';

/** Whether a failed insert or update broke a unique index (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const cause = error.driverError as { code?: unknown } | undefined;
  return cause?.code === '23505' || cause?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
