import type { BenchDatabase } from '../bench-database';
import type { LoadClient } from '../load/load-client';
import { foreignCpu, processCpuMs, waitForQuiet } from '../machine-load';
import type { LoadJob, LoadResult } from '../load/load-job';
import { BENCH_API_KEY, Baseline, Service, Simulator } from '../processes';
import { SIMULATOR_UNLIMITED, SimulatorApi } from '../simulator-api';

/** Durations and concurrency of the load scenarios (BENCH_DURATION_S, BENCH_WARMUP_S). */
export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/** What the load scenarios share: the running processes and how to reach them. */
export interface BenchContext {
  simulator: Simulator;
  sim: SimulatorApi;
  load: LoadClient;
  service: Service;
  baseline: Baseline;
  settings: LoadSettings;
  /** Where the service keeps its ledger. */
  database: BenchDatabase;
  /** More of the benchmark's own processes: another build of the service, PostgreSQL's backends. */
  ownPids: number[];
}

/** One figure set per target, as results.json and the table show them. */
export interface Figures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  statusCodes: Record<string, number>;
  errors: number;
  /**
   * CPU time of the process answering (service, baseline proxy or simulator) per response, in µs:
   * the work a request costs, which a busy machine changes far less than req/s.
   */
  cpuUsPerRequest?: number;
  /**
   * CPU time of the upstream (simulator or canned upstream) per response, in µs, when the target
   * is the service or the baseline: what the upstream costs, to show it is not the bottleneck.
   */
  upstreamCpuUsPerRequest?: number;
  /** CPU other processes on the machine used meanwhile, in cores (see machine-load.ts). */
  otherCpuCores: number;
}

export function figures(
  result: LoadResult,
  otherCpuCores: number,
  cpuMs?: number,
  upstreamCpuMs?: number,
): Figures {
  const perRequest = (ms: number) => Math.round((ms * 1000) / Math.max(1, result.requests));
  return {
    rps: result.rps,
    ...(cpuMs === undefined ? {} : { cpuUsPerRequest: perRequest(cpuMs) }),
    ...(upstreamCpuMs === undefined ? {} : { upstreamCpuUsPerRequest: perRequest(upstreamCpuMs) }),
    p50Ms: result.latencyMs.p50,
    p99Ms: result.latencyMs.p99,
    requests: result.requests,
    statusCodes: result.statusCodes,
    errors: result.errors,
    otherCpuCores,
  };
}

/** Above this, a neighbour took enough CPU to lower a run's figures: the run is flagged. */
export const BUSY_NEIGHBOUR_CORES = 0.15;
/** How long a measured run waits for busy neighbours to finish before starting anyway. */
export const QUIET_WAIT_MS = 10_000;

/** The benchmark's own processes, whose CPU is not "other". */
export function benchPids(ctx: BenchContext): number[] {
  return [
    process.pid,
    ctx.simulator.child.pid,
    ctx.service.child.pid,
    ctx.baseline.child.pid,
    ctx.load.pid,
    ...ctx.ownPids,
  ];
}

export const serviceHeaders = { 'x-api-key': BENCH_API_KEY };
export const bearerHeaders = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Back to the seeded state with the limits out of the way: documents, tokens and the request log
 * are cleared, so every run starts from the same store (the simulator scans its documents
 * linearly, so a fuller store would slow whichever target ran later) and counters are exact.
 * Returns a fresh bearer token for the baseline and direct runs.
 */
export async function freshSimulator(sim: SimulatorApi): Promise<string> {
  await fetch(`${sim.url}/__simulator/reset`, { method: 'POST' }).then((r) => {
    if (!r.ok) throw new Error(`reset: ${r.status}`);
  });
  await sim.settings(SIMULATOR_UNLIMITED);
  return sim.demoToken();
}

/**
 * Once the machine is quiet (or after QUIET_WAIT_MS), a warm-up run (not reported), then the
 * measured one, with the CPU other processes used meanwhile, the CPU of the server and (when
 * given) of its upstream.
 */
export async function measure(
  ctx: BenchContext,
  job: LoadJob,
  serverPid: number,
  upstreamPid?: number,
): Promise<{
  result: LoadResult;
  otherCpuCores: number;
  serverCpuMs: number;
  upstreamCpuMs?: number;
}> {
  await ownDatabaseBackends(ctx);
  await waitForQuiet(benchPids(ctx), BUSY_NEIGHBOUR_CORES, QUIET_WAIT_MS);
  if (ctx.settings.warmupSeconds > 0) {
    await ctx.load.run({ ...job, durationSeconds: ctx.settings.warmupSeconds, amount: undefined });
  }
  await ownDatabaseBackends(ctx); // the warm-up opened the service's pool
  const others = foreignCpu(benchPids(ctx));
  const serverCpu = processCpuMs(serverPid);
  const upstreamCpu = upstreamPid === undefined ? undefined : processCpuMs(upstreamPid);
  const result = await ctx.load.run({ ...job, durationSeconds: ctx.settings.durationSeconds });
  return {
    result,
    otherCpuCores: others(),
    serverCpuMs: serverCpu(),
    ...(upstreamCpu ? { upstreamCpuMs: upstreamCpu() } : {}),
  };
}

/** PostgreSQL serves the service from backends of its own: their CPU is the benchmark's, not a neighbour's. */
export async function ownDatabaseBackends(ctx: BenchContext): Promise<void> {
  ctx.ownPids = [...new Set([...ctx.ownPids, ...(await ctx.database.backendPids())])];
}

/** Anything but `expected` makes a run's figures suspect: it is reported with the results. */
export function unexpectedStatuses(
  result: LoadResult,
  expected: number,
  what: string,
): string | undefined {
  const others = Object.entries(result.statusCodes).filter(([code]) => Number(code) !== expected);
  if (others.length === 0 && result.errors === 0) return undefined;
  return `${what}: expected only ${expected}, got ${JSON.stringify(result.statusCodes)} and ${result.errors} connection errors`;
}

/** A run during which other processes took CPU is reported as disturbed. */
export function busyNeighbour(otherCpuCores: number, what: string): string | undefined {
  if (otherCpuCores <= BUSY_NEIGHBOUR_CORES) return undefined;
  return `${what}: other processes on the machine used ${otherCpuCores} cores meanwhile; its figures are lower than on a quiet machine`;
}
