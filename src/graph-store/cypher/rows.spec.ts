import { listOf, presentOnly, toDate } from './rows';

describe('toDate', () => {
  it('copies the instant into a Date of this realm', () => {
    const sut = toDate(new Date('2024-05-01T10:00:00.000Z'));
    expect(sut).toBeInstanceOf(Date);
    expect(sut.toISOString()).toBe('2024-05-01T10:00:00.000Z');
  });
});

describe('listOf', () => {
  it('reads a null list (Kuzu, for an empty one) as empty, and copies the others', () => {
    expect(listOf(null)).toEqual([]);
    expect(listOf(undefined)).toEqual([]);
    const stored = ['a', 'b'];
    expect(listOf(stored)).toEqual(['a', 'b']);
    expect(listOf(stored)).not.toBe(stored);
  });
});

describe('presentOnly', () => {
  it('drops the map of nulls an OPTIONAL MATCH that found nothing collects', () => {
    const sut = presentOnly(
      [
        { id: null, name: null },
        { id: 'x', name: 'X' },
      ],
      'id',
    );
    expect(sut).toEqual([{ id: 'x', name: 'X' }]);
  });
});
