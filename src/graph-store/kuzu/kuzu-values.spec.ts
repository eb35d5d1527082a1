import { plainWords, toDate } from './kuzu-values';

describe('plainWords', () => {
  it.each([
    ['"jeugd" OR *:*', 'jeugd OR'],
    ['aanbesteding  jeugdzorg', 'aanbesteding jeugdzorg'],
    ["') RETURN 1 //", 'RETURN 1'],
    ['Financiën & Oekraïne', 'Financiën Oekraïne'],
  ])('keeps only the words of %j', (text, expected) => {
    expect(plainWords(text)).toBe(expected);
  });

  it.each(['', '***', '"" ?? ~ :'])('gives null for %j, which has no word', (text) => {
    expect(plainWords(text)).toBeNull();
  });
});

describe('toDate', () => {
  it('copies the instant into a Date of this realm', () => {
    const sut = toDate(new Date('2024-05-01T10:00:00.000Z'));
    expect(sut).toBeInstanceOf(Date);
    expect(sut.toISOString()).toBe('2024-05-01T10:00:00.000Z');
  });
});
