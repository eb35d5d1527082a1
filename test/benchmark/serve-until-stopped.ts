/**
 * The child side of child-server.ts for the comparison servers: waits for the job, starts, answers
 * `{ ready: { url } }` (or `{ failed }`), and stops on the next message or when the benchmark is gone.
 */
export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

export function serveUntilStopped(start: (job: Record<string, string>) => Promise<Served>): void {
  let served: Served | undefined;
  const stop = async (): Promise<void> => {
    await served?.close();
    process.exit(0);
  };
  process.once('message', (job: Record<string, string>) => {
    start(job).then(
      (started) => {
        served = started;
        process.send?.({ ready: { url: started.url } });
        process.once('message', () => void stop());
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        process.send?.({ failed: message }, () => process.exit(1));
      },
    );
  });
  process.once('disconnect', () => void stop());
}
