import { CommonErrorCode, CommonException } from '../errors/common.exception';
import type { SortKey } from './page';

const CURSOR_VERSION = 1;

/** Cursors are opaque to clients: base64url of a versioned sort key. */
export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, key[0], key[1]]), 'utf8').toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string): SortKey {
  const invalid = new CommonException(
    CommonErrorCode.INVALID_CURSOR,
    'The cursor is not valid. Pass the pageInfo.endCursor of a previous page of the same list, or leave "after" out to start at the first page.',
  );
  if (!/^[A-Za-z0-9_-]{1,600}$/.test(cursor)) throw invalid;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 3 ||
    decoded[0] !== CURSOR_VERSION ||
    !(typeof decoded[1] === 'string' || typeof decoded[1] === 'number') ||
    typeof decoded[2] !== 'string'
  ) {
    throw invalid;
  }
  return [decoded[1], decoded[2]];
}
