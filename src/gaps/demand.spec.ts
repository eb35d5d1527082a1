import { ChallengeStatus } from '../challenges/challenge-status';
import { bySeverity, challengeWeight, demandPerSkill, severity } from './demand';
import { type DemandChallenge } from './skill-gaps.records';

const NOW = new Date('2026-12-04T00:00:00.000Z');
const yearsAgo = (years: number): Date =>
  new Date(NOW.getTime() - years * 365.25 * 24 * 3600 * 1000);

const challenge = (overrides: Partial<DemandChallenge> = {}): DemandChallenge => ({
  id: 'c1',
  status: ChallengeStatus.OPEN,
  theme: null,
  municipalityCode: 'GM0855',
  createdAt: NOW,
  requiredSkillIds: ['wmo'],
  ...overrides,
});

describe('challengeWeight', () => {
  it('weighs an open challenge of today 1, in progress 0.75, solved 0.25', () => {
    expect(challengeWeight(challenge(), NOW)).toBe(1);
    expect(challengeWeight(challenge({ status: ChallengeStatus.IN_PROGRESS }), NOW)).toBe(0.75);
    expect(challengeWeight(challenge({ status: ChallengeStatus.SOLVED }), NOW)).toBe(0.25);
  });

  it('halves the weight every two years, and never counts a future date as more than today', () => {
    expect(challengeWeight(challenge({ createdAt: yearsAgo(2) }), NOW)).toBeCloseTo(0.5, 10);
    expect(challengeWeight(challenge({ createdAt: yearsAgo(4) }), NOW)).toBeCloseTo(0.25, 10);
    expect(challengeWeight(challenge({ createdAt: yearsAgo(-1) }), NOW)).toBe(1);
  });

  it('keeps the same weight all day, so the severities of a report stay put between pages', () => {
    const old = challenge({ createdAt: yearsAgo(3) });
    const morning = challengeWeight(old, new Date('2026-12-04T00:00:01.000Z'));
    expect(challengeWeight(old, new Date('2026-12-04T23:59:59.000Z'))).toBe(morning);
    expect(challengeWeight(old, new Date('2026-12-05T00:00:01.000Z'))).toBeLessThan(morning);
  });
});

describe('demandPerSkill', () => {
  it('sums the weights per required skill and lists the challenges that need it', () => {
    const demand = demandPerSkill(
      [
        challenge({ id: 'b', requiredSkillIds: ['wmo', 'jeugdwet'] }),
        challenge({ id: 'a', status: ChallengeStatus.IN_PROGRESS, requiredSkillIds: ['wmo'] }),
      ],
      NOW,
    );
    expect(demand.get('wmo')).toEqual({ skillId: 'wmo', challengeIds: ['a', 'b'], weighted: 1.75 });
    expect(demand.get('jeugdwet')).toEqual({
      skillId: 'jeugdwet',
      challengeIds: ['b'],
      weighted: 1,
    });
    expect(demand.size).toBe(2);
  });
});

describe('severity and its order', () => {
  it('ranks demand nobody can meet first, then demand few can meet, then well-covered skills', () => {
    const gaps = [
      { skillId: 'covered', severity: severity(3, 9) },
      { skillId: 'nobody', severity: severity(1, 0) },
      { skillId: 'few', severity: severity(1, 1) },
      { skillId: 'also-nobody', severity: severity(1, 0) },
    ];
    expect([...gaps].sort(bySeverity).map((gap) => gap.skillId)).toEqual([
      'also-nobody',
      'nobody',
      'few',
      'covered',
    ]);
  });

  it('grows with demand and shrinks with the available people', () => {
    expect(severity(2, 0)).toBeGreaterThan(severity(1, 0));
    expect(severity(2, 3)).toBeLessThan(severity(2, 1));
    expect(severity(0, 0)).toBe(0);
  });
});
