import { SingleBar } from 'cli-progress';

/** Where an import tells how far it is: a bar on a terminal, a line per step otherwise. */
export interface ImportProgress {
  /** A step of `total` units (records read, rows written) begins. */
  start(label: string, total: number | null): void;
  advance(units: number): void;
  /** The step ended (also after a failure). */
  stop(): void;
}

export const SILENT_PROGRESS: ImportProgress = { start() {}, advance() {}, stop() {} };

/** cli-progress on a terminal; a plain line per step (count and rate) when stderr is not one. */
export function progressOn(stream: NodeJS.WriteStream): ImportProgress {
  return stream.isTTY ? new BarProgress(stream) : new LineProgress(stream);
}

class BarProgress implements ImportProgress {
  private bar: SingleBar | null = null;
  private value = 0;
  private started = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  start(label: string, total: number | null): void {
    this.stop();
    this.value = 0;
    this.started = Date.now();
    this.bar = new SingleBar({
      stream: this.stream,
      format: `${label.padEnd(22)} {bar} {value}/{total} | {rate}/s | {duration_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
    });
    this.bar.start(total ?? 0, 0, { rate: 0 });
  }

  advance(units: number): void {
    if (!this.bar) return;
    this.value += units;
    if (this.bar.getTotal() < this.value) this.bar.setTotal(this.value);
    this.bar.update(this.value, { rate: rate(this.value, this.started) });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}

class LineProgress implements ImportProgress {
  private label = '';
  private value = 0;
  private started = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  start(label: string): void {
    this.stop();
    this.label = label;
    this.value = 0;
    this.started = Date.now();
  }

  advance(units: number): void {
    this.value += units;
  }

  stop(): void {
    if (!this.label) return;
    const seconds = (Date.now() - this.started) / 1000;
    this.stream.write(
      `${this.label}: ${this.value} in ${seconds.toFixed(1)} s (${rate(this.value, this.started)}/s)\n`,
    );
    this.label = '';
  }
}

const rate = (value: number, started: number): number =>
  Math.round(value / Math.max((Date.now() - started) / 1000, 0.001));
