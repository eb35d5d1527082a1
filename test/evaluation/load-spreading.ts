import { randomUUID } from 'node:crypto';
import { pendingIntroduction } from '../../src/introductions/introduction.record';
import { type IntroductionsRepository } from '../../src/introductions/introductions.repository';
import { type EvalQuery } from './eval-types';
import { ndcgAt, reciprocalRank } from './metrics';
import { type Recommender } from './runner';

/** How a burst of requests fell on the experts, for one way of ranking. */
export interface LoadRun {
  /** Mean over every list shown. */
  readonly mrr: number;
  readonly ndcg10: number;
  /** Experts who received at least one request. */
  readonly expertsAsked: number;
  /** The most requests one expert received. */
  readonly busiest: number;
  /** Asks that met an expert at the open-request cap (refused, EXPERT_BUSY) before one landed. */
  readonly refusals: number;
  /** Share of the requests that went to a person judged relevant for the query. */
  readonly relevantShare: number;
}

export interface LoadSpreadingResult {
  readonly rounds: number;
  readonly requests: number;
  readonly cap: number;
  /** Ranking that ignores the workflow (the service before introductions fed back). */
  readonly without: LoadRun;
  /** The service as it runs: requests waiting lower an expert's score. */
  readonly with: LoadRun;
}

/**
 * A burst of requests nobody answers yet: every query is asked `rounds` times, each time by
 * another civil servant who asks the first person in the list that is not at the open-request
 * cap (the service refuses those). Run once with the introduction feedback off and once on,
 * where each request is stored as a PENDING introduction the next recommendation sees.
 */
export async function runLoadSpreading(
  recommender: Recommender,
  introductions: IntroductionsRepository,
  queries: readonly EvalQuery[],
  options: { rounds: number; cap: number; referenceYear: number },
): Promise<LoadSpreadingResult> {
  const burst = async (feedback: boolean): Promise<LoadRun> => {
    const open = new Map<string, number>();
    let [rr, ndcg, refusals, relevant] = [0, 0, 0, 0];
    let lists = 0;
    for (let round = 0; round < options.rounds; round++) {
      for (const query of queries) {
        const results = await recommender.recommend(query.request, {
          referenceYear: options.referenceYear,
          introductionFeedback: feedback,
        });
        const ranked = results.map((result) => result.personId);
        rr += reciprocalRank(ranked, query.relevant);
        ndcg += ndcgAt(10, ranked, query.relevant);
        lists += 1;
        const position = ranked.findIndex((id) => (open.get(id) ?? 0) < options.cap);
        refusals += position === -1 ? ranked.length : position;
        if (position === -1) continue;
        const asked = ranked[position];
        open.set(asked, (open.get(asked) ?? 0) + 1);
        if (query.relevant.has(asked)) relevant += 1;
        if (feedback) await store(introductions, asked);
      }
    }
    const requests = [...open.values()].reduce((sum, n) => sum + n, 0);
    return {
      mrr: rr / lists,
      ndcg10: ndcg / lists,
      expertsAsked: open.size,
      busiest: Math.max(0, ...open.values()),
      refusals,
      relevantShare: requests > 0 ? relevant / requests : 0,
    };
  };
  // Without first: it stores nothing, so the second run starts from no introductions either.
  const without = await burst(false);
  const withFeedback = await burst(true);
  return {
    rounds: options.rounds,
    requests: options.rounds * queries.length,
    cap: options.cap,
    without,
    with: withFeedback,
  };
}

async function store(introductions: IntroductionsRepository, expertId: string): Promise<void> {
  const stored = await introductions.insert(
    pendingIntroduction({
      id: randomUUID(),
      requesterId: `eval-asker-${randomUUID()}`,
      expertId,
      viaId: null,
      challengeId: null,
      message: 'Evaluatie: verzoek om kennismaking',
      requestedAt: new Date(),
    }),
  );
  if (!stored) throw new Error(`the evaluation could not store a request to ${expertId}`);
}
