import { type SeFiles, type SeSplit } from './se-files';

/**
 * A validation split inside the training period, for tuning without touching the test
 * questions: the same rule as split_temporal.json, one step earlier. Its cutoff is the moment
 * of the median training answer; the graph holds the training answers before it, and the
 * queries are the questions between it and the real cutoff whose accepted answer (also before
 * the real cutoff) is by someone who answered before the validation cutoff and is not the asker.
 * Nothing from on or after the real cutoff is used.
 */
export function validationSplit(files: SeFiles): SeFiles {
  const { split } = files;
  const trainIds = new Set(split.trainAnswerIds);
  const train = files.answers.filter((a) => trainIds.has(a.answerId));
  const times = train.map((a) => a.created).sort();
  const cutoff = times[Math.floor(times.length / 2)];
  const early = train.filter((a) => a.created < cutoff);
  const candidates = new Set(early.flatMap((a) => (a.userId === null ? [] : [a.userId])));
  const answersById = new Map(train.map((a) => [a.answerId, a]));

  const queries = files.questions.filter((q) => {
    if (!(q.created >= cutoff && q.created < split.cutoff) || q.acceptedAnswerId === null) {
      return false;
    }
    const accepted = answersById.get(q.acceptedAnswerId);
    return (
      accepted !== undefined &&
      accepted.userId !== null &&
      candidates.has(accepted.userId) &&
      accepted.userId !== q.askerUserId
    );
  });
  const validation: SeSplit = {
    cutoff,
    trainAnswerIds: early.map((a) => a.answerId),
    candidateUserIds: [...candidates].sort(),
    testQuestionIds: queries.map((q) => q.questionId),
  };
  // The judgements of the validation queries come from their accepted answers themselves.
  const acceptedAnswerer = new Map(
    queries.map((q) => [
      q.questionId,
      answersById.get(q.acceptedAnswerId as number)?.userId as string,
    ]),
  );
  return { ...files, split: validation, acceptedAnswerer };
}
