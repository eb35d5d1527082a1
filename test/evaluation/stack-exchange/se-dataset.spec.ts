import * as path from 'node:path';
import { projectRoot } from '../../../src/common/project-root';
import { buildSeDataset, SE_ASKING_MUNICIPALITY, SE_PEOPLE_MUNICIPALITY } from './se-dataset';
import { readSeFiles, type SeAnswer, type SeFiles, type SeQuestion } from './se-files';

function question(id: number, created: string, tags: string[]): SeQuestion {
  return {
    questionId: id,
    created,
    title: `Question ${id}`,
    bodyText: `Body of question ${id}`,
    tags,
    askerUserId: '99',
    acceptedAnswerId: null,
    url: `https://example.stackexchange.com/q/${id}`,
  };
}

function answer(
  id: number,
  questionId: number,
  userId: string,
  created: string,
  isAccepted: boolean,
): SeAnswer {
  return {
    answerId: id,
    questionId,
    created,
    userId,
    bodyText: `Answer ${id} to question ${questionId}`,
    isAccepted,
    url: `https://example.stackexchange.com/a/${id}`,
  };
}

const files: SeFiles = {
  directory: 'tiny',
  site: 'example.stackexchange.com',
  questions: [
    question(1, '2014-01-01T10:00:00.000', ['hops', 'c#']),
    question(2, '2014-02-01T10:00:00.000', ['hops']),
    question(3, '2015-03-01T10:00:00.000', ['hops', 'unknown-tag']),
  ],
  answers: [
    answer(10, 1, 'a', '2014-01-02T10:00:00.000', true),
    answer(11, 1, 'b', '2014-01-03T10:00:00.000', false),
    answer(12, 2, 'a', '2014-02-02T10:00:00.000', false),
    answer(13, 2, 'a', '2014-02-03T10:00:00.000', true),
    answer(14, 3, 'a', '2015-03-02T10:00:00.000', true), // after the cutoff: never in the graph
  ],
  acceptedAnswerer: new Map([[3, 'a']]),
  split: {
    cutoff: '2015-01-01T00:00:00',
    trainAnswerIds: [10, 11, 12, 13],
    candidateUserIds: ['a', 'b'],
    testQuestionIds: [3],
  },
  baselines: [{ key: 'tfidf_doc_sum', mrr: 0.4, p1: 0.3, ndcg10: 0.5, r10: 0.7 }],
};

describe('buildSeDataset', () => {
  const sut = buildSeDataset(files, { name: 'tiny', title: 'Tiny' });

  it('puts only the training answers and their questions in the graph', () => {
    expect(sut.graph.challenges.map((c) => c.id)).toEqual(['se-tiny-q-1', 'se-tiny-q-2']);
    expect(sut.graph.challenges[0]).toMatchObject({
      title: 'Question 1',
      description: 'Body of question 1',
      status: 'SOLVED',
      municipalityCode: SE_PEOPLE_MUNICIPALITY,
      createdAt: '2014-01-01T10:00:00.000Z',
    });
  });

  it('turns the accepted answer into LEAD/SOLVED and others into MEMBER/PARTIAL, one per person and question, with the answer as lessons', () => {
    expect(sut.graph.experiences).toEqual([
      {
        personId: 'se-tiny-user-a',
        challengeId: 'se-tiny-q-1',
        role: 'LEAD',
        outcome: 'SOLVED',
        year: 2014,
        lessonsLearned: 'Answer 10 to question 1',
      },
      {
        personId: 'se-tiny-user-b',
        challengeId: 'se-tiny-q-1',
        role: 'MEMBER',
        outcome: 'PARTIAL',
        year: 2014,
        lessonsLearned: 'Answer 11 to question 1',
      },
      {
        personId: 'se-tiny-user-a',
        challengeId: 'se-tiny-q-2',
        role: 'LEAD',
        outcome: 'SOLVED',
        year: 2014,
        lessonsLearned: 'Answer 13 to question 2',
      },
    ]);
  });

  it('makes every answerer a visible, available person in one municipality', () => {
    expect(
      sut.graph.people.map((p) => [p.id, p.visibility, p.availability, p.municipalityCode]),
    ).toEqual([
      ['se-tiny-user-a', 'NETWORK', 'AVAILABLE', SE_PEOPLE_MUNICIPALITY],
      ['se-tiny-user-b', 'NETWORK', 'AVAILABLE', SE_PEOPLE_MUNICIPALITY],
    ]);
  });

  it('turns tags into skill slugs, required by the challenges and held by who answered them', () => {
    expect(sut.graph.skills.map((s) => [s.id, s.aliases])).toEqual([
      ['c', ['c#']],
      ['hops', ['hops']],
    ]);
    expect(
      sut.graph.challengeSkills
        .filter((s) => s.challengeId === 'se-tiny-q-1')
        .map((s) => s.skillId),
    ).toEqual(['hops', 'c']);
    // a answered two hops questions (two answers on one of them count once): level 1 + log2(2)
    expect(sut.graph.personSkills).toEqual([
      { personId: 'se-tiny-user-a', skillId: 'hops', level: 2 },
      { personId: 'se-tiny-user-a', skillId: 'c', level: 1 },
      { personId: 'se-tiny-user-b', skillId: 'hops', level: 1 },
      { personId: 'se-tiny-user-b', skillId: 'c', level: 1 },
    ]);
  });

  it('asks each test question from an empty municipality, with its known tags, judged by the accepted answerer', () => {
    expect(sut.queries).toHaveLength(1);
    const [query] = sut.queries;
    expect(query.request).toEqual({
      description: 'Question 3\n\nBody of question 3',
      skillIds: ['hops'],
      municipalityCode: SE_ASKING_MUNICIPALITY,
      includeOwnMunicipality: false,
      first: 50,
    });
    expect([...query.relevant]).toEqual([['se-tiny-user-a', 1]]);
    expect(query.forbidden.size).toBe(0);
    expect(sut.referenceYear).toBe(2015);
    expect(sut.baselines).toEqual([
      {
        name: 'baseline: TF-IDF, summed over answers',
        metrics: { mrr: 0.4, p1: 0.3, ndcg10: 0.5, r10: 0.7 },
      },
    ]);
  });

  it('refuses a training answer from after the cutoff', () => {
    const broken = { ...files, split: { ...files.split, trainAnswerIds: [10, 14] } };
    expect(() => buildSeDataset(broken, { name: 'tiny', title: 'Tiny' })).toThrow(
      /not before the cutoff/,
    );
  });
});

describe('the Stack Exchange fixtures', () => {
  const dir = path.join(projectRoot(), 'test', 'fixtures', 'expert-eval');

  it.each([
    ['beer_stackexchange_2017', 63, 242, 705],
    ['quantumcomputing_stackexchange_2018', 103, 118, 637],
  ])(
    '%s has the README sizes: %i queries, %i candidates, %i training answers',
    (folder, queries, candidates, answers) => {
      const files = readSeFiles(path.join(dir, folder));
      expect(files.split.trainAnswerIds).toHaveLength(answers);
      const sut = buildSeDataset(files, { name: 'x', title: 'x' });
      expect(sut.queries).toHaveLength(queries);
      expect(sut.graph.people).toHaveLength(candidates);
      expect(sut.baselines).toHaveLength(5);
      expect(sut.graph.challenges.every((c) => c.description.length <= 5000)).toBe(true);
    },
  );
});
