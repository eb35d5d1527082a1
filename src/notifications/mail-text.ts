/**
 * Text from people (names, titles, messages) made safe for a mail: nothing in it can end a
 * header line (header injection), hide itself behind bidirectional overrides, or run on forever.
 */

/** Control characters (CR, LF, NUL, ...), Unicode line and paragraph separators, bidi controls. */
const UNSAFE_IN_LINE = /[\p{Cc}\p{Zl}\p{Zp}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]+/gu;
/** The same, less the newline that separates the lines of a block of text. */
const UNSAFE_IN_BLOCK = /(?:(?!\n)[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069])+/gu;
const LINE_ENDINGS = /\r\n|[\r\u0085\u2028\u2029]/g;

/** At most `maxLength` characters (code points, so no emoji is cut in half), an ellipsis if cut. */
function capped(value: string, maxLength: number): string {
  const characters = Array.from(value);
  if (characters.length <= maxLength) return value;
  return `${characters
    .slice(0, maxLength - 1)
    .join('')
    .trimEnd()}…`;
}

/** One line, fit for a header: unsafe characters become spaces, runs of space one space. */
export function oneLine(value: string, maxLength: number): string {
  return capped(value.replace(UNSAFE_IN_LINE, ' ').replace(/\s+/g, ' ').trim(), maxLength);
}

/** A block of lines (a message): line endings made \n, other unsafe characters dropped. */
export function textBlock(value: string, maxLength: number): string {
  const lines = value
    .replace(LINE_ENDINGS, '\n')
    .replace(UNSAFE_IN_BLOCK, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
  return capped(
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    maxLength,
  );
}
