import { MAX_EXPANDED_WORDS, QueryLexicon, type SkillLabel } from './query-expansion';

const skillLabel = (overrides: Partial<SkillLabel> = {}): SkillLabel => ({
  id: 'jeugdwet',
  name: 'Jeugdwet',
  aliases: [],
  ...overrides,
});

describe('QueryLexicon', () => {
  describe('words', () => {
    it('keeps the query words first, then the compound parts not among them', () => {
      const sut = new QueryLexicon([], []);
      expect(sut.expand(['jeugdhulpregio', 'regio', 'inburgeringswet']).words).toEqual([
        'jeugdhulpregio',
        'regio',
        'inburgeringswet',
        'jeugdhulp',
        'jeugd',
        'hulp',
        'inburgering',
        'wet',
      ]);
    });

    it('splits on parts that only the corpus knows', () => {
      const sut = new QueryLexicon([], ['Samen met de ketenregisseur']);
      expect(sut.expand(['jeugdketenregisseur']).words).toEqual([
        'jeugdketenregisseur',
        'jeugd',
        'ketenregisseur',
      ]);
    });

    it(`keeps at most ${MAX_EXPANDED_WORDS} words`, () => {
      const sut = new QueryLexicon([], []);
      const many = Array.from({ length: MAX_EXPANDED_WORDS - 2 }, (_, index) => `woord${index}`);
      const { words } = sut.expand([...many, 'jeugdhulpregio']);
      expect(words).toHaveLength(MAX_EXPANDED_WORDS);
      expect(words.slice(-2)).toEqual(['jeugdhulpregio', 'jeugdhulp']);
    });
  });

  describe('skills', () => {
    it('finds a skill named by a compound part', () => {
      const sut = new QueryLexicon([skillLabel({ id: 'regiovisie', name: 'Regio' })], []);
      expect(sut.expand(['jeugdhulpregio']).skillIds).toEqual(['regiovisie']);
    });

    it('finds a skill by an alias, and tells which label matched', () => {
      const sut = new QueryLexicon(
        [
          skillLabel({
            id: 'inburgering',
            name: 'Inburgering (Wi2021)',
            aliases: ['Wet inburgering 2021', 'Wi2021'],
          }),
          skillLabel({ id: 'jeugdwet', name: 'Jeugdwet', aliases: ['jeugdhulp', 'jeugdzorg'] }),
        ],
        [],
      );
      // "Wi2021" is a word of the name, so the name needs it; the alias's "2021" is a number.
      const { skillIds, sources } = sut.expand(['inburgeringswet', 'jeugdhulpregio']);
      expect(skillIds).toEqual(['inburgering', 'jeugdwet']);
      expect(sources).toEqual(
        new Map([
          ['inburgering', 'Wet inburgering 2021'],
          ['jeugdwet', 'jeugdhulp'],
        ]),
      );
    });

    it("finds a skill by ESCO's alternative label, given as an alias", () => {
      const sut = new QueryLexicon(
        [
          skillLabel({
            id: 'onderhandelen',
            name: 'onderhandelen over een compromis',
            aliases: ['onderhandelingen voeren'],
          }),
        ],
        [],
      );
      const { skillIds, sources } = sut.expand(['onderhandeling', 'voeren']);
      expect(skillIds).toEqual(['onderhandelen']);
      expect(sources.get('onderhandelen')).toBe('onderhandelingen voeren');
    });

    it('needs every content word of a label, so one shared word of two is no match', () => {
      const sut = new QueryLexicon(
        [
          skillLabel({ id: 'vroegsignalering', name: 'Vroegsignalering van schulden' }),
          skillLabel({ id: 'beschermd-wonen', name: 'Beschermd wonen' }),
        ],
        [],
      );
      expect(sut.expand(['schulden']).skillIds).toEqual([]);
      expect(sut.expand(['wonen', 'woningbouwopgave']).skillIds).toEqual([]);
      expect(sut.expand(['schulden', 'vroegsignalering']).skillIds).toEqual(['vroegsignalering']);
    });

    it('compares Dutch stems: "aanbestedingen" names "Aanbesteden", "plannen" not "plan"', () => {
      const sut = new QueryLexicon(
        [
          skillLabel({ id: 'aanbesteden', name: 'Aanbesteden' }),
          skillLabel({ id: 'bestemmingsplan', name: 'Bestemmingsplan' }),
        ],
        [],
      );
      expect(sut.expand(['aanbestedingen']).skillIds).toEqual(['aanbesteden']);
      // Snowball stems "plannen" to "plann" and "plan" to "plan": the plural misses the skill.
      expect(sut.expand(['bestemmingsplannen']).skillIds).toEqual([]);
      expect(sut.expand(['bestemmingsplan']).skillIds).toEqual(['bestemmingsplan']);
    });

    it('matches a short one-word label only to a typed word, never to a compound part', () => {
      const sut = new QueryLexicon([skillLabel({ id: 'wmo-2015', name: 'Wmo 2015' })], []);
      expect(sut.expand(['wmo']).skillIds).toEqual(['wmo-2015']);
      expect(sut.expand(['wmoloket']).words).toEqual(['wmoloket', 'wmo', 'loket']);
      expect(sut.expand(['wmoloket']).skillIds).toEqual([]);
    });

    it('never matches a label without content words', () => {
      const sut = new QueryLexicon(
        [skillLabel({ id: 'leeg', name: 'Van de', aliases: ['2015', '!'] })],
        [],
      );
      expect(sut.expand(['van', 'de', '2015']).skillIds).toEqual([]);
      expect(sut.expand([]).skillIds).toEqual([]);
    });

    it('orders the skills by id, whatever the catalogue order', () => {
      const sut = new QueryLexicon(
        [
          skillLabel({ id: 'b-jeugdzorg', name: 'Jeugdzorg' }),
          skillLabel({ id: 'a-jeugdhulp', name: 'Jeugdhulp' }),
        ],
        [],
      );
      expect(sut.expand(['jeugdhulp', 'jeugdzorg']).skillIds).toEqual([
        'a-jeugdhulp',
        'b-jeugdzorg',
      ]);
    });
  });
});
