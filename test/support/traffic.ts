/** One answer of `traffic`: when it was asked, how long it took, and its code ('OK' if none). */
export interface Answer {
  readonly startedAt: number;
  readonly ms: number;
  readonly code: string;
}

/** What `traffic` needs of an answer: GraphQL's errors with their codes. */
interface Answered {
  readonly errors?: ReadonlyArray<{ readonly extensions?: { readonly code?: unknown } }>;
}

/**
 * `clients` callers asking one operation in a loop until stopped, each pausing 50 ms after an
 * error; every answer is kept. For the resilience tests, which stop a store during traffic.
 */
export function traffic(
  ask: () => Promise<Answered>,
  clients: number,
): { answers: Answer[]; stop(): Promise<void> } {
  const answers: Answer[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      const startedAt = Date.now();
      const answer = await ask();
      const code = answer.errors ? String(answer.errors[0].extensions?.code) : 'OK';
      answers.push({ startedAt, ms: Date.now() - startedAt, code });
      if (code !== 'OK') await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  return {
    answers,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** The answers asked from `from` (inclusive) to `to` (exclusive). */
export const askedBetween = (answers: Answer[], from: number, to: number): Answer[] =>
  answers.filter(({ startedAt }) => startedAt >= from && startedAt < to);
