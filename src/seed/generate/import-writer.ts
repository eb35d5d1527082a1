import * as fs from 'node:fs';
import * as path from 'node:path';
import { once } from 'node:events';
import {
  type ImportFileFormat,
  type RowsByKind,
  type WrittenKind,
  fileName,
  headerLine,
  recordLine,
} from './import-format';

/** Lines are collected into chunks of about this many characters before they are written. */
const CHUNK_CHARS = 256 * 1024;

/**
 * Streams the records of one kind to `<folder>/<kind>.<format>`: lines are gathered into chunks
 * and written with backpressure (a full stream is waited on), so no file is ever held in memory.
 */
export class ImportFileWriter<K extends WrittenKind> {
  private readonly stream: fs.WriteStream;
  private readonly failure: Promise<never>;
  private pending: string[] = [];
  private pendingChars = 0;
  private count = 0;
  private bytes = 0;

  constructor(
    readonly kind: K,
    readonly format: ImportFileFormat,
    folder: string,
  ) {
    this.stream = fs.createWriteStream(path.join(folder, fileName(kind, format)));
    this.failure = new Promise<never>((_resolve, reject) => {
      this.stream.once('error', reject);
    });
    // A failure is reported by the next write or by close(); until then it must not crash.
    this.failure.catch(() => undefined);
    const header = headerLine(kind, format);
    if (header !== '') {
      this.pending.push(header);
      this.pendingChars = header.length;
    }
  }

  get records(): number {
    return this.count;
  }

  /**
   * Adds one record. Returns a promise only when the chunk went out to a full stream; callers
   * await it then (`const wait = w.write(row); if (wait) await wait;`), which keeps the
   * generator loops fast.
   */
  write(row: RowsByKind[K]): Promise<void> | undefined {
    this.count += 1;
    return this.push(recordLine(this.kind, this.format, row));
  }

  /** Flushes what is left, ends the file and reports its size in bytes. */
  async close(): Promise<number> {
    await this.flush();
    this.stream.end();
    await Promise.race([once(this.stream, 'finish'), this.failure]);
    return this.bytes;
  }

  private push(line: string): Promise<void> | undefined {
    this.pending.push(line);
    this.pendingChars += line.length;
    return this.pendingChars >= CHUNK_CHARS ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) {
      await Promise.race([once(this.stream, 'drain'), this.failure]);
    }
  }
}

/** One writer per kind the generator writes, all in one folder and one format. */
export type ImportWriters = { readonly [K in WrittenKind]: ImportFileWriter<K> };

export function openImportWriters(folder: string, format: ImportFileFormat): ImportWriters {
  return {
    skills: new ImportFileWriter('skills', format, folder),
    people: new ImportFileWriter('people', format, folder),
    challenges: new ImportFileWriter('challenges', format, folder),
    experiences: new ImportFileWriter('experiences', format, folder),
    acquaintances: new ImportFileWriter('acquaintances', format, folder),
  };
}
