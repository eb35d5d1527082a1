import * as fs from 'node:fs';

/**
 * How much of the machine's CPU time other software took while a phase was measured, so that a
 * report can say when its numbers were disturbed. Linux only (/proc); elsewhere null.
 *
 * /proc/stat counts every CPU's time since boot (busy and idle), /proc/<pid>/stat a process's own
 * (all its threads), both in the same clock ticks; the benchmark's processes are the service,
 * its clients and Neo4j, and the rest of the busy time belongs to someone else.
 */
export interface CpuSnapshot {
  /** All CPUs' ticks, busy and idle. */
  readonly total: number;
  /** All CPUs' busy ticks. */
  readonly busy: number;
  /** The watched processes' ticks. */
  readonly watched: number;
}

export function cpuSnapshot(pids: readonly number[]): CpuSnapshot | null {
  try {
    const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    // user nice system idle iowait irq softirq steal; guest time is already in user and nice.
    const ticks = fields.slice(0, 8).map(Number);
    const total = ticks.reduce((sum, each) => sum + each, 0);
    const idle = ticks[3] + (ticks[4] ?? 0); // idle, iowait
    return { total, busy: total - idle, watched: pids.reduce((sum, pid) => sum + ticksOf(pid), 0) };
  } catch {
    return null;
  }
}

/** utime + stime of a process (fields 14 and 15, counted after the parenthesised name). */
function ticksOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** The share (0..1) of all CPU time between the snapshots that unwatched processes used. */
export function otherShare(before: CpuSnapshot | null, after: CpuSnapshot | null): number | null {
  if (!before || !after || after.total <= before.total) return null;
  const others = after.busy - before.busy - (after.watched - before.watched);
  return Math.min(1, Math.max(0, others / (after.total - before.total)));
}
