import type { LoadJob } from '../load/load-job';
import {
  BenchContext,
  bearerHeaders,
  BUSY_NEIGHBOUR_CORES,
  busyNeighbour,
  figures,
  Figures,
  freshSimulator,
  measure,
  serviceHeaders,
  unexpectedStatuses,
} from './context';

export type Target = 'service' | 'baseline' | 'direct';
export const TARGETS: readonly Target[] = ['service', 'baseline', 'direct'];

export interface ComparedScenario {
  connections: number;
  durationSeconds: number;
  service: Figures;
  baseline: Figures;
  direct: Figures;
  /** service req/s ÷ baseline req/s. */
  ratio: number;
  /** service p99 − baseline p99, in ms. */
  addedP99Ms: number;
  warnings: string[];
}

export interface CompareSpec {
  name: string;
  expectedStatus: number;
  /**
   * Before each target's run, on a freshly reset simulator: prepares what the run needs (e.g. an
   * invoice to show) with the bearer token, and returns the job for that target.
   */
  job(target: Target, url: string, token: string, ctx: BenchContext): Promise<LoadJob>;
}

/** The same load against the service, the baseline proxy and the simulator itself. */
export async function compare(ctx: BenchContext, spec: CompareSpec): Promise<ComparedScenario> {
  const results = {} as Record<Target, Figures>;
  const warnings: string[] = [];
  for (const target of TARGETS) {
    const token = await freshSimulator(ctx.sim);
    const url = { service: ctx.service.url, baseline: ctx.baseline.url, direct: ctx.sim.url }[
      target
    ];
    const job = await spec.job(target, url, token, ctx);
    // The process that answers this target: its CPU per request is the cost of a request.
    const server = { service: ctx.service, baseline: ctx.baseline, direct: ctx.simulator }[target];
    const { result, otherCpuCores, serverCpuMs } = await measure(
      ctx,
      {
        ...job,
        headers: {
          ...(target === 'service' ? serviceHeaders : bearerHeaders(token)),
          ...job.headers,
        },
      },
      server.child.pid,
    );
    const what = `${spec.name} (${target})`;
    for (const warning of [
      unexpectedStatuses(result, spec.expectedStatus, what),
      busyNeighbour(otherCpuCores, what),
    ]) {
      if (warning) warnings.push(warning);
    }
    results[target] = figures(result, otherCpuCores, serverCpuMs);
    console.log(
      `  ${spec.name.padEnd(8)} ${target.padEnd(8)} ${String(result.rps).padStart(8)} req/s  ` +
        `p50 ${result.latencyMs.p50} ms  p99 ${result.latencyMs.p99} ms  ` +
        `${results[target].cpuUsPerRequest} µs CPU/request  (${result.requests} responses` +
        `${otherCpuCores > BUSY_NEIGHBOUR_CORES ? `; other processes used ${otherCpuCores} cores` : ''})`,
    );
  }
  return {
    connections: ctx.settings.connections,
    durationSeconds: ctx.settings.durationSeconds,
    ...results,
    ratio: Math.round((results.service.rps / results.baseline.rps) * 100) / 100,
    addedP99Ms: results.service.p99Ms - results.baseline.p99Ms,
    warnings,
  };
}
