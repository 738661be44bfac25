/*
 * What the document ledger costs a create: the synchronous create (recorded, claimed, sent and
 * settled in PostgreSQL within the request) against the same create on a build from before the
 * ledger (BENCH_BEFORE_ROOT: a checkout of a5ec929 with its `dist/`), runs interleaved so that
 * both meet the same machine; and `Prefer: respond-async`: how fast the 202 comes, and how long
 * until every accepted document is validated.
 */
import { processTicks } from '../machine-load';
import { startService, stop } from '../processes';
import {
  BenchContext,
  busyNeighbour,
  figures,
  Figures,
  freshSimulator,
  measure,
  serviceHeaders,
  unexpectedStatuses,
} from './context';
import { CREATE_LINES } from './create';
import { median } from './startup';
import { asyncCreate, AsyncCreateRun } from './ledger-async';

export interface SyncCreateRun extends Figures {
  /** CPU of the PostgreSQL backends serving the service, per response (µs). */
  databaseCpuUsPerRequest?: number;
}

export interface LedgerResult {
  /** Where the ledger was kept. */
  store: string;
  connections: number;
  /** Synchronous creates with the ledger, one entry per run. */
  syncWithLedger: SyncCreateRun[];
  /** The same on the build from before the ledger (absent without BENCH_BEFORE_ROOT). */
  syncBefore?: SyncCreateRun[];
  beforeRoot?: string;
  /** Median p50 / p99 with the ledger − median before, in ms. */
  addedP50Ms?: number;
  addedP99Ms?: number;
  async: AsyncCreateRun[];
  warnings: string[];
}

/** Each measurement is repeated (BENCH_LEDGER_RUNS, default 2) to show its spread. */
function runs(): number {
  const value = Number(process.env.BENCH_LEDGER_RUNS ?? 2);
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    throw new Error('BENCH_LEDGER_RUNS must be 1–5');
  }
  return value;
}

async function syncCreate(
  ctx: BenchContext,
  server: { url: string; pid: number },
  what: string,
  warnings: string[],
): Promise<SyncCreateRun> {
  await freshSimulator(ctx.sim);
  await ctx.database.clear();
  const databaseTicks = async () => {
    const pids = await ctx.database.backendPids();
    return pids.reduce((sum, pid) => sum + processTicks(pid), 0);
  };
  const ticksBefore = await databaseTicks();
  const { result, otherCpuCores, serverCpuMs } = await measure(
    ctx,
    {
      url: server.url,
      method: 'POST',
      path: '/api/v1/invoices',
      headers: serviceHeaders,
      connections: ctx.settings.connections,
      body: { format: 'service-invoice', lines: CREATE_LINES },
    },
    server.pid,
  );
  // Backends are per connection and long-lived: warm-up included, as an upper bound.
  const databaseMs = ((await databaseTicks()) - ticksBefore) * 10;
  for (const warning of [
    unexpectedStatuses(result, 201, what),
    busyNeighbour(otherCpuCores, what),
  ]) {
    if (warning) warnings.push(warning);
  }
  const run: SyncCreateRun = figures(result, otherCpuCores, serverCpuMs);
  if (databaseMs > 0) {
    run.databaseCpuUsPerRequest = Math.round((databaseMs * 1000) / Math.max(1, result.requests));
  }
  console.log(
    `  ${what.padEnd(26)} ${String(result.rps).padStart(7)} req/s  p50 ${result.latencyMs.p50} ms  ` +
      `p99 ${result.latencyMs.p99} ms  ${run.cpuUsPerRequest} µs CPU/request` +
      `${run.databaseCpuUsPerRequest ? ` (+${run.databaseCpuUsPerRequest} µs PostgreSQL)` : ''}` +
      `  (other processes ${otherCpuCores} cores)`,
  );
  return run;
}

const medianOf = (values: readonly SyncCreateRun[], pick: (run: SyncCreateRun) => number) =>
  median(values.map(pick));

export async function ledger(ctx: BenchContext): Promise<LedgerResult> {
  const warnings: string[] = [];
  const beforeRoot = process.env.BENCH_BEFORE_ROOT;
  const before = beforeRoot
    ? await startService({ simulatorUrl: ctx.simulator.url, root: beforeRoot })
    : undefined;
  if (before) ctx.ownPids.push(before.child.pid);
  const syncWithLedger: SyncCreateRun[] = [];
  const syncBefore: SyncCreateRun[] = [];
  const current = { url: ctx.service.url, pid: ctx.service.child.pid };
  try {
    for (let i = 1; i <= runs(); i += 1) {
      syncWithLedger.push(await syncCreate(ctx, current, `sync, ledger, run ${i}`, warnings));
      if (before) {
        const old = { url: before.url, pid: before.child.pid };
        syncBefore.push(await syncCreate(ctx, old, `sync, before, run ${i}`, warnings));
      }
    }
  } finally {
    if (before) await stop(before.child);
  }
  const async: AsyncCreateRun[] = [];
  for (let i = 1; i <= runs(); i += 1) async.push(await asyncCreate(ctx, i, warnings));
  const added = (pick: (run: SyncCreateRun) => number) =>
    medianOf(syncWithLedger, pick) - medianOf(syncBefore, pick);
  return {
    store: ctx.database.label,
    connections: ctx.settings.connections,
    syncWithLedger,
    ...(before
      ? {
          syncBefore,
          beforeRoot,
          addedP50Ms: added((run) => run.p50Ms),
          addedP99Ms: added((run) => run.p99Ms),
        }
      : {}),
    async,
    warnings,
  };
}
