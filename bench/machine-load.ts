/*
 * How much CPU other programs on the machine used during a measurement: the benchmark shares its
 * cores with whatever else runs, and a busy neighbour lowers every figure of that run. Counted
 * over user-space processes (kernel threads are left out: under heavy loopback traffic the kernel
 * works for the benchmark itself), other than the benchmark's own, in cores.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU ticks (user + system) of one process; 0 once it has exited. */
export function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Starts counting; the returned function gives the CPU `pid` used since, in milliseconds. */
export function processCpuMs(pid: number): () => number {
  const before = processTicks(pid);
  return () => ((processTicks(pid) - before) * 1000) / TICKS_PER_SECOND;
}

/** CPU ticks (user + system) of every user-space process but `exclude`. */
function otherTicks(exclude: ReadonlySet<number>): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || exclude.has(pid)) continue;
    try {
      // Kernel threads have an empty command line.
      if (readFileSync(`/proc/${pid}/cmdline`).length === 0) continue;
      ticks.set(pid, processTicks(pid));
    } catch {
      // exited meanwhile
    }
  }
  return ticks;
}

/** Starts counting; the returned function gives the CPU other programs used since, in cores. */
export function foreignCpu(pids: readonly number[]): () => number {
  const exclude = new Set(pids);
  const started = performance.now();
  const before = otherTicks(exclude);
  return () => {
    const seconds = (performance.now() - started) / 1000;
    let used = 0;
    for (const [pid, ticks] of otherTicks(exclude)) used += ticks - (before.get(pid) ?? 0);
    return Math.max(0, Math.round((used / TICKS_PER_SECOND / seconds) * 100) / 100);
  };
}

/**
 * Waits (at most `maxWaitMs`) until other programs use less than `cores` over one second: a
 * shared machine's neighbours come and go, and a run measured beside one says little.
 */
export async function waitForQuiet(
  pids: readonly number[],
  cores: number,
  maxWaitMs: number,
): Promise<number> {
  const deadline = performance.now() + maxWaitMs;
  let others = Infinity;
  while (performance.now() < deadline) {
    const sample = foreignCpu(pids);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    others = sample();
    if (others < cores) break;
  }
  return others;
}
