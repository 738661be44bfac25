/*
 * `Prefer: respond-async`: a fixed number of creates (BENCH_ASYNC_DOCUMENTS, default 500), each
 * answered 202 with its ledger record and sent in the background; then the ledger is polled until
 * every accepted document is settled. Reports the 202 latency and the time to the last validation.
 */
import { foreignCpu, waitForQuiet } from '../machine-load';
import { isSettled, LEDGER_STATES } from '../../src/documents/domain/ledger-state';
import { sleep } from '../processes';
import {
  BenchContext,
  benchPids,
  BUSY_NEIGHBOUR_CORES,
  busyNeighbour,
  figures,
  Figures,
  freshSimulator,
  ownDatabaseBackends,
  QUIET_WAIT_MS,
  serviceHeaders,
  unexpectedStatuses,
} from './context';
import { CREATE_LINES } from './create';

export interface AsyncCreateRun {
  documents: number;
  /** The 202 answers. */
  accepted: Figures;
  /** From the first request until the last 202. */
  acceptedInMs: number;
  /** From the first request until every accepted document was validated (or the deadline). */
  allValidatedInMs: number;
  /** Ledger documents per state at the end. */
  states: Record<string, number>;
}

/** How long the accepted documents may take to settle before the run reports what is left. */
const SETTLE_DEADLINE_MS = 60_000;
const SETTLED = LEDGER_STATES.filter(isSettled);

function documentsPerRun(): number {
  const value = Number(process.env.BENCH_ASYNC_DOCUMENTS ?? 500);
  if (!Number.isInteger(value) || value < 1 || value > 100_000) {
    throw new Error('BENCH_ASYNC_DOCUMENTS must be 1–100000');
  }
  return value;
}

async function settle(
  ctx: BenchContext,
  expected: number,
): Promise<{ states: Record<string, number>; settled: boolean }> {
  const deadline = Date.now() + SETTLE_DEADLINE_MS;
  let states: Record<string, number> = {};
  while (Date.now() < deadline) {
    states = await ctx.database.states();
    const settled = SETTLED.reduce((sum, state) => sum + (states[state] ?? 0), 0);
    if (settled >= expected) return { states, settled: true };
    await sleep(25);
  }
  return { states, settled: false };
}

export async function asyncCreate(
  ctx: BenchContext,
  run: number,
  warnings: string[],
): Promise<AsyncCreateRun> {
  const what = `async, run ${run}`;
  const documents = documentsPerRun();
  await freshSimulator(ctx.sim);
  await ctx.database.clear();
  await ownDatabaseBackends(ctx);
  await waitForQuiet(benchPids(ctx), BUSY_NEIGHBOUR_CORES, QUIET_WAIT_MS);
  const others = foreignCpu(benchPids(ctx));
  const started = performance.now();
  const result = await ctx.load.run({
    url: ctx.service.url,
    method: 'POST',
    path: '/api/v1/invoices',
    headers: { ...serviceHeaders, prefer: 'respond-async' },
    connections: ctx.settings.connections,
    amount: documents,
    body: { format: 'service-invoice', lines: CREATE_LINES },
  });
  const acceptedInMs = Math.round(performance.now() - started);
  const { states, settled } = await settle(ctx, result.statusCodes['202'] ?? 0);
  const allValidatedInMs = Math.round(performance.now() - started);
  const otherCpuCores = others();
  for (const warning of [
    unexpectedStatuses(result, 202, what),
    busyNeighbour(otherCpuCores, what),
    settled ? undefined : `${what}: not every document settled within ${SETTLE_DEADLINE_MS} ms`,
    (states.validated ?? 0) === documents
      ? undefined
      : `${what}: ${states.validated ?? 0} of ${documents} validated (${JSON.stringify(states)})`,
  ]) {
    if (warning) warnings.push(warning);
  }
  console.log(
    `  ${what.padEnd(26)} ${documents} × 202: p50 ${result.latencyMs.p50} ms  ` +
      `p99 ${result.latencyMs.p99} ms; accepted in ${acceptedInMs} ms, all validated after ` +
      `${allValidatedInMs} ms  (other processes ${otherCpuCores} cores)`,
  );
  return {
    documents,
    accepted: figures(result, otherCpuCores),
    acceptedInMs,
    allValidatedInMs,
    states,
  };
}
