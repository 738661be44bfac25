import type { LoadJob } from '../load/load-job';
import {
  BenchContext,
  bearerHeaders,
  BUSY_NEIGHBOUR_CORES,
  busyNeighbour,
  figures,
  Figures,
  measure,
  serviceHeaders,
  unexpectedStatuses,
} from './context';

export type Target = 'service' | 'baseline' | 'direct';
export const TARGETS: readonly Target[] = ['service', 'baseline', 'direct'];

/**
 * The Factus the service and the baseline proxy talk to in a compared run: the simulator (what it
 * costs is part of every figure; it caps the baseline) or the canned upstream (answers in
 * microseconds, so the figures are the service's and the baseline's own).
 */
export interface Upstream {
  kind: 'simulator' | 'canned';
  /** The "direct" target: the upstream itself. */
  url: string;
  pid: number;
  /** Before each target's run: back to a known state; the bearer for the baseline and direct runs. */
  fresh(): Promise<string>;
  /** The number of an invoice the upstream shows (made for the run when needed). */
  invoiceToShow(token: string): Promise<string>;
}

export interface ComparedScenario {
  /** Absent in results written before the canned upstream: the simulator. */
  upstream?: Upstream['kind'];
  connections: number;
  durationSeconds: number;
  service: Figures;
  baseline: Figures;
  direct: Figures;
  /** service req/s ÷ baseline req/s. */
  ratio: number;
  /** service CPU per request ÷ baseline CPU per request. */
  cpuRatio?: number;
  /** service p99 − baseline p99, in ms. */
  addedP99Ms: number;
  warnings: string[];
}

export interface CompareSpec {
  name: string;
  expectedStatus: number;
  /**
   * Before each target's run, on a fresh upstream: prepares what the run needs (e.g. an invoice
   * to show) with the bearer token, and returns the job for that target.
   */
  job(target: Target, url: string, token: string, upstream: Upstream): Promise<LoadJob>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The same load against the service, the baseline proxy and their upstream itself. */
export async function compare(
  ctx: BenchContext,
  spec: CompareSpec,
  upstream: Upstream,
): Promise<ComparedScenario> {
  const results = {} as Record<Target, Figures>;
  const warnings: string[] = [];
  const label = upstream.kind === 'simulator' ? spec.name : `${spec.name}/canned`;
  for (const target of TARGETS) {
    const token = await upstream.fresh();
    const url = { service: ctx.service.url, baseline: ctx.baseline.url, direct: upstream.url }[
      target
    ];
    const job = await spec.job(target, url, token, upstream);
    // The process that answers this target: its CPU per request is the cost of a request.
    const serverPid = {
      service: ctx.service.child.pid,
      baseline: ctx.baseline.child.pid,
      direct: upstream.pid,
    }[target];
    const { result, otherCpuCores, serverCpuMs, upstreamCpuMs } = await measure(
      ctx,
      {
        ...job,
        headers: {
          ...(target === 'service' ? serviceHeaders : bearerHeaders(token)),
          ...job.headers,
        },
      },
      serverPid,
      target === 'direct' ? undefined : upstream.pid,
    );
    const what = `${label} (${target})`;
    for (const warning of [
      unexpectedStatuses(result, spec.expectedStatus, what),
      busyNeighbour(otherCpuCores, what),
    ]) {
      if (warning) warnings.push(warning);
    }
    results[target] = figures(result, otherCpuCores, serverCpuMs, upstreamCpuMs);
    const upstreamCpu = results[target].upstreamCpuUsPerRequest;
    console.log(
      `  ${label.padEnd(13)} ${target.padEnd(8)} ${String(result.rps).padStart(8)} req/s  ` +
        `p50 ${result.latencyMs.p50} ms  p99 ${result.latencyMs.p99} ms  ` +
        `${results[target].cpuUsPerRequest} µs CPU/request` +
        `${upstreamCpu === undefined ? '' : ` (+${upstreamCpu} upstream)`}  (${result.requests} responses` +
        `${otherCpuCores > BUSY_NEIGHBOUR_CORES ? `; other processes used ${otherCpuCores} cores` : ''})`,
    );
  }
  const { service, baseline } = results;
  return {
    upstream: upstream.kind,
    connections: ctx.settings.connections,
    durationSeconds: ctx.settings.durationSeconds,
    ...results,
    ratio: round2(service.rps / baseline.rps),
    ...(service.cpuUsPerRequest && baseline.cpuUsPerRequest
      ? { cpuRatio: round2(service.cpuUsPerRequest / baseline.cpuUsPerRequest) }
      : {}),
    addedP99Ms: service.p99Ms - baseline.p99Ms,
    warnings,
  };
}
