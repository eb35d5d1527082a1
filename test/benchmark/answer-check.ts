import { type BenchOperation } from './operations';

/**
 * Sends an operation's first request once and says what is wrong with the answer, or null:
 * not HTTP 200, GraphQL errors, or (with `answered`) no data where data was asked for. A server
 * that answers nothing quickly must not pass for a fast one.
 */
export async function checkAnswer(
  url: string,
  headers: Record<string, string>,
  operation: BenchOperation,
): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(operation.request(0)),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    if (response.status !== 200) return `HTTP ${response.status}: ${text.slice(0, 300)}`;
    const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors?.length) return `GraphQL errors: ${JSON.stringify(body.errors).slice(0, 300)}`;
    if (operation.answered && !operation.answered(body.data ?? {})) {
      return `an empty answer to ${JSON.stringify(operation.request(0).variables)}: ${text.slice(0, 300)}`;
    }
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
