/**
 * Conversions between Kuzu values and store records, shared by every Kuzu adapter.
 */

/**
 * A fresh Date from a Kuzu TIMESTAMP. The native driver builds its Dates in the realm that
 * loaded it, which need not be ours (Jest's sandbox), and GraphQL's DateTime checks instanceof.
 */
export function toDate(value: unknown): Date {
  return new Date((value as Date).getTime());
}

/**
 * The words of a free-text filter joined by spaces, or null when it has none. Kuzu's full-text
 * query treats "*" and "?" as wildcards (a lone "*" matches everyone) and its tokenizer splits
 * at every other non-letter anyway, so keeping only letters and digits makes input data, never
 * syntax: `"jeugd" OR *:*` becomes `jeugd OR`.
 */
export function plainWords(text: string): string | null {
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  return words === '' ? null : words;
}
