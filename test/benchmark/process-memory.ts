import * as fs from 'node:fs';

/**
 * Resident memory of the benchmark's processes, from /proc/<pid>/status (Linux; elsewhere null):
 * VmHWM is the peak since the process started, VmRSS the present. A sampler adds the peak over a
 * window (the measured load) that VmHWM, counting the start and the import too, cannot give.
 */
export interface ProcessMemory {
  readonly rssMb: number;
  /** The peak since the process started. */
  readonly peakMb: number;
}

export function readMemory(pid: number): ProcessMemory | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    const rssMb = kb('VmRSS') / 1024;
    const peakMb = kb('VmHWM') / 1024;
    return Number.isNaN(rssMb) || Number.isNaN(peakMb) ? null : { rssMb, peakMb };
  } catch {
    return null;
  }
}

/** Samples VmRSS every `everyMs` until stopped; answers the highest seen (MB), null if none. */
export function sampleRss(pid: number, everyMs = 250): { stop(): number | null } {
  let highest: number | null = null;
  const sample = (): void => {
    const now = readMemory(pid)?.rssMb;
    if (now !== undefined) highest = Math.max(highest ?? 0, now);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return highest;
    },
  };
}
