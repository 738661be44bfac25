/*
 * `npm run soak`: mixed traffic for SOAK_SECONDS (default 300) against the production build of the
 * service and the Factus simulator, with 5 % of Factus calls faulted (500/502/503, connections
 * reset before or after processing, answers slower than FACTUS_TIMEOUT_MS, non-JSON bodies).
 * Reports answers by status and code, the service's RSS and open file descriptors at the start and
 * the end, and exits 1 when an unmapped 5xx (a 500 INTERNAL_ERROR, say) or a request without any
 * answer appeared, or when the service died. SOAK_RPS (default 50) sets the arrival rate.
 */
import { readdirSync, readlinkSync } from 'node:fs';
import {
  armFaults,
  describeFault,
  FAULT_PROBABILITY,
  FAULT_ROUTES,
  FAULT_TYPES,
  SOAK_FACTUS_TIMEOUT_MS,
} from './soak/fault-plan';
import { withBenchDatabase } from './bench-database';
import { collectGarbage } from './soak/inspector';
import { Tally } from './soak/tally';
import { Traffic } from './soak/traffic';
import {
  freePort,
  installCleanup,
  openFds,
  requireBuild,
  rssMb,
  sleep,
  startService,
  startSimulator,
  stop,
  stopAll,
  wasInterrupted,
} from './processes';
import { SIMULATOR_UNLIMITED, SimulatorApi } from './simulator-api';

const ROTATE_FAULTS_MS = 5000;
const MAX_IN_FLIGHT = 500;

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

/** Open file descriptors by kind: sockets, pipes, files, others. */
function fdKinds(pid: number): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    let target = '';
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue;
    }
    const kind = target.startsWith('socket:')
      ? 'socket'
      : target.startsWith('pipe:')
        ? 'pipe'
        : target.startsWith('anon_inode:')
          ? 'anon'
          : 'file';
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}

/** Heap used and document-cache bytes, from the service's own /metrics, in MB. */
async function serviceMemory(
  serviceUrl: string,
): Promise<{ heapMb?: number; documentCacheMb?: number }> {
  const text = await (await fetch(`${serviceUrl}/metrics`)).text();
  const mb = (metric: string) => {
    const bytes = Number(new RegExp(`^${metric} (\\d+(?:\\.\\d+)?)`, 'm').exec(text)?.[1]);
    return Number.isFinite(bytes) ? Math.round((bytes / 1048576) * 10) / 10 : undefined;
  };
  return { heapMb: mb('nodejs_heap_size_used_bytes'), documentCacheMb: mb('document_cache_bytes') };
}

interface Snapshot {
  /** RSS as it is, then after a full garbage collection. */
  rssBeforeGcMb: number;
  rssMb: number;
  fds: number;
  fdKinds: Record<string, number>;
  /** After a full garbage collection: what the service retains. */
  heapMb?: number;
  documentCacheMb?: number;
}

async function snapshot(pid: number, serviceUrl: string, inspectorPort: number): Promise<Snapshot> {
  const rssBeforeGcMb = rssMb(pid);
  await collectGarbage(inspectorPort);
  return {
    rssBeforeGcMb,
    rssMb: rssMb(pid),
    fds: openFds(pid),
    fdKinds: fdKinds(pid),
    ...(await serviceMemory(serviceUrl)),
  };
}

/** What the simulator received since `lastSeq`, read from its request log as the run goes. */
class FactusTraffic {
  requests = 0;
  faulted = 0;
  readonly byFault: Record<string, number> = {};

  constructor(
    private readonly sim: SimulatorApi,
    private lastSeq: number,
  ) {}

  async update(): Promise<void> {
    const fresh = (await this.sim.requests()).filter((entry) => entry.seq > this.lastSeq);
    this.lastSeq = fresh.at(-1)?.seq ?? this.lastSeq;
    this.requests += fresh.length;
    for (const entry of fresh.filter((e) => e.fault)) {
      this.faulted += 1;
      this.byFault[entry.fault as string] = (this.byFault[entry.fault as string] ?? 0) + 1;
    }
  }
}

/** The service keeps its ledger in a fresh PostgreSQL database, dropped at the end. */
const main = () => withBenchDatabase(soak);

async function soak(): Promise<number> {
  const seconds = positive('SOAK_SECONDS', Number(process.argv[2] ?? 300));
  const rps = positive('SOAK_RPS', 50);
  const cleanup = installCleanup((seconds + 120) * 1000);
  requireBuild();

  const simulator = await startSimulator();
  const sim = new SimulatorApi(simulator.url);
  await sim.settings(SIMULATOR_UNLIMITED);
  // The inspector (loopback only) lets the soak force a full GC before reading the heap.
  const inspectorPort = await freePort();
  const service = await startService({
    simulatorUrl: simulator.url,
    env: { FACTUS_TIMEOUT_MS: String(SOAK_FACTUS_TIMEOUT_MS) },
    nodeArgs: [`--inspect=127.0.0.1:${inspectorPort}`],
  });
  const pid = service.child.pid;
  let serviceExit: number | null | undefined;
  void service.child.exited.then((code) => (serviceExit = code));

  // Seed a few documents without faults, then measure the service at rest.
  const seeding = new Traffic(service.url);
  for (let i = 0; i < 10; i += 1) await seeding.createInvoice();
  await seeding.close();
  await sleep(2000);
  const start = await snapshot(pid, service.url, inspectorPort);

  console.log(
    `Soak: ${seconds} s at ${rps} requests/s against ${service.url}; ${FAULT_PROBABILITY * 100} % faults on ` +
      `${FAULT_ROUTES.join(', ')}, rotating every ${ROTATE_FAULTS_MS / 1000} s through ${FAULT_TYPES.map(describeFault).join(', ')}; ` +
      `FACTUS_TIMEOUT_MS=${SOAK_FACTUS_TIMEOUT_MS}`,
  );
  const traffic = new Traffic(service.url);
  traffic.documents.invoices.push(...seeding.documents.invoices);
  traffic.documents.creditable.push(...seeding.documents.creditable);
  const tally = new Tally();
  const inFlight = new Set<Promise<void>>();
  let skipped = 0;
  let step = 0;
  await armFaults(sim, step);
  const rssSamples: number[] = [];
  const factus = new FactusTraffic(sim, (await sim.requests()).at(-1)?.seq ?? 0);

  const began = Date.now();
  const endAt = began + seconds * 1000;
  let nextFaults = began + ROTATE_FAULTS_MS;
  let nextReport = began + 10_000;
  let sent = 0;
  while (Date.now() < endAt && serviceExit === undefined) {
    const due = Math.floor(((Date.now() - began) / 1000) * rps);
    while (sent < due) {
      sent += 1;
      if (inFlight.size >= MAX_IN_FLIGHT) {
        skipped += 1;
        continue;
      }
      const request: Promise<void> = traffic.next().then((answer) => {
        tally.add(answer);
        inFlight.delete(request);
      });
      inFlight.add(request);
    }
    if (Date.now() >= nextFaults) {
      step += 1;
      nextFaults += ROTATE_FAULTS_MS;
      await armFaults(sim, step);
      await factus.update();
    }
    if (Date.now() >= nextReport) {
      nextReport += 10_000;
      const rss = rssMb(pid);
      rssSamples.push(rss);
      console.log(
        `  ${Math.round((Date.now() - began) / 1000)} s: ${tally.total} answered (${tally.failed} failed, ` +
          `${tally.unmapped.length} unmapped 5xx, ${tally.transport.length} without answer), ${inFlight.size} in flight, RSS ${rss} MB`,
      );
    }
    await sleep(5);
  }
  await sim.clearFaults();
  await Promise.all(inFlight);
  await factus.update();
  await traffic.close();
  const elapsedS = (Date.now() - began) / 1000;
  await sleep(2000);

  const alive = serviceExit === undefined;
  const ready =
    alive &&
    (await fetch(`${service.url}/health/ready`).then(
      (r) => r.status,
      () => 0,
    ));
  const end = alive ? await snapshot(pid, service.url, inspectorPort) : undefined;
  await stop(service.child);
  await stop(simulator.child);
  cleanup.cancel();

  const sorted = [...tally.answers.entries()].sort((a, b) => b[1] - a[1]);
  const lines = [
    '',
    `## Soak: ${Math.round(elapsedS)} s, ${tally.total} requests (${(tally.total / elapsedS).toFixed(1)}/s)`,
    '',
    '| Answer | Count |',
    '| --- | --: |',
    ...sorted.map(([key, count]) => `| ${key} | ${count} |`),
    '',
    '| Operation | Answered OK | Failed |',
    '| --- | --: | --: |',
    ...[...tally.byOperation.entries()].map(([op, c]) => `| ${op} | ${c.ok} | ${c.failed} |`),
    '',
    `- Answered: ${tally.ok} OK, ${tally.failed} failed; ${skipped} arrivals skipped (over ${MAX_IN_FLIGHT} in flight).`,
    `- Factus (the simulator) received ${factus.requests} requests during the run; ${factus.faulted} got an injected fault ${JSON.stringify(factus.byFault)}.`,
    `- 5xx other than mapped upstream ones (502/503/504 with FACTUS_* or *_OUTCOME_UNKNOWN): ${tally.unmapped.length}` +
      (tally.unmapped.length ? ` — ${JSON.stringify(tally.unmapped.slice(0, 5))}` : ' (none)'),
    `- Requests without any answer: ${tally.transport.length}` +
      (tally.transport.length ? ` — ${JSON.stringify(tally.transport.slice(0, 3))}` : ''),
    `- Service alive at the end: ${alive ? 'yes' : `no (exit ${serviceExit})`}; /health/ready: ${ready || 'no answer'}.`,
    `- RSS after a full GC: ${start.rssMb} MB at the start, ${end?.rssMb ?? '?'} MB at the end (${end ? `${(end.rssMb - start.rssMb).toFixed(1)} MB growth` : 'n/a'}); ` +
      `before it: ${start.rssBeforeGcMb} → ${end?.rssBeforeGcMb ?? '?'} MB; every 10 s during the run: ${rssSamples.join(', ')} MB.`,
    `- Heap used after a full GC: ${start.heapMb} MB at the start, ${end?.heapMb ?? '?'} MB at the end; ` +
      `document cache (PDF/XML, bounded by DOCUMENT_CACHE_MAX_BYTES): ${start.documentCacheMb} → ${end?.documentCacheMb ?? '?'} MB.`,
    `- Open file descriptors: ${start.fds} at the start ${JSON.stringify(start.fdKinds)}, ${end?.fds ?? '?'} at the end ${JSON.stringify(end?.fdKinds ?? {})} ` +
      '(the keep-alive pool toward Factus holds up to 64 idle sockets).',
    ...(end && end.fds - start.fds > 64
      ? ['- WARNING: more descriptors than the keep-alive pool explains.']
      : []),
    ...(end?.heapMb !== undefined &&
    start.heapMb !== undefined &&
    end.heapMb - start.heapMb > 20 + (end.documentCacheMb ?? 0)
      ? ['- WARNING: the retained heap grew by more than 20 MB beyond the document cache.']
      : []),
  ];
  console.log(lines.join('\n'));

  const bad = tally.unmapped.length > 0 || tally.transport.length > 0 || !alive;
  console.log(
    bad
      ? '\nSOAK FAILED'
      : '\nSoak passed: no unmapped 5xx, every request answered, the service alive.',
  );
  return bad ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    if (wasInterrupted()) return; // the signal handler is stopping everything and exits
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await stopAll();
    process.exit(1);
  },
);
