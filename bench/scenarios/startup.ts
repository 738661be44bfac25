import { startService, stop } from '../processes';

export interface StartupResult {
  runsMs: number[];
  medianMs: number;
}

const RUNS = 5;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Process spawn to the first `/health/ready` 200, five times against the running simulator. */
export async function startup(simulatorUrl: string, nodeArgs: string[] = []): Promise<StartupResult> {
  const runsMs: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const service = await startService({ simulatorUrl, nodeArgs });
    runsMs.push(Math.round(service.readyMs));
    await stop(service.child);
  }
  const result = { runsMs, medianMs: median(runsMs) };
  console.log(`  start-up ${runsMs.join(', ')} ms (median ${result.medianMs} ms)`);
  return result;
}
