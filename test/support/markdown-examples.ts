/**
 * Reads the runnable examples out of the project's Markdown (docs/api.md, README.md), so a test
 * can run them against the real service and keep the documentation true.
 *
 * Conventions, all plain CommonMark so the documents render normally:
 *
 * - A ```graphql block is one operation; a block of type definitions only (schema excerpts) is
 *   not an example. A ```json block that follows it with nothing but blank
 *   lines in between holds its variables. The next ```json block after some prose (before the
 *   next heading or example) is its documented answer; only its shape is checked.
 * - HTML comments right before a ```graphql block (after the previous code block) set how it
 *   runs: `<!-- expect-error: BAD_USER_INPUT -->` (the answer must carry that extensions.code),
 *   `<!-- auth: admin -->` or `<!-- auth: none -->` (default: the administrator key for
 *   mutations, no credentials for queries).
 * - In ```sh / ```bash / ```shell blocks, every `curl` command (lines joined at a trailing
 *   backslash) is one HTTP example: its URL, -H headers, -X method and -d body.
 */

import { Kind, parse } from 'graphql';

/** Where an example came from, for test names and failure messages. */
export interface ExampleOrigin {
  /** The file the example came from, e.g. docs/api.md. */
  readonly source: string;
  /** The text of the nearest heading above the example ('' before the first heading). */
  readonly heading: string;
  /** A name unique within the file: the heading path, plus " (2)", " (3)" for repeats. */
  readonly name: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
}

export type AuthDirective = 'admin' | 'none';

export interface GraphqlExample extends ExampleOrigin {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  /** The extensions.code the answer must carry, when the example shows an error. */
  readonly expectError?: string;
  /** Explicit credentials; when absent the runner decides by operation type. */
  readonly auth?: AuthDirective;
  /** The documented answer (parsed JSON), when one follows the example. */
  readonly answer?: unknown;
}

export interface CurlExample extends ExampleOrigin {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The -d payload exactly as written (after shell unquoting), if any. */
  readonly body?: string;
}

/** A Markdown example that cannot be used as written; the message names file and line. */
export class MarkdownExampleError extends Error {
  constructor(source: string, line: number, reason: string) {
    super(`${source}:${line}: ${reason}`);
    this.name = 'MarkdownExampleError';
  }
}

// ---- the document as a list of blocks --------------------------------------------------------

interface FencedBlock {
  readonly kind: 'fence';
  /** First word of the info string, lowercased ('' when none). */
  readonly language: string;
  readonly content: string;
  readonly line: number;
}

interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: number;
  readonly text: string;
  readonly line: number;
}

interface CommentBlock {
  readonly kind: 'comment';
  readonly text: string;
  readonly line: number;
}

interface ProseBlock {
  readonly kind: 'prose';
  readonly text: string;
  readonly line: number;
}

interface BlankBlock {
  readonly kind: 'blank';
  readonly line: number;
}

type Block = FencedBlock | HeadingBlock | CommentBlock | ProseBlock | BlankBlock;

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)?.*$/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const COMMENT_ONE_LINE = /^\s*<!--([\s\S]*?)-->\s*$/;

/** Splits Markdown into fenced code blocks, headings, HTML comments, prose lines and blank lines. */
export function markdownBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index];
    const line = index + 1;
    const fence = FENCE_OPEN.exec(text);
    if (fence) {
      const marker = fence[1];
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
      const content: string[] = [];
      let end = index + 1;
      while (end < lines.length && !closing.test(lines[end])) content.push(lines[end++]);
      blocks.push({
        kind: 'fence',
        language: (fence[2] ?? '').toLowerCase(),
        content: content.join('\n'),
        line,
      });
      index = end; // an unclosed fence runs to the end of the document, as in CommonMark
      continue;
    }
    const heading = HEADING.exec(text);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2], line });
      continue;
    }
    if (text.trim().startsWith('<!--')) {
      let end = index;
      let joined = text;
      while (!joined.includes('-->') && end + 1 < lines.length) joined += `\n${lines[++end]}`;
      const match = COMMENT_ONE_LINE.exec(joined);
      blocks.push({ kind: 'comment', text: (match?.[1] ?? joined).trim(), line });
      index = end;
      continue;
    }
    blocks.push(text.trim() === '' ? { kind: 'blank', line } : { kind: 'prose', text, line });
  }
  return blocks;
}

/** Gives each example a name that is unique within its file. */
class Namer {
  private readonly seen = new Map<string, number>();

  name(base: string): string {
    const count = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  }
}

/** Tracks the heading path ("Mutations › createPerson") while walking the blocks. */
class HeadingPath {
  private readonly stack: HeadingBlock[] = [];

  enter(heading: HeadingBlock): void {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].level >= heading.level) {
      this.stack.pop();
    }
    this.stack.push(heading);
  }

  /** The heading path below the document title (the single level-1 heading). */
  get path(): string {
    const shown = this.stack.filter((heading) => heading.level > 1);
    return (shown.length > 0 ? shown : this.stack).map((heading) => heading.text).join(' › ');
  }

  get nearest(): string {
    return this.stack[this.stack.length - 1]?.text ?? '';
  }
}

// ---- GraphQL examples ------------------------------------------------------------------------

const GRAPHQL_LANGUAGES = new Set(['graphql', 'gql']);
const JSON_LANGUAGES = new Set(['json', 'jsonc']);

function parseDirective(
  comment: CommentBlock,
  source: string,
): { expectError?: string; auth?: AuthDirective } | null {
  const match = /^([a-z-]+)\s*:\s*(.*)$/i.exec(comment.text);
  if (!match) return null;
  const [, key, value] = match;
  switch (key.toLowerCase()) {
    case 'expect-error': {
      const code = value.trim();
      if (!/^[A-Z][A-Z_]*$/.test(code)) {
        throw new MarkdownExampleError(
          source,
          comment.line,
          `expect-error needs a code, got "${code}"`,
        );
      }
      return { expectError: code };
    }
    case 'auth': {
      const auth = value.trim().toLowerCase();
      if (auth !== 'admin' && auth !== 'none') {
        throw new MarkdownExampleError(
          source,
          comment.line,
          `auth must be admin or none, got "${auth}"`,
        );
      }
      return { auth };
    }
    default:
      return null; // an ordinary comment
  }
}

/** A block of type definitions only, such as `type PersonConnection { ... }`: shown, not run. */
function isSchemaExcerpt(source: string): boolean {
  try {
    const { definitions } = parse(source);
    return definitions.every(
      (definition) =>
        definition.kind !== Kind.OPERATION_DEFINITION &&
        definition.kind !== Kind.FRAGMENT_DEFINITION,
    );
  } catch {
    return false; // not valid GraphQL: keep it as an example, so running it shows the mistake
  }
}

function parseJson(block: FencedBlock, source: string, what: string): unknown {
  try {
    return JSON.parse(block.content) as unknown;
  } catch (error) {
    throw new MarkdownExampleError(
      source,
      block.line,
      `the ${what} block is not valid JSON (${(error as Error).message})`,
    );
  }
}

/** Every ```graphql example of a Markdown document, in document order. */
export function extractGraphqlExamples(markdown: string, source = 'markdown'): GraphqlExample[] {
  const blocks = markdownBlocks(markdown);
  const headings = new HeadingPath();
  const namer = new Namer();
  const examples: GraphqlExample[] = [];
  let directives: { expectError?: string; auth?: AuthDirective } = {};

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.kind === 'heading') {
      headings.enter(block);
      directives = {};
      continue;
    }
    if (block.kind === 'comment') {
      const directive = parseDirective(block, source);
      if (directive) directives = { ...directives, ...directive };
      continue;
    }
    if (block.kind !== 'fence') continue;
    if (!GRAPHQL_LANGUAGES.has(block.language) || isSchemaExcerpt(block.content)) {
      directives = {}; // directives belong to the very next example
      continue;
    }

    // Variables: a json block after nothing but blank lines.
    let next = index + 1;
    while (blocks[next]?.kind === 'blank') next++;
    let variables: Record<string, unknown> | undefined;
    const candidate = blocks[next];
    if (candidate?.kind === 'fence' && JSON_LANGUAGES.has(candidate.language)) {
      const parsed = parseJson(candidate, source, 'variables');
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new MarkdownExampleError(
          source,
          candidate.line,
          'the variables block after a graphql example must be one JSON object',
        );
      }
      variables = parsed as Record<string, unknown>;
      index = next;
    }

    // The documented answer: the next json block after prose, before any heading or example.
    let answer: unknown;
    for (let ahead = index + 1; ahead < blocks.length; ahead++) {
      const later = blocks[ahead];
      if (later.kind === 'heading') break;
      if (later.kind !== 'fence') continue;
      if (JSON_LANGUAGES.has(later.language)) answer = parseJson(later, source, 'answer');
      break;
    }

    examples.push({
      source,
      heading: headings.nearest,
      name: namer.name(headings.path || `line ${block.line}`),
      line: block.line,
      query: block.content,
      ...(variables !== undefined && { variables }),
      ...(directives.expectError !== undefined && { expectError: directives.expectError }),
      ...(directives.auth !== undefined && { auth: directives.auth }),
      ...(answer !== undefined && { answer }),
    });
    directives = {};
  }
  return examples;
}

// ---- curl examples ---------------------------------------------------------------------------

const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell', 'console', 'zsh']);

/**
 * Splits one shell command line into words: '...' is literal, "..." keeps \" \\ \$ \` escapes,
 * and a backslash outside quotes escapes the next character. Enough for documented curl calls;
 * no expansion, no pipes.
 */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  for (let i = 0; i < command.length; i++) {
    const char = command[i];
    if (char === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated ' in: ${command}`);
      current += command.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (char === '"') {
      let j = i + 1;
      for (; j < command.length && command[j] !== '"'; j++) {
        if (command[j] === '\\' && '"\\$`'.includes(command[j + 1] ?? '')) j++;
        current += command[j];
      }
      if (j >= command.length) throw new Error(`unterminated " in: ${command}`);
      inWord = true;
      i = j;
    } else if (char === '\\' && i + 1 < command.length) {
      current += command[++i];
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += char;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}

/** The commands of a shell block: continuation lines joined, comments and blank lines dropped. */
function shellCommands(content: string): Array<{ command: string; offset: number }> {
  const commands: Array<{ command: string; offset: number }> = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const offset = i;
    let command = lines[i].replace(/^\s*\$\s+/, ''); // a "$ " prompt in console blocks
    if (command.trim() === '' || command.trim().startsWith('#')) continue;
    while (/\\\s*$/.test(command) && i + 1 < lines.length) {
      command = `${command.replace(/\\\s*$/, '')} ${lines[++i].trim()}`;
    }
    commands.push({ command: command.trim(), offset });
  }
  return commands;
}

const DATA_OPTIONS = new Set(['-d', '--data', '--data-raw', '--data-binary']);
const HEADER_OPTIONS = new Set(['-H', '--header']);
const METHOD_OPTIONS = new Set(['-X', '--request']);

function parseCurl(words: string[]): Pick<CurlExample, 'method' | 'url' | 'headers' | 'body'> {
  const headers: Record<string, string> = {};
  let url: string | undefined;
  let method: string | undefined;
  let body: string | undefined;
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (DATA_OPTIONS.has(word)) body = words[++i];
    else if (HEADER_OPTIONS.has(word)) {
      const header = words[++i] ?? '';
      const colon = header.indexOf(':');
      if (colon < 0) throw new Error(`a header needs "name: value", got "${header}"`);
      headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
    } else if (METHOD_OPTIONS.has(word)) method = words[++i];
    else if (/^https?:\/\//.test(word)) url = word;
    // other flags (-s, -i, ...) change only how curl prints
  }
  if (!url) throw new Error('a curl example needs an http(s) URL');
  return {
    method: (method ?? (body !== undefined ? 'POST' : 'GET')).toUpperCase(),
    url,
    headers,
    ...(body !== undefined && { body }),
  };
}

/**
 * Every `curl` command in the shell blocks of a Markdown document, in document order. Each is
 * named after its heading and the paragraph that introduces its block, when that paragraph ends
 * in a colon (e.g. "Example queries › Amsterdam and the regions it belongs to").
 */
export function extractCurlExamples(markdown: string, source = 'markdown'): CurlExample[] {
  const blocks = markdownBlocks(markdown);
  const headings = new HeadingPath();
  const namer = new Namer();
  const examples: CurlExample[] = [];
  /** The paragraph being read, and the last one finished before the current block. */
  let paragraph: string[] = [];
  let previous: Block | undefined;

  for (const block of blocks) {
    const continues = block.kind === 'prose' && previous?.kind === 'prose';
    previous = block;
    if (block.kind === 'prose') {
      paragraph = continues ? [...paragraph, block.text.trim()] : [block.text.trim()];
      continue;
    }
    if (block.kind === 'blank' || block.kind === 'comment') continue;
    if (block.kind === 'heading') {
      headings.enter(block);
      paragraph = [];
      continue;
    }
    // A paragraph that ends in ":" introduces the block; others (list items, tables) do not.
    const text = paragraph.join(' ');
    const lead = text.endsWith(':') ? text.slice(0, -1) : '';
    paragraph = [];
    if (!SHELL_LANGUAGES.has(block.language)) continue;
    for (const { command, offset } of shellCommands(block.content)) {
      let words: string[];
      try {
        words = shellWords(command);
      } catch (error) {
        throw new MarkdownExampleError(source, block.line + 1 + offset, (error as Error).message);
      }
      if (words[0] !== 'curl') continue;
      const line = block.line + 1 + offset;
      let request: ReturnType<typeof parseCurl>;
      try {
        request = parseCurl(words);
      } catch (error) {
        throw new MarkdownExampleError(source, line, (error as Error).message);
      }
      const base = [headings.path, lead].filter(Boolean).join(' › ');
      examples.push({
        source,
        heading: headings.nearest,
        name: namer.name(base || `line ${line}`),
        line,
        ...request,
      });
    }
  }
  return examples;
}

// ---- documented answers ----------------------------------------------------------------------

/**
 * Where a documented answer claims fields that the real answer lacks: every key of every
 * documented object must exist in the real one at the same place. Values are not compared (the
 * documentation shows examples, not fixtures); documented array items are compared with the
 * real item at the same index, or the last real item when the real list is shorter; a null or
 * empty real value ends the comparison there. Returns the paths that do not exist.
 */
export function missingAnswerPaths(documented: unknown, actual: unknown, at = '$'): string[] {
  if (documented === null || typeof documented !== 'object') return [];
  if (actual === null || actual === undefined) return [];
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual)) return [`${at} (a list in the documentation, not in the answer)`];
    if (actual.length === 0) return [];
    return documented.flatMap((item: unknown, index) =>
      missingAnswerPaths(item, actual[Math.min(index, actual.length - 1)], `${at}[${index}]`),
    );
  }
  if (typeof actual !== 'object' || Array.isArray(actual)) {
    return [`${at} (an object in the documentation, not in the answer)`];
  }
  const real = actual as Record<string, unknown>;
  return Object.entries(documented as Record<string, unknown>).flatMap(([key, value]) =>
    key in real ? missingAnswerPaths(value, real[key], `${at}.${key}`) : [`${at}.${key}`],
  );
}
