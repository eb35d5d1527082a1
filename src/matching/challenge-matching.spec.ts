import { type ChallengeContext } from './matching.records';
import { matchedChallenges, mostRequiring } from './challenge-matching';

const challenge = (id: string, requiredSkillIds: string[] = []): ChallengeContext => ({
  id,
  title: id,
  description: '',
  theme: null,
  municipalityCode: 'GM0001',
  municipalityName: 'Eerstestad',
  requiredSkillIds,
});

describe('matchedChallenges', () => {
  const settings = { skillShare: 0.6, minSimilarity: 0.05 };
  const rarity = new Map([['jeugdwet', 2]]);

  it('mixes text with required skills, and keeps challenges found by skills alone', () => {
    const sut = matchedChallenges(
      [
        { challenge: challenge('text-only'), text: 1 },
        { challenge: challenge('both', ['jeugdwet']), text: 0.5 },
        { challenge: challenge('skills-only', ['jeugdwet']), text: 0 },
      ],
      rarity,
      settings,
    );
    expect([...sut].map(([id, match]) => [id, Number(match.similarity.toFixed(2))])).toEqual([
      ['text-only', 0.4],
      ['both', 0.8],
      ['skills-only', 0.6],
    ]);
  });

  it('uses text alone when no skills are wanted, and drops what is below minSimilarity', () => {
    const sut = matchedChallenges(
      [
        { challenge: challenge('a'), text: 1 },
        { challenge: challenge('b'), text: 0.04 },
        { challenge: challenge('c'), text: 0 },
      ],
      new Map(),
      settings,
    );
    expect([...sut.keys()]).toEqual(['a']);
    expect(sut.get('a')?.similarity).toBe(1);
  });
});

describe('mostRequiring', () => {
  it('ranks challenges by the rarity of the wanted skills they require, ties by id', () => {
    const rarity = new Map([
      ['rare', 3],
      ['common', 1],
    ]);
    const sut = mostRequiring(
      [
        { challengeId: 'c', skillId: 'common' },
        { challengeId: 'b', skillId: 'rare' },
        { challengeId: 'a', skillId: 'rare' },
        { challengeId: 'a', skillId: 'common' },
        { challengeId: 'd', skillId: 'common' },
      ],
      rarity,
      3,
    );
    expect(sut).toEqual(['a', 'b', 'c']);
  });
});
