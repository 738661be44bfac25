import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createDatabaseSync } from './database-sync';

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
  /** The DATABASE_URL it was given, when it has one (see SpawnOptions.database). */
  databaseUrl?: string;
}

export interface SpawnOptions {
  /** Modules loaded (`-r`) before src/main.ts, e.g. a probe that reports what the process loaded. */
  preload?: string[];
  /**
   * Working directory (the repository root by default). Elsewhere, no developer's `.env` in the
   * root is read.
   */
  cwd?: string;
  /**
   * `fresh`: a new database of its own on the machine's PostgreSQL, dropped when the process
   * exits. The default when the env has no DATABASE_URL and NODE_ENV=production (which requires
   * one); otherwise the process uses the DATABASE_URL given (to share one between processes) or,
   * without it, the embedded PGlite, as `npm start` does. `none`: never add one.
   */
  database?: 'fresh' | 'none';
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
  const wantsFresh = env.DATABASE_URL === undefined && env.NODE_ENV === 'production';
  const database =
    (options.database ?? (wantsFresh ? 'fresh' : 'none')) === 'fresh'
      ? createDatabaseSync()
      : undefined;
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
      env: {
        PATH: process.env.PATH ?? '',
        TS_NODE_PROJECT: join(root, 'tsconfig.json'),
        ...(database ? { DATABASE_URL: database.url } : {}),
        ...env,
      },
    },
  );
  // Dropped once the process is gone (its connections with it), before the test moves on.
  if (database) child.on('exit', () => database.drop());
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

  const databaseUrl = database?.url ?? env.DATABASE_URL;
  return { child, logs, waitForLog, exited, stderr: () => stderr, databaseUrl };
}
