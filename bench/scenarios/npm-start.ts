import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, LOOPBACK, ROOT, waitUntil } from '../processes';
import { median } from './startup';

export interface NpmStartResult {
  runsMs: number[];
  medianMs: number;
}

const RUNS = 3;

/**
 * What a newcomer waits for after `npm ci`: `npm start` (the Nest CLI compiling src/ with SWC,
 * then the service with its embedded simulator) until a route with injected services answers
 * 200. Run in its own process group so that the CLI's child goes with it.
 */
async function once(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'start'],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: String(port),
        HOST: LOOPBACK,
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
      detached: true,
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntil(
      async () => (await fetch(`http://${LOOPBACK}:${port}/api/v1/company`)).status === 200,
      60_000,
      '`npm start` did not answer GET /api/v1/company',
      50,
    );
    return performance.now() - started;
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

export async function npmStart(): Promise<NpmStartResult> {
  const runsMs: number[] = [];
  for (let i = 0; i < RUNS; i += 1) runsMs.push(Math.round(await once()));
  const result = { runsMs, medianMs: median(runsMs) };
  console.log(`  npm start ${runsMs.join(', ')} ms (median ${result.medianMs} ms)`);
  return result;
}
