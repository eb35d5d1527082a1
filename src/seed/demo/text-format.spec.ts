import { fillTemplate, lowerFirst, sentenceCount } from './text-format';

describe('text-format', () => {
  it('fills placeholders and rejects unknown ones', () => {
    expect(fillTemplate('Gemeente {gemeente}', { gemeente: 'Ede' })).toBe('Gemeente Ede');
    expect(() => fillTemplate('{onbekend}', {})).toThrow('{onbekend}');
  });

  it.each([
    ['Beleidsadviseur jeugd', 'beleidsadviseur jeugd'],
    ['Informatiebeveiliger (CISO)', 'informatiebeveiliger (CISO)'],
    ['GIS-specialist', 'GIS-specialist'],
    ['HR-adviseur', 'HR-adviseur'],
    ['Jeugdwet', 'Jeugdwet'],
    ['Wet open overheid (Woo)', 'Wet open overheid (Woo)'],
    ['Woo-coördinator', 'Woo-coördinator'],
    ['Privacy (AVG)', 'privacy (AVG)'],
  ])('lowerFirst(%s) is %s', (input, expected) => {
    expect(lowerFirst(input)).toBe(expected);
  });

  it('counts sentences', () => {
    expect(sentenceCount('Een. Twee? Drie!')).toBe(3);
    expect(sentenceCount('Het kost 1.5 miljoen. Klaar.')).toBe(2);
  });
});
