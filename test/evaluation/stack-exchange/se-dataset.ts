import { skillIdFromName } from '../../../src/skills/skill-id';
import {
  type ImportExperience,
  type ImportPersonSkill,
} from '../../../src/seed/graph-import.repository';
import {
  type BaselineScore,
  type EvalDataset,
  type EvalGraph,
  type EvalQuery,
} from '../eval-types';
import { type SeAnswer, type SeFiles, type SeQuestion } from './se-files';

/**
 * Where the Stack Exchange people live. Everyone who answered before the cutoff works in one
 * municipality, and the queries are asked from another one where nobody works. So every
 * candidate is allowed and equally placed: the municipality-likeness signal is the same for
 * all and the spreading of results over municipalities has nothing to spread, which leaves
 * the ranking to text, skills and experience — the machinery these sets can test.
 */
export const SE_PEOPLE_MUNICIPALITY = 'GM0363'; // Amsterdam
export const SE_ASKING_MUNICIPALITY = 'GM0014'; // Groningen

/** Results asked per query (the API's maximum), so MRR sees the relevant person up to rank 50. */
export const SE_FIRST = 50;

// The API's limits for a challenge, a recommendation description and an experience's lessons.
const MAX_TITLE = 200;
const MAX_DESCRIPTION = 5000;
const MAX_LESSONS = 2000;

/** An answer's text as the lessons of its experience: what the expert wrote, cut at the API's limit. */
function lessonsOf(bodyText: string): string | null {
  const text = bodyText.trim();
  return text === '' ? null : text.slice(0, MAX_LESSONS);
}

/** The README's names for the baselines in baseline_results.json. */
const BASELINE_NAMES: Readonly<Record<string, string>> = {
  random: 'baseline: random',
  most_active_answerer: 'baseline: most active answerer',
  tag_overlap: 'baseline: tag overlap',
  tfidf_profile: 'baseline: TF-IDF, one profile per user',
  tfidf_doc_sum: 'baseline: TF-IDF, summed over answers',
};

export interface SeDatasetNames {
  /** Short name for tables ("beer"). */
  readonly name: string;
  readonly title: string;
}

/**
 * Turns one Stack Exchange set into an evaluation data set with its temporal split:
 *
 * - only the split's training answers (all created before the cutoff) and their questions
 *   enter the graph; a question becomes a challenge (title + body), its tags become skills the
 *   challenge REQUIRES;
 * - each answerer becomes a person: visible to everyone (NETWORK), AVAILABLE, with as skills
 *   the tags of the questions they answered before the cutoff (level 1 + log2 of how often,
 *   at most 5) — the profile a colleague would fill in;
 * - the accepted answer is WORKED_ON LEAD/SOLVED, any other answer MEMBER/PARTIAL, in the
 *   answer's year, with the answer's text as the experience's lessons (what the expert wrote);
 * - each test question is a query: title + body as the description, its tags that exist as
 *   skills as skillIds; the author of its accepted answer is the one relevant person.
 */
export function buildSeDataset(files: SeFiles, names: SeDatasetNames): EvalDataset {
  const { split } = files;
  const questionsById = new Map(files.questions.map((q) => [q.questionId, q]));
  const trainIds = new Set(split.trainAnswerIds);
  const train = files.answers.filter((a) => trainIds.has(a.answerId));
  if (train.length !== trainIds.size) {
    throw new Error(
      `${files.directory}: ${trainIds.size - train.length} training answers are missing from answers.jsonl`,
    );
  }
  const late = train.find((a) => !(a.created < split.cutoff));
  if (late)
    throw new Error(
      `${files.directory}: training answer ${late.answerId} is not before the cutoff ${split.cutoff}`,
    );
  const answered = train.filter(
    (a): a is SeAnswer & { userId: string } => a.userId !== null && questionsById.has(a.questionId),
  );
  const trainQuestions = unique(answered.map((a) => a.questionId)).map(
    (id) => questionsById.get(id) as SeQuestion,
  );

  const skillOf = skillIds(trainQuestions.flatMap((q) => q.tags));
  const personId = (userId: string): string => `se-${names.name}-user-${userId}`;
  const challengeId = (questionId: number): string => `se-${names.name}-q-${questionId}`;

  const experiences = new Map<string, ImportExperience>();
  for (const answer of answered) {
    const row: ImportExperience = {
      personId: personId(answer.userId),
      challengeId: challengeId(answer.questionId),
      role: answer.isAccepted ? 'LEAD' : 'MEMBER',
      outcome: answer.isAccepted ? 'SOLVED' : 'PARTIAL',
      year: Number(answer.created.slice(0, 4)),
      lessonsLearned: lessonsOf(answer.bodyText),
    };
    // One relationship per person and challenge: a user who answered twice keeps the better role.
    const key = `${row.personId}|${row.challengeId}`;
    const existing = experiences.get(key);
    if (!existing || (existing.role !== 'LEAD' && row.role === 'LEAD')) experiences.set(key, row);
  }

  const users = unique(answered.map((a) => a.userId));
  const firstAnswer = new Map<string, string>();
  for (const answer of answered) {
    const first = firstAnswer.get(answer.userId);
    if (!first || answer.created < first) firstAnswer.set(answer.userId, answer.created);
  }

  const graph: EvalGraph = {
    skills: [...skillOf].map(([tag, id]) => ({
      id,
      name: tag.replace(/-/g, ' '),
      aliases: [tag],
      category: null,
      escoUri: null,
    })),
    people: users.map((userId) => ({
      id: personId(userId),
      name: `${files.site} user ${userId}`,
      email: null,
      title: null,
      bio: null,
      availability: 'AVAILABLE',
      visibility: 'NETWORK',
      municipalityCode: SE_PEOPLE_MUNICIPALITY,
      department: null,
      since: null,
      createdAt: isoUtc(firstAnswer.get(userId) as string),
      updatedAt: isoUtc(firstAnswer.get(userId) as string),
    })),
    personSkills: personSkills(answered, questionsById, skillOf, personId),
    challenges: trainQuestions.map((q) => ({
      id: challengeId(q.questionId),
      title: q.title.slice(0, MAX_TITLE),
      description: (q.bodyText.trim() || q.title).slice(0, MAX_DESCRIPTION),
      theme: null,
      status: answered.some((a) => a.questionId === q.questionId && a.isAccepted)
        ? 'SOLVED'
        : 'IN_PROGRESS',
      municipalityCode: SE_PEOPLE_MUNICIPALITY,
      createdAt: isoUtc(q.created),
      updatedAt: isoUtc(q.created),
    })),
    challengeSkills: trainQuestions.flatMap((q) =>
      unique(q.tags).map((tag) => ({
        challengeId: challengeId(q.questionId),
        skillId: skillOf.get(tag) as string,
        // Every tag counts the same. (An all-null column would also make Kuzu type it STRING.)
        weight: 1,
      })),
    ),
    experiences: [...experiences.values()],
    acquaintances: [],
  };

  const candidates = new Set(split.candidateUserIds);
  const queries: EvalQuery[] = split.testQuestionIds.map((questionId) => {
    const question = questionsById.get(questionId);
    const accepted = files.acceptedAnswerer.get(questionId);
    if (!question || !accepted) {
      throw new Error(
        `${files.directory}: test question ${questionId} has no question or accepted answerer`,
      );
    }
    if (!candidates.has(accepted)) {
      throw new Error(
        `${files.directory}: the accepted answerer of ${questionId} is not a candidate`,
      );
    }
    return {
      id: `${names.name}-${questionId}`,
      request: {
        description: `${question.title}\n\n${question.bodyText}`.slice(0, MAX_DESCRIPTION),
        skillIds: unique(
          question.tags.filter((t) => skillOf.has(t)).map((t) => skillOf.get(t) as string),
        ),
        municipalityCode: SE_ASKING_MUNICIPALITY,
        includeOwnMunicipality: false,
        first: SE_FIRST,
      },
      relevant: new Map([[personId(accepted), 1]]),
      forbidden: new Map(),
      unavailable: new Set(),
    };
  });

  const withSkills = queries.filter((q) => (q.request.skillIds?.length ?? 0) > 0).length;
  return {
    name: names.name,
    title: names.title,
    graph,
    queries,
    probes: [],
    baselines: files.baselines.map((b): BaselineScore => ({
      name: BASELINE_NAMES[b.key] ?? `baseline: ${b.key}`,
      metrics: { mrr: b.mrr, p1: b.p1, ndcg10: b.ndcg10, r10: b.r10 },
    })),
    referenceYear: Number(split.cutoff.slice(0, 4)),
    notes: [
      `${files.site}, temporal split at ${split.cutoff}`,
      `graph: ${graph.people.length} people (candidates: ${candidates.size}), ${graph.challenges.length} challenges (questions with a training answer), ${graph.experiences.length} experiences (from ${train.length} training answers), ${graph.skills.length} skills (tags)`,
      `${queries.length} test queries; ${withSkills} of them with at least one tag that exists as a skill`,
    ],
  };
}

/**
 * Tag → skill id. Tags are nearly slugs already; the few that are not ("q#", "3.2-beer") get
 * the id the API would give them, made unique with a number when two tags collide.
 */
function skillIds(tags: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const tag of unique(tags).sort()) {
    const base = skillIdFromName(tag) || 'tag';
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    ids.set(tag, id);
  }
  return ids;
}

function personSkills(
  answered: readonly (SeAnswer & { userId: string })[],
  questionsById: ReadonlyMap<number, SeQuestion>,
  skillOf: ReadonlyMap<string, string>,
  personId: (userId: string) => string,
): ImportPersonSkill[] {
  const counts = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  for (const answer of answered) {
    // A question counts once per user, however many answers they wrote to it.
    const key = `${answer.userId}|${answer.questionId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const perUser = counts.get(answer.userId) ?? new Map<string, number>();
    for (const tag of unique((questionsById.get(answer.questionId) as SeQuestion).tags)) {
      const skillId = skillOf.get(tag) as string;
      perUser.set(skillId, (perUser.get(skillId) ?? 0) + 1);
    }
    counts.set(answer.userId, perUser);
  }
  return [...counts].flatMap(([userId, perUser]) =>
    [...perUser].map(([skillId, count]) => ({
      personId: personId(userId),
      skillId,
      level: Math.min(5, 1 + Math.floor(Math.log2(count))),
    })),
  );
}

/** The dumps' timestamps are UTC without a zone ("2014-01-21T20:26:05.383"). */
function isoUtc(timestamp: string): string {
  return new Date(`${timestamp}Z`).toISOString();
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
