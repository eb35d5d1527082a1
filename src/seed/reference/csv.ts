/**
 * A small RFC 4180 CSV parser: comma-separated, fields optionally in double quotes, `""` inside
 * quotes is a quote, and quoted fields may hold commas and line breaks. Strict on purpose: the
 * reference data are facts, so malformed input stops the load instead of being guessed at.
 */

/** One record and the 1-based line it starts on (records with quoted newlines span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Parses CSV text into records. Accepts LF and CRLF line ends and a leading byte-order mark;
 * skips lines that are completely empty (a trailing newline, blank lines between rows).
 */
export function parseCsv(text: string): CsvRecord[] {
  return new CsvReader(text.startsWith('\uFEFF') ? text.slice(1) : text).readAll();
}

class CsvReader {
  private pos = 0;
  private line = 1;

  constructor(private readonly input: string) {}

  readAll(): CsvRecord[] {
    const records: CsvRecord[] = [];
    while (this.pos < this.input.length) {
      if (this.lineEndLength() > 0) {
        this.consumeLineEnd();
        continue;
      }
      records.push(this.readRecord());
    }
    return records;
  }

  private readRecord(): CsvRecord {
    const line = this.line;
    const fields: string[] = [];
    for (;;) {
      fields.push(this.input[this.pos] === '"' ? this.readQuoted() : this.readUnquoted());
      if (this.input[this.pos] === ',') {
        this.pos += 1;
        continue;
      }
      // readQuoted/readUnquoted stop only at a comma, a line end or the end of the input.
      this.consumeLineEnd();
      return { line, fields };
    }
  }

  private readUnquoted(): string {
    const start = this.pos;
    while (this.pos < this.input.length && this.input[this.pos] !== ',' && !this.lineEndLength()) {
      if (this.input[this.pos] === '"') {
        throw new CsvSyntaxError(
          'a quote inside an unquoted field; quote the whole field',
          this.line,
        );
      }
      this.pos += 1;
    }
    return this.input.slice(start, this.pos);
  }

  private readQuoted(): string {
    const openedOn = this.line;
    let value = '';
    this.pos += 1;
    for (;;) {
      if (this.pos >= this.input.length) {
        throw new CsvSyntaxError('a quoted field is not closed', openedOn);
      }
      const char = this.input[this.pos];
      if (char === '"') {
        if (this.input[this.pos + 1] === '"') {
          value += '"';
          this.pos += 2;
          continue;
        }
        this.pos += 1;
        break;
      }
      if (char === '\n') this.line += 1;
      value += char;
      this.pos += 1;
    }
    const next = this.input[this.pos];
    if (next !== undefined && next !== ',' && !this.lineEndLength()) {
      throw new CsvSyntaxError('unexpected text after a closing quote', this.line);
    }
    return value;
  }

  /** 1 for LF, 2 for CRLF, 0 otherwise (a lone CR is ordinary text). */
  private lineEndLength(): number {
    if (this.input[this.pos] === '\n') return 1;
    if (this.input[this.pos] === '\r' && this.input[this.pos + 1] === '\n') return 2;
    return 0;
  }

  private consumeLineEnd(): void {
    const length = this.lineEndLength();
    if (length > 0) {
      this.pos += length;
      this.line += 1;
    }
  }
}
