/*
 * The processes a benchmark or soak run starts: the Factus simulator, the production build of the
 * service, the baseline proxy and the load generator. Every child is registered here and killed
 * when the run ends, fails or is interrupted, so that nothing outlives the script.
 */
import { ChildProcess, fork, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SIMULATOR_DEMO_ACCOUNT } from '../src/simulator/demo-account';

export const ROOT = join(__dirname, '..');
export const LOOPBACK = '127.0.0.1';
export const BENCH_API_KEY = 'bench-api-key-0123456789abcdef';

/** Only these reach the children: no inherited configuration can change what is measured. */
const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

export interface Child {
  name: string;
  process: ChildProcess;
  pid: number;
  /** The last lines it wrote (stdout and stderr), for error messages. */
  tail(): string;
  exited: Promise<number | null>;
}

const children = new Set<Child>();
let interrupted = false;

/** True once a signal or the deadline stopped the run: what fails afterwards is a consequence. */
export function wasInterrupted(): boolean {
  return interrupted;
}

function track(name: string, child: ChildProcess): Child {
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  // Always drained: a child blocked on a full pipe would stall the measurement.
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const entry: Child = {
    name,
    process: child,
    pid: child.pid,
    tail: () => lines.join('\n'),
    exited,
  };
  children.add(entry);
  void exited.then(() => children.delete(entry));
  return entry;
}

/** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stop(child: Child, graceMs = 5000): Promise<number | null> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return child.exited;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs);
  const code = await child.exited;
  clearTimeout(timer);
  return code;
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((child) => stop(child)));
}

/**
 * Kills every child however the run ends (normal exit, an exception, Ctrl-C, or `deadlineMs`
 * passed), then awaits `onStop` (what the caller made outside the children: a database) and exits.
 */
export function installCleanup(deadlineMs: number, onStop?: () => Promise<void>) {
  const killNow = () => children.forEach((child) => child.process.kill('SIGKILL'));
  process.on('exit', killNow);
  const end = (code: number) =>
    void stopAll().then(onStop).finally(process.exit.bind(process, code));
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = true;
    console.error(`\n${signal}: stopping every child process`);
    end(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const deadline = setTimeout(() => {
    interrupted = true;
    console.error(`Run exceeded ${Math.round(deadlineMs / 1000)} s: stopping it`);
    end(2);
  }, deadlineMs);
  return { cancel: () => clearTimeout(deadline) };
}

export function requireBuild(): void {
  for (const file of ['dist/main.js', 'dist/simulator/main.js']) {
    if (!existsSync(join(ROOT, file))) {
      throw new Error(`${file} is missing: run \`npm run build\` first (npm run bench does).`);
    }
  }
}

/** A free loopback port (the service needs one before it starts: at LOG_LEVEL=warn it does not log it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitUntil(
  probe: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  intervalMs = 10,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await sleep(intervalMs);
  }
  throw new Error(`${what} within ${timeoutMs} ms`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface Simulator {
  url: string;
  child: Child;
}

/** The standalone simulator from the build (`dist/simulator/main.js`) on a free loopback port. */
export async function startSimulator(): Promise<Simulator> {
  const child = track(
    'simulator',
    spawn(process.execPath, [join(ROOT, 'dist/simulator/main.js')], {
      cwd: ROOT,
      env: { ...BASE_ENV, SIMULATOR_PORT: '0', SIMULATOR_HOST: LOOPBACK },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The simulator did not start within 10 s')),
      10_000,
    );
    const onData = (chunk: Buffer) => {
      const match = /listening on (http:\/\/[^\s]+)/.exec(chunk.toString('utf8'));
      if (!match) return;
      clearTimeout(timer);
      child.process.stdout?.off('data', onData);
      resolve(match[1]);
    };
    child.process.stdout?.on('data', onData);
    void child.exited.then((code) =>
      reject(new Error(`The simulator exited (${code}): ${child.tail()}`)),
    );
  });
  return { url, child };
}

/** DATABASE_URL of every service started from now on (bench-database.ts makes one). */
let serviceDatabaseUrl: string | undefined;
export const useServiceDatabase = (url?: string) => (serviceDatabaseUrl = url);

export interface Service {
  url: string;
  child: Child;
  /** From spawn to the first `/health/ready` 200. */
  readyMs: number;
}

export interface ServiceOptions {
  simulatorUrl: string;
  /** Overrides and additions to the production environment below. */
  env?: Record<string, string>;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** Checkout whose build (`dist/main.js`) runs: another commit's, to compare with (default: this one). */
  root?: string;
}

/**
 * The service as production runs it: `node dist/main.js`, NODE_ENV=production, a managed Factus
 * session with API keys, logs at warn. Resolves once `/health/ready` answers 200.
 */
export async function startService(options: ServiceOptions): Promise<Service> {
  const port = await freePort();
  const env = {
    ...BASE_ENV,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: LOOPBACK,
    LOG_LEVEL: 'warn',
    FACTUS_BASE_URL: options.simulatorUrl,
    FACTUS_CLIENT_ID: SIMULATOR_DEMO_ACCOUNT.clientId,
    FACTUS_CLIENT_SECRET: SIMULATOR_DEMO_ACCOUNT.clientSecret,
    FACTUS_USERNAME: SIMULATOR_DEMO_ACCOUNT.email,
    FACTUS_PASSWORD: SIMULATOR_DEMO_ACCOUNT.password,
    API_KEYS: BENCH_API_KEY,
    INBOUND_RATE_LIMIT: '0',
    // Matches the simulator's budget during the load scenarios (see SIMULATOR_UNLIMITED).
    FACTUS_RATE_LIMIT: '100000',
    FACTUS_RATE_WINDOW_MS: '1000',
    ...(serviceDatabaseUrl ? { DATABASE_URL: serviceDatabaseUrl } : {}),
    ...options.env,
  };
  const started = performance.now();
  const root = options.root ?? ROOT;
  const child = track(
    'service',
    spawn(process.execPath, [...(options.nodeArgs ?? []), join(root, 'dist/main.js')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const url = `http://${LOOPBACK}:${port}`;
  let exitCode: number | null | undefined;
  void child.exited.then((code) => (exitCode = code));
  await waitUntil(
    async () => {
      if (exitCode !== undefined)
        throw new Error(`The service exited (${exitCode}): ${child.tail()}`);
      return (await fetch(`${url}/health/ready`)).status === 200;
    },
    15_000,
    'The service was not ready',
    5,
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${child.tail()}`);
  });
  return { url, child, readyMs: performance.now() - started };
}

export interface Baseline {
  url: string;
  child: Child;
}

/** The thinnest pass-through proxy (bench/baseline-proxy.ts) in its own process. */
export function startBaseline(simulatorUrl: string): Promise<Baseline> {
  return startLoopbackHelper(
    'baseline',
    'baseline-proxy.ts',
    { UPSTREAM_URL: simulatorUrl },
    '/',
    404,
  );
}

export type CannedUpstream = Baseline;

/**
 * The canned upstream (bench/canned-upstream.ts) in its own process: records its answers from
 * the simulator at `sourceUrl` once, then replays them. Resolves once it listens.
 */
export function startCannedUpstream(sourceUrl: string): Promise<CannedUpstream> {
  return startLoopbackHelper(
    'canned-upstream',
    'canned-upstream.ts',
    { SOURCE_URL: sourceUrl },
    '/__canned/info',
    200,
  );
}

/**
 * A bench/*.ts server in its own process on a free loopback port, resolved once `probePath`
 * answers `readyStatus`; rejects at once, with its output, if it exits before.
 */
async function startLoopbackHelper(
  name: string,
  file: string,
  env: Record<string, string>,
  probePath: string,
  readyStatus: number,
): Promise<Baseline> {
  const port = await freePort();
  const child = track(
    name,
    spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, file)], {
      cwd: ROOT,
      env: { ...BASE_ENV, ...env, PORT: String(port), HOST: LOOPBACK },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const url = `http://${LOOPBACK}:${port}`;
  let exitCode: number | null | undefined;
  void child.exited.then((code) => (exitCode = code));
  await waitUntil(
    async () => {
      if (exitCode !== undefined) throw new Error(`The ${name} exited (${exitCode})`);
      return (await fetch(`${url}${probePath}`)).status === readyStatus;
    },
    15_000,
    `The ${name} did not start`,
    20,
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${child.tail()}`);
  });
  return { url, child };
}

/** A child process running bench/load/load-worker.ts: autocannon, outside this process. */
export function forkLoadWorker(): Child {
  return track(
    'load-worker',
    fork(join(__dirname, 'load', 'load-worker.ts'), [], {
      cwd: ROOT,
      env: BASE_ENV,
      execArgv: ['-r', 'ts-node/register/transpile-only'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
  );
}

/** Resident memory of a process in MB (VmRSS of /proc/<pid>/status). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/** Open file descriptors of a process (sockets, pipes, files): the entries of /proc/<pid>/fd. */
export function openFds(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}
