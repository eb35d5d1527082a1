import * as path from 'node:path';
import { projectRoot } from '../../../src/common/project-root';
import { readSeFiles } from './se-files';
import { validationSplit } from './se-validation';

describe('validationSplit', () => {
  const dir = path.join(projectRoot(), 'test', 'fixtures', 'expert-eval');

  it.each(['beer_stackexchange_2017', 'quantumcomputing_stackexchange_2018'])(
    '%s: uses only what came before the real cutoff, and no test question',
    (folder) => {
      const files = readSeFiles(path.join(dir, folder));
      const sut = validationSplit(files);
      const answers = new Map(files.answers.map((a) => [a.answerId, a]));
      const questions = new Map(files.questions.map((q) => [q.questionId, q]));
      const test = new Set(files.split.testQuestionIds);

      expect(sut.split.cutoff < files.split.cutoff).toBe(true);
      expect(sut.split.trainAnswerIds.length).toBeGreaterThan(100);
      expect(sut.split.testQuestionIds.length).toBeGreaterThanOrEqual(30);
      for (const id of sut.split.trainAnswerIds) {
        expect((answers.get(id)?.created ?? '9') < sut.split.cutoff).toBe(true);
      }
      for (const id of sut.split.testQuestionIds) {
        expect(test.has(id)).toBe(false);
        const question = questions.get(id);
        expect(question && question.created >= sut.split.cutoff).toBe(true);
        expect(question && question.created < files.split.cutoff).toBe(true);
        const accepted = answers.get(question?.acceptedAnswerId ?? -1);
        expect(accepted && accepted.created < files.split.cutoff).toBe(true);
        expect(sut.split.candidateUserIds).toContain(sut.acceptedAnswerer.get(id));
      }
    },
  );
});
