import { type DemoExperience, type DemoPerson } from '../../../src/seed/demo/types';
import { gradeOf, judgeQuery, type JudgeWorld } from './synthetic-judge';
import { type PlantedQuery } from './synthetic-world';

function person(id: string, overrides: Partial<DemoPerson> = {}): DemoPerson {
  return {
    id,
    name: id,
    email: `${id}@eval.example.nl`,
    title: 't',
    bio: 'b',
    availability: 'AVAILABLE',
    visibility: 'NETWORK',
    municipalityCode: 'GM0002',
    department: 'd',
    since: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function worked(
  personId: string,
  challengeId: string,
  role: DemoExperience['role'],
  outcome: DemoExperience['outcome'],
): DemoExperience {
  return { personId, challengeId, role, outcome, year: 2020, lessonsLearned: null };
}

const challenge = (id: string, familyId: string) => ({
  id,
  title: id,
  description: id,
  theme: 'ict',
  status: 'SOLVED' as const,
  municipalityCode: 'GM0002',
  createdAt: '2024-01-01T00:00:00.000Z',
  familyId,
});

const world: JudgeWorld = {
  people: [
    person('asker', { municipalityCode: 'GM0001' }),
    person('lead'),
    person('member'),
    person('partial-lead'),
    person('failed'),
    person('neighbour', { municipalityCode: 'GM0001' }),
    person('hidden', { visibility: 'MUNICIPALITY' }),
    person('partner', { visibility: 'COLLABORATIONS', municipalityCode: 'GM0003' }),
    person('stranger', { visibility: 'COLLABORATIONS', municipalityCode: 'GM0004' }),
    person('away', { availability: 'UNAVAILABLE' }),
    person('twin'),
  ],
  challenges: [challenge('c1', 'fam'), challenge('c2', 'fam'), challenge('c3', 'other')],
  experiences: [
    worked('lead', 'c1', 'LEAD', 'SOLVED'),
    worked('lead', 'c2', 'MEMBER', 'PARTIAL'),
    worked('member', 'c1', 'MEMBER', 'SOLVED'),
    worked('partial-lead', 'c2', 'LEAD', 'PARTIAL'),
    worked('failed', 'c2', 'LEAD', 'FAILED'),
    worked('neighbour', 'c1', 'LEAD', 'SOLVED'),
    worked('hidden', 'c1', 'LEAD', 'SOLVED'),
    worked('partner', 'c1', 'LEAD', 'SOLVED'),
    worked('stranger', 'c1', 'LEAD', 'SOLVED'),
    worked('away', 'c1', 'LEAD', 'SOLVED'),
    worked('twin', 'c3', 'LEAD', 'SOLVED'),
  ],
  collaborationsOf: new Map([
    ['GM0001', ['region-a']],
    ['GM0003', ['region-a', 'region-b']],
    ['GM0004', ['region-c']],
  ]),
};

const query: PlantedQuery = {
  id: 'fam#1',
  familyId: 'fam',
  askerId: 'asker',
  municipalityCode: 'GM0001',
  description: 'd',
  skillIds: [],
  probe: false,
  lookAlikeOf: null,
};

describe('judgeQuery', () => {
  const sut = judgeQuery(world, query);

  it('grades leads that solved 2, partial and member work 1, the rest nothing', () => {
    expect(Object.fromEntries(sut.relevant)).toEqual({
      lead: 2,
      member: 1,
      'partial-lead': 1,
      partner: 2,
    });
  });

  it('forbids the asker, the asking municipality and people whose visibility does not reach it', () => {
    expect(Object.fromEntries(sut.forbidden)).toEqual({
      asker: 'asker',
      neighbour: 'own-municipality',
      hidden: 'not-visible',
      stranger: 'not-visible',
    });
  });

  it('names the traps: people who solved the problem but must not appear or are away', () => {
    expect([...sut.traps].sort()).toEqual(['away', 'hidden', 'neighbour', 'stranger']);
  });

  it('lists unavailable people and gives them no grade', () => {
    expect([...sut.unavailable]).toEqual(['away']);
    expect(sut.relevant.has('away')).toBe(false);
  });

  it('names no look-alike solvers for a query without a sibling family', () => {
    expect(sut.lookAlikeSolvers.size).toBe(0);
  });

  it("names the solvers of a look-alike query's sibling family, and gives them no grade", () => {
    const lookAlikeWorld: JudgeWorld = {
      ...world,
      people: [...world.people, person('sib-lead'), person('sib-member'), person('sib-failed')],
      challenges: [...world.challenges, challenge('c4', 'sibling')],
      experiences: [
        ...world.experiences,
        worked('sib-lead', 'c4', 'LEAD', 'SOLVED'),
        worked('sib-member', 'c4', 'MEMBER', 'PARTIAL'),
        worked('sib-failed', 'c4', 'LEAD', 'FAILED'),
        // Solved both problems: relevant, so not a look-alike.
        worked('lead', 'c4', 'LEAD', 'SOLVED'),
      ],
    };
    const judged = judgeQuery(lookAlikeWorld, { ...query, lookAlikeOf: 'sibling' });
    expect([...judged.lookAlikeSolvers].sort()).toEqual(['sib-lead', 'sib-member']);
    expect(Object.fromEntries(judged.relevant)).toEqual(Object.fromEntries(sut.relevant));
  });

  it('grades by role and outcome', () => {
    expect(gradeOf({ role: 'LEAD', outcome: 'SOLVED' })).toBe(2);
    expect(gradeOf({ role: 'LEAD', outcome: 'PARTIAL' })).toBe(1);
    expect(gradeOf({ role: 'MEMBER', outcome: 'SOLVED' })).toBe(1);
    expect(gradeOf({ role: 'MEMBER', outcome: 'ONGOING' })).toBe(0);
    expect(gradeOf({ role: 'LEAD', outcome: 'FAILED' })).toBe(0);
    expect(gradeOf({ role: 'ADVISOR', outcome: 'SOLVED' })).toBe(0);
  });
});
