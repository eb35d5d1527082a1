import { type ChallengeContext } from './matching.records';
import { matchedChallenges, mostRequiring } from './challenge-matching';

const challenge = (
  id: string,
  requiredSkillIds: string[] = [],
  theme: string | null = null,
): ChallengeContext => ({
  id,
  title: id,
  description: '',
  theme,
  municipalityCode: 'GM0001',
  municipalityName: 'Eerstestad',
  requiredSkillIds,
});

describe('matchedChallenges', () => {
  const settings = { skillShare: 0.6, minSimilarity: 0.05, feedbackChallenges: 0, topicPenalty: 0 };
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

  it('completes the wanted skills with those the most similar challenges require', () => {
    // "best" requires jeugdwet and budget, so budget joins the wanted skills at half the
    // average rarity: a challenge requiring budget gains, one requiring only jeugdwet loses.
    const found = [
      { challenge: challenge('best', ['budget', 'jeugdwet']), text: 1 },
      { challenge: challenge('budget-too', ['budget', 'jeugdwet']), text: 0 },
      { challenge: challenge('jeugdwet-only', ['jeugdwet']), text: 0 },
    ];
    const similarity = (feedbackChallenges: number): Record<string, number> =>
      Object.fromEntries(
        [...matchedChallenges(found, rarity, { ...settings, feedbackChallenges })].map(
          ([id, match]) => [id, Number(match.similarity.toFixed(3))],
        ),
      );
    // Without feedback: overlap jeugdwet 2 / (2 + 2 for budget) = 0.5 for both; only 1 for jeugdwet-only.
    expect(similarity(0)).toEqual({ best: 0.7, 'budget-too': 0.3, 'jeugdwet-only': 0.6 });
    // With "best" as feedback, budget weighs 0.5 × 2 × 1/1 = 1: overlap 3 / 3 = 1 for both, 2 / 3 for jeugdwet-only.
    expect(similarity(1)).toEqual({ best: 1, 'budget-too': 0.6, 'jeugdwet-only': 0.4 });
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

  describe('topic', () => {
    // Two problems told in the same words: "inkoop" of youth care and of ICT.
    const found = [
      { challenge: challenge('inkoop-jeugdzorg', ['jeugdwet'], 'sociaal-domein'), text: 0.9 },
      { challenge: challenge('inkoop-ict', ['cloud'], 'ict'), text: 1 },
      { challenge: challenge('inkoop-zonder-thema', ['cloud']), text: 1 },
    ];
    const settings = {
      skillShare: 0.6,
      minSimilarity: 0.05,
      feedbackChallenges: 0,
      topicPenalty: 0,
    };
    const onTopic = { ...settings, topicPenalty: 0.5 };
    const rarity = new Map([['jeugdwet', 2]]);

    it('halves the similarity of a challenge of another theme that needs none of the wanted skills', () => {
      const sut = matchedChallenges(found, rarity, onTopic, 'sociaal-domein');
      expect(sut.get('inkoop-ict')?.similarity).toBeCloseTo(0.2);
      expect(sut.get('inkoop-jeugdzorg')?.similarity).toBeCloseTo(0.96);
      // Without a theme a challenge cannot be told off topic.
      expect(sut.get('inkoop-zonder-thema')?.similarity).toBeCloseTo(0.4);
    });

    it('keeps a challenge of another theme that requires a wanted skill', () => {
      const sut = matchedChallenges(found, new Map([['cloud', 2]]), onTopic, 'sociaal-domein');
      expect(sut.get('inkoop-ict')?.similarity).toBeCloseTo(1);
    });

    it('takes the theme of a description from the similar challenges that need a wanted skill', () => {
      // "c" matches the words best, but only "a" and "b" need the wanted skill.
      const described = [
        { challenge: challenge('a', ['jeugdwet'], 'sociaal-domein'), text: 0.5 },
        { challenge: challenge('b', ['jeugdwet'], 'sociaal-domein'), text: 0.4 },
        { challenge: challenge('c', [], 'ict'), text: 1 },
      ];
      const sut = matchedChallenges(described, rarity, onTopic);
      expect(sut.get('c')?.similarity).toBeCloseTo(0.2);
      // Without wanted skills the words cannot tell the topic: no penalty.
      expect(matchedChallenges(described, new Map(), onTopic).get('c')?.similarity).toBe(1);
    });

    it('changes nothing with the penalty off or no theme asked', () => {
      expect(
        matchedChallenges(found, rarity, settings, 'sociaal-domein').get('inkoop-ict')?.similarity,
      ).toBeCloseTo(0.4);
      const untold = [{ challenge: challenge('x', [], 'ict'), text: 1 }];
      expect(matchedChallenges(untold, new Map(), onTopic).get('x')?.similarity).toBeCloseTo(1);
    });
  });
});
