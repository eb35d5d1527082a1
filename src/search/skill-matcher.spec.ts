import { type SkillRecord } from '../skills/skill.record';
import { matchSkills } from './skill-matcher';
import { queryWords } from '../text/query-words';

const skill = (id: string, name: string, aliases: string[] = []): SkillRecord => ({
  id,
  name,
  aliases,
  category: null,
  escoUri: null,
});

const CATALOGUE = [
  skill('aanbesteden', 'Aanbesteden', ['inkoop', 'Aanbestedingswet']),
  skill('informatiebeveiliging', 'Informatiebeveiliging', ['BIO', 'ISMS']),
  skill('vroegsignalering', 'Vroegsignalering van schulden', ['vroegsignalering']),
  skill('beschut-werk', 'Beschut werk en sociale werkvoorziening', ['Wsw']),
  skill('wmo-2015', 'Wmo 2015', ['Wet maatschappelijke ondersteuning']),
];

const matched = (query: string): Array<[string, number]> =>
  matchSkills(CATALOGUE, queryWords(query)).map(({ skill: { id }, relevance }) => [id, relevance]);

describe('matchSkills', () => {
  it('matches a name through Dutch stemming', () => {
    expect(matched('aanbestedingen')).toEqual([['aanbesteden', 1]]);
  });

  it('matches an alias, whatever its case', () => {
    expect(matched('bio')).toEqual([['informatiebeveiliging', 1]]);
    expect(matched('Wet Maatschappelijke Ondersteuning')).toEqual([['wmo-2015', 1]]);
  });

  it('needs at least half of a label’s words, stop words left out', () => {
    expect(matched('schulden')).toEqual([['vroegsignalering', 0.5]]);
    expect(matched('werk')).toEqual([]);
    expect(matched('beschut werk')).toEqual([['beschut-werk', 0.5]]);
  });

  it('orders by relevance, then name', () => {
    expect(matched('schulden aanbesteding bio')).toEqual([
      ['aanbesteden', 1],
      ['informatiebeveiliging', 1],
      ['vroegsignalering', 0.5],
    ]);
  });

  it('matches nothing without words', () => {
    expect(matchSkills(CATALOGUE, [])).toEqual([]);
    expect(matched('van de')).toEqual([]);
  });
});
