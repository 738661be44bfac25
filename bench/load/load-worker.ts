/*
 * The load generator, in its own process so that it never shares a CPU queue with what it
 * measures: receives LoadJobs over IPC, runs each with autocannon's API, answers LoadResults.
 */
import autocannon from 'autocannon';
import { factusBill, invoiceLines, serviceInvoice } from '../invoice-bodies';
import type { LoadJob, LoadResult, WorkerReply, WorkerRequest } from './load-job';

const REFERENCE_PLACEHOLDER = '__REFERENCE__';

/** A body template per job (serialised once); each request only swaps in a fresh reference. */
function bodyFactory(job: LoadJob): (() => string) | undefined {
  if (!job.body) return undefined;
  const lines = invoiceLines(job.body.lines);
  const template = JSON.stringify(
    job.body.format === 'service-invoice'
      ? serviceInvoice(REFERENCE_PLACEHOLDER, lines)
      : factusBill(REFERENCE_PLACEHOLDER, lines),
  );
  const [before, after] = template.split(REFERENCE_PLACEHOLDER);
  let sequence = 0;
  const run = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  return () => {
    sequence += 1;
    return `${before}BENCH-${run}-${sequence}${after}`;
  };
}

async function run(job: LoadJob): Promise<LoadResult> {
  const makeBody = bodyFactory(job);
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(makeBody ? { 'content-type': 'application/json' } : {}),
    ...job.headers,
  };
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.durationSeconds ?? 10,
    amount: job.amount,
    timeout: job.timeoutSeconds ?? 10,
    requests: [
      {
        method: job.method,
        path: job.path,
        headers,
        ...(makeBody ? { setupRequest: (request) => ({ ...request, body: makeBody() }) } : {}),
      },
    ],
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = stats.count ?? 0;
  }
  const requests = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  return {
    requests,
    durationSeconds: result.duration,
    rps: Math.round((requests / result.duration) * 10) / 10,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: Math.round(result.latency.mean * 100) / 100,
    },
    statusCodes,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

process.on('message', (message: WorkerRequest) => {
  run(message.job).then(
    (result) => process.send?.({ id: message.id, result } satisfies WorkerReply),
    (error: unknown) =>
      process.send?.({ id: message.id, error: String(error) } satisfies WorkerReply),
  );
});
process.on('disconnect', () => process.exit(0));
