import { CompoundSplitter } from './compound-splitter';
import { compoundVocabulary } from './compound-vocabulary';
import { DUTCH_BASE_WORDS } from './dutch-base-words';

describe('compoundVocabulary', () => {
  it('holds the base words, the words of skill names and aliases, and of the texts', () => {
    const sut = compoundVocabulary(
      [{ name: 'Contractmanagement zorgaanbieders', aliases: ['Leveranciersmanagement zorg'] }],
      ['Regionale inkoop van Jeugdhulp'],
    );
    for (const word of [
      ...DUTCH_BASE_WORDS,
      'contractmanagement',
      'zorgaanbieders',
      'leveranciersmanagement',
      'regionale',
    ]) {
      expect(sut.has(word)).toBe(true);
    }
  });

  it('leaves out stop words, numbers and words with digits, and lower-cases the rest', () => {
    const sut = compoundVocabulary(
      [{ name: 'Inburgering (Wi2021)', aliases: ['Wet 2021'] }],
      ['De Taalroute van het college'],
    );
    expect(sut.has('taalroute')).toBe(true);
    expect(sut.has('Taalroute')).toBe(false);
    for (const word of ['de', 'van', 'het', '2021', 'wi2021']) expect(sut.has(word)).toBe(false);
  });

  it('lets a splitter find parts that only the corpus knows', () => {
    const sut = new CompoundSplitter(compoundVocabulary([], ['Het ketenregisseur overleg']));
    expect(sut.split('jeugdketenregisseur')).toEqual(['jeugd', 'ketenregisseur']);
    expect(sut.expand('jeugdketenregisseur')).toEqual(['jeugd', 'ketenregisseur']);
  });
});
