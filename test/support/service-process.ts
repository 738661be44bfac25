import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ServiceProcess {
  child: ChildProcessWithoutNullStreams;
  /** Every JSON log line written so far. */
  logs: Record<string, unknown>[];
  /** Resolves with the first log line that matches. */
  waitForLog(
    match: (entry: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** What the process wrote to stderr so far. */
  stderr(): string;
}

export interface SpawnOptions {
  /** Modules loaded (`-r`) before src/main.ts, e.g. a probe that reports what the process loaded. */
  preload?: string[];
  /**
   * Working directory (the repository root by default). Elsewhere, no developer's `.env` in the
   * root is read.
   */
  cwd?: string;
}

/**
 * Runs the service as production does, as its own process (src/main.ts through ts-node, so that no
 * build is needed), with only the environment given here. Its stdout is parsed as JSON log lines.
 */
export function spawnService(
  env: Record<string, string>,
  options: SpawnOptions = {},
): ServiceProcess {
  const root = join(__dirname, '..', '..');
  const preloads = (options.preload ?? []).flatMap((file) => ['-r', file]);
  const child = spawn(
    process.execPath,
    [
      // Resolved here: `-r` would look for it from the working directory.
      '-r',
      require.resolve('ts-node/register/transpile-only'),
      ...preloads,
      join(root, 'src', 'main.ts'),
    ],
    {
      cwd: options.cwd ?? root,
      // ts-node looks for tsconfig.json from the working directory.
      env: { PATH: process.env.PATH ?? '', TS_NODE_PROJECT: join(root, 'tsconfig.json'), ...env },
    },
  );
  const logs: Record<string, unknown>[] = [];
  const listeners = new Set<() => void>();
  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter((l) => l.trim() !== '')) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line, unparsed: true });
      }
    }
    listeners.forEach((notify) => notify());
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const waitForLog = (match: (entry: Record<string, unknown>) => boolean, timeoutMs = 30_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const check = () => {
        const found = logs.find(match);
        if (!found) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`No such log line within ${timeoutMs} ms. stderr: ${stderr}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });

  return { child, logs, waitForLog, exited, stderr: () => stderr };
}
