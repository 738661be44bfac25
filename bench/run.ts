/*
 * `npm run bench`: the production build of the service against the Factus simulator, beside the
 * thinnest pass-through proxy (the baseline) and the simulator itself, driven by autocannon from
 * its own process; then show and create again with the service and the baseline over the canned
 * upstream (bench/canned-upstream.ts: recorded Factus answers replayed in microseconds, so that
 * the upstream is never the bottleneck). Writes bench/results.json, appends a line to
 * bench/history.jsonl and prints the Markdown tables. See README, Benchmarks.
 *
 * BENCH_DURATION_S (default 8) and BENCH_WARMUP_S (default 2) set each load run; BENCH_CPU_PROF=1
 * runs the service under `node --cpu-prof` (profile in bench/profiles/, see profile-top.ts);
 * BENCH_STRICT=1 exits 1 when a target is missed. The service keeps its ledger in a fresh
 * PostgreSQL database (127.0.0.1:5432 or TEST_POSTGRES_URL), dropped at the end; BENCH_BEFORE_ROOT
 * (a checkout of the commit before the ledger, built) adds its synchronous create to compare with.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createBenchDatabase } from './bench-database';
import { appendHistory, gitCommit, historyLine } from './history';
import { LoadClient } from './load/load-client';
import {
  installCleanup,
  requireBuild,
  rssMb,
  sleep,
  startBaseline,
  startCannedUpstream,
  startService,
  startSimulator,
  stop,
  stopAll,
  useServiceDatabase,
  wasInterrupted,
} from './processes';
import { BenchResults, CannedResult, markdown, MemoryResult, targets } from './report';
import { burst } from './scenarios/burst';
import { managedTokensAndPdf } from './scenarios/cached-downloads';
import type { BenchContext } from './scenarios/context';
import { createInvoice } from './scenarios/create';
import { ledger } from './scenarios/ledger';
import { showInvoice } from './scenarios/show';
import { startup } from './scenarios/startup';
import { cannedInfo, cannedUpstream, simulatorUpstream } from './scenarios/upstreams';
import { validation } from './scenarios/validation';
import { SIMULATOR_UNLIMITED, SimulatorApi } from './simulator-api';

/** A safety stop: a quiet machine needs about 4.5 minutes; a busy one waits up to 10 s for quiet before each run. */
const DEADLINE_MS = 600_000;

function seconds(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0 || value > 60) throw new Error(`${name} must be 0–60`);
  return value;
}

/**
 * V8 gives back the heap it grew during start-up in steps over about a minute without traffic
 * (its memory reducer): seen on one machine, 138 MB 2 s after ready, 144 at 30 s, 121 at 40 s,
 * 108 at 60 s. The idle figure is taken once that has happened, as an idle replica runs.
 */
const IDLE_SETTLE_MS = 60_000;

/** RSS 1 s after ready, and IDLE_SETTLE_MS after ready (the service must see no request). */
async function idleMemory(pid: number): Promise<{ justReadyMb: number; idleMb: number }> {
  const readyAt = Date.now();
  await sleep(1000);
  const justReadyMb = rssMb(pid);
  await sleep(Math.max(0, readyAt + IDLE_SETTLE_MS - Date.now()));
  return { justReadyMb, idleMb: rssMb(pid) };
}

/** BENCH_NODE_ARGS: node flags for every service this run starts (heap settings to compare, say). */
function benchNodeArgs(): string[] {
  return (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

async function main(): Promise<void> {
  const started = Date.now();
  let database: BenchContext['database'] | undefined;
  // Stopped by a signal or the deadline: the database goes too.
  const cleanup = installCleanup(DEADLINE_MS, () => database?.drop() ?? Promise.resolve());
  requireBuild();
  const settings = {
    connections: 50,
    durationSeconds: seconds('BENCH_DURATION_S', 8),
    warmupSeconds: seconds('BENCH_WARMUP_S', 2),
  };
  const warnings: string[] = [];
  const opened = await createBenchDatabase();
  database = opened;
  useServiceDatabase(opened.url);
  console.log(`Ledger store: ${opened.label}`);
  try {
    await measured(settings, opened, warnings, started);
  } finally {
    database = undefined;
    await stopAll();
    await opened.drop();
    cleanup.cancel();
  }
}

async function measured(
  settings: BenchResults['settings'],
  database: BenchContext['database'],
  warnings: string[],
  started: number,
): Promise<void> {
  const commit = gitCommit(); // before anything is written
  const simulator = await startSimulator();
  const sim = new SimulatorApi(simulator.url);
  await sim.settings(SIMULATOR_UNLIMITED);
  const load = new LoadClient();

  const profile = process.env.BENCH_CPU_PROF === '1';
  const flags = benchNodeArgs();
  const nodeArgs = [
    ...flags,
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${join(__dirname, 'profiles')}`] : []),
  ];
  const loadAtStart = loadavg()[0];
  const service = await startService({ simulatorUrl: simulator.url, nodeArgs });
  // The service idles (no request reaches it) while the in-process and start-up scenarios run.
  const idle = idleMemory(service.child.pid);
  console.log('Validation, in-process');
  const validationResult = await validation();
  console.log('Start-up');
  const startupResult = await startup(simulator.url, flags);
  const baseline = await startBaseline(simulator.url);
  const { justReadyMb, idleMb } = await idle;
  let peakMb = idleMb;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(service.child.pid))), 250);

  const ctx: BenchContext = {
    simulator,
    sim,
    load,
    service,
    baseline,
    settings,
    database,
    ownPids: [],
  };
  console.log('Managed session and cached PDF');
  const { tokens, pdf } = await managedTokensAndPdf(ctx);
  console.log('Show and create: service, baseline, direct');
  const show = await showInvoice(ctx, simulatorUpstream(ctx));
  const create = await createInvoice(ctx, simulatorUpstream(ctx));
  console.log(`Ledger: synchronous and asynchronous creates (${database.label})`);
  const ledgerResult = await ledger(ctx);
  clearInterval(sampler);
  const memory: MemoryResult = {
    justReadyMb,
    idleMb,
    afterLoadMb: rssMb(service.child.pid),
    peakMb,
  };
  memory.peakMb = Math.max(memory.peakMb, memory.afterLoadMb);
  await stop(service.child, 20_000); // a CPU profile is written on exit
  await stop(baseline.child);

  console.log('Show and create over the canned upstream: service, baseline, direct');
  const canned = await overCannedUpstream(ctx, nodeArgs);

  console.log('Burst against the rate limit');
  const burstResult = await burst(sim, load, simulator.url);

  await load.close();
  await stop(simulator.child);

  for (const scenario of [show, create, pdf, tokens, ledgerResult, canned.show, canned.create])
    warnings.push(...scenario.warnings);
  warnings.push(...canned.warnings);
  const scenarios = {
    show,
    create,
    canned,
    ledger: ledgerResult,
    pdf,
    managedTokens: tokens,
    burst: burstResult,
    validation: validationResult,
    startup: startupResult,
    memory,
  };
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
    },
    settings,
    scenarios,
    targets: targets(scenarios),
    warnings,
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  appendHistory(historyLine(results, { loadAtStart, loadAtEnd: loadavg()[0] }, commit));
  console.log(`\n${markdown(results)}\n`);
  const missed = results.targets.filter((t) => !t.met);
  console.log(
    `Done in ${Math.round((Date.now() - started) / 1000)} s; bench/results.json written, ` +
      'a line appended to bench/history.jsonl; ' +
      `${missed.length === 0 ? 'every target met' : `${missed.length} target(s) missed`}.`,
  );
  if (process.env.BENCH_STRICT === '1' && missed.length > 0) process.exitCode = 1;
}

/**
 * Show and create with a second service and baseline whose upstream is the canned one (recorded
 * from the simulator at its start); the upstream's request counts tell whether the service called
 * anything it has no recording of.
 */
async function overCannedUpstream(ctx: BenchContext, nodeArgs: string[]): Promise<CannedResult> {
  const canned = await startCannedUpstream(ctx.simulator.url);
  const service = await startService({ simulatorUrl: canned.url, nodeArgs });
  const baseline = await startBaseline(canned.url);
  const cannedCtx: BenchContext = {
    ...ctx,
    service,
    baseline,
    ownPids: [...ctx.ownPids, canned.child.pid],
  };
  const upstream = cannedUpstream(canned, await cannedInfo(canned));
  await sleep(1000);
  const show = await showInvoice(cannedCtx, upstream);
  const create = await createInvoice(cannedCtx, upstream);
  const info = await cannedInfo(canned);
  await stop(service.child, 20_000);
  await stop(baseline.child);
  await stop(canned.child);
  const unknown = Object.entries(info.unknown);
  return {
    show,
    create,
    recordedBytes: info.bytes,
    upstreamRequests: info.byRoute,
    unrecordedRequests: info.unknown,
    warnings:
      unknown.length === 0
        ? []
        : [
            `canned upstream: the service called what it has no recording of (answered 404): ${unknown
              .map(([what, n]) => `${what} ×${n}`)
              .join(', ')}`,
          ],
  };
}

main().catch(async (error: unknown) => {
  if (wasInterrupted()) return; // the signal handler is stopping everything and exits
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  await stopAll();
  process.exit(1);
});
