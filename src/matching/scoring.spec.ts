import { NO_FEEDBACK } from './expert-feedback.repository';
import { ExperienceRole, Outcome } from '../experiences/experience-role';
import { Availability } from '../people/models/availability.enum';
import {
  availabilityFactor,
  challengeSimilarity,
  dominantTheme,
  experienceQuality,
  documentEvidence,
  documentRelevance,
  feedbackFactor,
  feedbackSkills,
  inverseFrequency,
  likenessSignal,
  loadFactor,
  reachabilitySignal,
  recency,
  requirementOverlap,
  scaleByMax,
  sizeClass,
  skillSignal,
  textSimilarities,
  themeSignal,
  weightedScore,
} from './scoring';
import { DEFAULT_WEIGHTS, onlySignal } from './scoring-weights';

describe('scoring', () => {
  describe('experience quality', () => {
    it('ranks roles lead > member > advisor and outcomes solved > partial > ongoing > failed', () => {
      const quality = (role: ExperienceRole, outcome: Outcome): number =>
        experienceQuality({ role, outcome, year: 2025 }, 2025);
      expect(quality(ExperienceRole.LEAD, Outcome.SOLVED)).toBe(1);
      expect(quality(ExperienceRole.LEAD, Outcome.SOLVED)).toBeGreaterThan(
        quality(ExperienceRole.MEMBER, Outcome.SOLVED),
      );
      expect(quality(ExperienceRole.MEMBER, Outcome.SOLVED)).toBeGreaterThan(
        quality(ExperienceRole.ADVISOR, Outcome.SOLVED),
      );
      const outcomes = [Outcome.SOLVED, Outcome.PARTIAL, Outcome.ONGOING, Outcome.FAILED].map(
        (outcome) => quality(ExperienceRole.LEAD, outcome),
      );
      expect([...outcomes].sort((a, b) => b - a)).toEqual(outcomes);
      expect(outcomes[3]).toBeGreaterThan(0);
    });

    it('prefers recent work, down to half for old work, and takes 0.7 for an unknown year', () => {
      expect(recency(2025, 2025)).toBe(1);
      expect(recency(2026, 2025)).toBe(1);
      expect(recency(2022, 2025)).toBeCloseTo(0.7);
      expect(recency(2001, 2025)).toBe(0.5);
      expect(recency(null, 2025)).toBe(0.7);
    });

    it('sums the best documents, so several similar solved challenges beat one', () => {
      expect(documentEvidence([0.9], 3)).toBeCloseTo(0.9);
      expect(documentEvidence([0.5, 0.9], 3)).toBeCloseTo(1.4);
      expect(documentEvidence([], 3)).toBe(0);
    });

    it('counts only the best documents: a long tail of loose matches does not outweigh them', () => {
      const focused = documentEvidence([0.9, 0.8], 3);
      const scattered = documentEvidence([0.4, 0.4, 0.4, 0.4, 0.4, 0.4], 3);
      expect(focused).toBeGreaterThan(scattered);
      expect(documentEvidence([0.4, 0.4, 0.4, 0.4, 0.4, 0.4], Infinity)).toBeGreaterThan(focused);
    });

    it('adds what the lessons say to the challenge similarity, never taking from it', () => {
      expect(documentRelevance(0.6, 0, 0.5)).toBeCloseTo(0.6);
      expect(documentRelevance(0.6, 1, 0.5)).toBeCloseTo(1.1);
      expect(documentRelevance(0, 0.8, 0.5)).toBeCloseTo(0.4);
    });

    it('scales sums to 0..1 by the largest', () => {
      const sut = scaleByMax(
        new Map([
          ['a', 2],
          ['b', 1],
          ['c', 0],
        ]),
      );
      expect([...sut]).toEqual([
        ['a', 1],
        ['b', 0.5],
        ['c', 0],
      ]);
      expect([...scaleByMax(new Map([['a', 0]]))]).toEqual([['a', 0]]);
    });
  });

  describe('challenge similarity', () => {
    it('scales text relevance by the best match of the query', () => {
      const sut = textSimilarities([
        { challengeId: 'a', score: 4 },
        { challengeId: 'b', score: 1 },
      ]);
      expect([...sut]).toEqual([
        ['a', 1],
        ['b', 0.25],
      ]);
      expect(textSimilarities([]).size).toBe(0);
    });

    it('measures required-skill overlap by rarity, unwanted requirements counting as average', () => {
      const rarity = new Map([
        ['rare', 3],
        ['common', 1],
      ]);
      expect(requirementOverlap(rarity, ['rare', 'common'])).toBe(1);
      expect(requirementOverlap(rarity, ['rare'])).toBeCloseTo(3 / 4);
      expect(requirementOverlap(rarity, ['common'])).toBeCloseTo(1 / 4);
      // "other" is not wanted: it adds the average weight (2) to the union.
      expect(requirementOverlap(rarity, ['rare', 'other'])).toBeCloseTo(3 / 6);
      expect(requirementOverlap(rarity, [])).toBe(0);
      expect(requirementOverlap(new Map(), ['rare'])).toBe(0);
    });

    it('adds the skills the most similar challenges require, weighted by how many require them', () => {
      const rarity = new Map([
        ['asked', 3],
        ['also-asked', 1],
      ]);
      // Average wanted rarity 2; 'both' is required by 2 of 2 challenges, 'once' by 1 of 2.
      const sut = feedbackSkills(rarity, [
        ['asked', 'both', 'once'],
        ['both', 'both'],
      ]);
      expect([...sut]).toEqual([
        ['asked', 3],
        ['also-asked', 1],
        ['both', 0.5 * 2 * 1],
        ['once', 0.5 * 2 * 0.5],
      ]);
      expect([...feedbackSkills(rarity, [])]).toEqual([...rarity]);
      expect([...feedbackSkills(new Map(), [['x']])]).toEqual([]);
    });

    it('mixes text and skills only when skills are wanted', () => {
      expect(challengeSimilarity(1, 0, 0.6, true)).toBeCloseTo(0.4);
      expect(challengeSimilarity(0, 1, 0.6, true)).toBeCloseTo(0.6);
      expect(challengeSimilarity(0.5, 0, 0.6, false)).toBe(0.5);
    });
  });

  describe('skills', () => {
    it('gives rare skills more weight than common ones', () => {
      expect(inverseFrequency(1, 1000)).toBeGreaterThan(inverseFrequency(500, 1000));
      expect(inverseFrequency(1000, 1000)).toBe(1);
    });

    it('is the rarity-weighted share of wanted skills held, counted by level', () => {
      const rarity = new Map([
        ['a', 3],
        ['b', 1],
      ]);
      expect(skillSignal(rarity, new Map([['a', 5]]))).toBeCloseTo(3 / 4);
      expect(skillSignal(rarity, new Map([['b', 5]]))).toBeCloseTo(1 / 4);
      expect(
        skillSignal(
          rarity,
          new Map([
            ['a', 5],
            ['b', 5],
          ]),
        ),
      ).toBe(1);
      expect(skillSignal(rarity, new Map([['a', 1]]))).toBeCloseTo(3 / 4 / 5);
      expect(skillSignal(new Map(), new Map([['a', 5]]))).toBe(0);
    });
  });

  describe('theme', () => {
    it('grows with earlier challenges of the theme, towards 1', () => {
      expect(themeSignal([], 'ict')).toBe(0);
      expect(themeSignal(['ict'], 'ict')).toBe(0.5);
      expect(themeSignal(['ict', 'ict', 'omgeving'], 'ict')).toBe(0.75);
      expect(themeSignal(['ict'], null)).toBe(0);
    });

    it('gives a description the theme its matches add up to most', () => {
      const match = (theme: string | null, similarity: number) => ({
        challenge: { theme },
        similarity,
      });
      expect(
        dominantTheme([match('ict', 0.9), match('omgeving', 0.5), match('omgeving', 0.5)]),
      ).toBe('omgeving');
      expect(dominantTheme([match('b', 0.5), match('a', 0.5)])).toBe('a');
      expect(dominantTheme([match(null, 1)])).toBeNull();
    });
  });

  describe('likeness', () => {
    const asking = { code: 'GM0001', population: 30_000, collaborationIds: ['VR1'] };

    it('is 1 for the same municipality or a shared collaboration', () => {
      expect(likenessSignal(asking, asking)).toBe(1);
      expect(
        likenessSignal(asking, { code: 'GM0002', population: 900_000, collaborationIds: ['VR1'] }),
      ).toBe(1);
    });

    it('is 0.5 for the same CBS size class, else 0; 0 without an asking municipality', () => {
      const other = { code: 'GM0002', population: 45_000, collaborationIds: ['X'] };
      expect(likenessSignal(asking, other)).toBe(0.5);
      expect(likenessSignal(asking, { ...other, population: 60_000 })).toBe(0);
      expect(likenessSignal(null, other)).toBe(0);
    });

    it('uses the CBS size classes', () => {
      expect(
        [4_999, 5_000, 19_999, 20_000, 49_999, 50_000, 250_000, 900_000].map(sizeClass),
      ).toEqual([0, 1, 2, 3, 3, 4, 7, 7]);
    });
  });

  describe('reachability and availability', () => {
    it('falls with the length of the introduction path', () => {
      expect([1, 2, 3, 4, null].map(reachabilitySignal)).toEqual([1, 0.67, 0.33, 0, 0]);
    });

    it('discounts LIMITED people a little', () => {
      expect(availabilityFactor(Availability.AVAILABLE)).toBe(1);
      expect(availabilityFactor(Availability.LIMITED)).toBe(0.9);
      expect(availabilityFactor(Availability.UNAVAILABLE)).toBe(1);
    });
  });

  describe('weightedScore', () => {
    const signals = { experience: 1, skills: 0.5, theme: 0, likeness: 1, reachability: 0.33 };

    it('is the weighted sum of the signals', () => {
      expect(weightedScore(signals, DEFAULT_WEIGHTS)).toBeCloseTo(
        0.55 * 1 + 0.25 * 0.5 + 0.05 * 1 + 0.1 * 0.33,
      );
    });

    it('stays within 0..1 with weights that add up to 1', () => {
      const all = { experience: 1, skills: 1, theme: 1, likeness: 1, reachability: 1 };
      expect(weightedScore(all, DEFAULT_WEIGHTS)).toBeCloseTo(1);
    });

    it('is one signal alone under onlySignal', () => {
      expect(weightedScore(signals, onlySignal('skills'))).toBe(0.5);
    });
  });
});

describe('introduction feedback', () => {
  const none = NO_FEEDBACK;

  it('leaves a score alone without history, and moves it at most 10 % either way', () => {
    expect(feedbackFactor(none)).toBe(1);
    const best = { ...none, accepted: 1000, helpful: 1000, ratingSum: 5000, rated: 1000 };
    const worst = { ...none, declined: 1000, unhelpful: 1000, ratingSum: 1000, rated: 1000 };
    expect(feedbackFactor(best)).toBeGreaterThan(1.099);
    expect(feedbackFactor(best)).toBeLessThanOrEqual(1.1);
    expect(feedbackFactor(worst)).toBeLessThan(0.901);
    expect(feedbackFactor(worst)).toBeGreaterThanOrEqual(0.9);
  });

  it('lets one answer move little (smoothed from an even start)', () => {
    const oneDecline = feedbackFactor({ ...none, declined: 1 });
    expect(oneDecline).toBeLessThan(1);
    expect(oneDecline).toBeGreaterThan(0.98);
  });

  it('lowers a score in proportion to the requests waiting, to 0.6 at the cap and no further', () => {
    expect([0, 1, 5, 9].map((open) => loadFactor(open, 5))).toEqual([1, 0.92, 0.6, 0.6]);
  });
});
