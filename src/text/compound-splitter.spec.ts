import { CompoundSplitter, MAX_COMPOUND_LENGTH } from './compound-splitter';
import { DUTCH_BASE_WORDS } from './dutch-base-words';

describe('CompoundSplitter', () => {
  describe('on the base words of municipal work', () => {
    const sut = new CompoundSplitter(DUTCH_BASE_WORDS);

    it.each([
      ['inburgeringswet', ['inburgering', 'wet']],
      ['jeugdhulpregio', ['jeugdhulp', 'regio']],
      ['omgevingsvisie', ['omgeving', 'visie']],
      ['bestemmingsplan', ['bestemming', 'plan']],
      ['schuldhulpverlening', ['schuld', 'hulpverlening']],
      ['participatieverklaring', ['participatie', 'verklaring']],
      ['zorgaanbieders', ['zorg', 'aanbieder']],
      ['woningbouwopgave', ['woning', 'bouw', 'opgave']],
    ])('splits %s', (word, parts) => {
      expect(sut.split(word)).toEqual(parts);
    });

    it('expands the parts of the parts, breadth first, each once', () => {
      expect(sut.expand('jeugdhulpregio')).toEqual(['jeugdhulp', 'regio', 'jeugd', 'hulp']);
      expect(sut.expand('schuldhulpverlening')).toEqual(['schuld', 'hulpverlening']);
      expect(sut.expand('jeugdzorgjeugdhulp')).toEqual([
        'jeugdzorg',
        'jeugdhulp',
        'jeugd',
        'zorg',
        'hulp',
      ]);
    });

    it('lower-cases the word', () => {
      expect(sut.split('Omgevingsvisie')).toEqual(['omgeving', 'visie']);
    });

    it('does not split one known word, nor one with a plural ending', () => {
      expect(sut.split('woning')).toEqual([]);
      expect(sut.split('woningen')).toEqual([]);
      expect(sut.split('aanbesteding')).toEqual([]);
      expect(sut.expand('woning')).toEqual([]);
    });

    it('does not split a word with an unknown part', () => {
      expect(sut.split('jeugdhulpxyz')).toEqual([]);
      expect(sut.split('xyzjeugdhulp')).toEqual([]);
    });
  });

  it('prefers the fewest parts, then the longest first part', () => {
    const sut = new CompoundSplitter([
      'jeugd',
      'hulp',
      'jeugdhulp',
      'regio',
      'schuld',
      'schuldhulp',
    ]);
    expect(sut.split('jeugdhulpregio')).toEqual(['jeugdhulp', 'regio']);

    const ambiguous = new CompoundSplitter(['schuld', 'schuldhulp', 'hulpverlening', 'verlening']);
    expect(ambiguous.split('schuldhulpverlening')).toEqual(['schuldhulp', 'verlening']);
  });

  it('allows the linking morphemes s, e and en between parts', () => {
    const sut = new CompoundSplitter(['stad', 'deel', 'ziek', 'huis', 'paard', 'bloem']);
    expect(sut.split('stadsdeel')).toEqual(['stad', 'deel']);
    expect(sut.split('ziekenhuis')).toEqual(['ziek', 'huis']);
    expect(sut.split('paardebloem')).toEqual(['paard', 'bloem']);
    expect(sut.split('stadxdeel')).toEqual([]);
  });

  it('never uses prefixes and particles as parts: words that start with one stay whole', () => {
    const sut = new CompoundSplitter([
      'aan',
      'besteding',
      'ver',
      'klaring',
      'onder',
      'wijs',
      'uit',
      'voering',
      'ge',
      'meente',
      'her',
      'stel',
      'ont',
      'wikkeling',
      'be',
      'leid',
    ]);
    for (const word of [
      'aanbesteding',
      'verklaring',
      'onderwijs',
      'uitvoering',
      'gemeente',
      'herstel',
      'ontwikkeling',
      'beleid',
    ]) {
      expect(sut.split(word)).toEqual([]);
    }
  });

  it('leaves out vocabulary words shorter than three letters', () => {
    const sut = new CompoundSplitter(['ab', 'cdefgh', 'abc', 'defgh']);
    expect(sut.split('abcdefgh')).toEqual(['abc', 'defgh']);
    expect(new CompoundSplitter(['ab', 'cdefgh']).split('abcdefgh')).toEqual([]);
  });

  it('never splits words shorter than six letters or longer than the limit', () => {
    const sut = new CompoundSplitter(['wet', 'zon', 'ab']);
    expect(sut.split('zonwet')).toEqual(['zon', 'wet']);
    expect(sut.split('abwet')).toEqual([]);
    const long = 'zon'.repeat(Math.ceil((MAX_COMPOUND_LENGTH + 1) / 3));
    expect(sut.split(long)).toEqual([]);
  });
});
