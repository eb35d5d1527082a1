import { CommonException } from '../errors/common.exception';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips string and numeric sort keys', () => {
    expect(decodeCursor(encodeCursor(['Amsterdam', 'GM0363']))).toEqual(['Amsterdam', 'GM0363']);
    expect(decodeCursor(encodeCursor([42, 'x']))).toEqual([42, 'x']);
  });

  it.each([
    '',
    'not a cursor!',
    'e30',
    Buffer.from('[2,"a","b"]').toString('base64url'),
    'a'.repeat(601),
  ])('rejects the malformed cursor %j with INVALID_CURSOR', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(CommonException);
    expect(() => decodeCursor(cursor)).toThrow(/cursor is not valid/);
  });
});
