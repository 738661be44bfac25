/* The benchmark's results: every figure beside its target, as results.json and as Markdown. */
import type { BurstResult } from './scenarios/burst';
import type { ManagedTokensResult, PdfResult } from './scenarios/cached-downloads';
import type { ComparedScenario } from './scenarios/compare';
import type { LedgerResult } from './scenarios/ledger';
import type { StartupResult } from './scenarios/startup';
import type { ValidationResult } from './scenarios/validation';

export interface MemoryResult {
  /** Service RSS 1 s after ready, before V8 has given back what start-up grew. */
  justReadyMb: number;
  /** Service RSS a minute after ready without a request (run.ts, IDLE_SETTLE_MS), before any load. */
  idleMb: number;
  /** Service RSS at the end of the load scenarios (show, create, managed, PDF). */
  afterLoadMb: number;
  /** Highest RSS sampled (every 250 ms) during them. */
  peakMb: number;
}

/** Show and create with the service and the baseline over the canned upstream. */
export interface CannedResult {
  show: ComparedScenario;
  create: ComparedScenario;
  /** Sizes of the recorded answers it replays, in bytes. */
  recordedBytes: { token: number; show: number; create: number; ranges: number };
  /** What the canned upstream answered, by route (warm-ups included). */
  upstreamRequests: Record<string, number>;
  /** What it had no recording of (answered 404): `METHOD path` → count; empty when all was canned. */
  unrecordedRequests: Record<string, number>;
  warnings: string[];
}

export interface BenchResults {
  generatedAt: string;
  machine: { node: string; cpus: number; cpuModel: string };
  settings: { connections: number; durationSeconds: number; warmupSeconds: number };
  scenarios: {
    /** Over the simulator. */
    show: ComparedScenario;
    /** Over the simulator. */
    create: ComparedScenario;
    /** Absent in results written before the canned upstream. */
    canned?: CannedResult;
    ledger: LedgerResult;
    pdf: PdfResult;
    managedTokens: ManagedTokensResult;
    burst: BurstResult;
    validation: ValidationResult;
    startup: StartupResult;
    memory: MemoryResult;
  };
  targets: Target[];
  warnings: string[];
}

export interface Target {
  name: string;
  measured: string;
  target: string;
  met: boolean;
}

export function targets(s: BenchResults['scenarios']): Target[] {
  const t = (name: string, measured: string, target: string, met: boolean): Target => ({
    name,
    measured,
    target,
    met,
  });
  return [
    ...cannedTargets(s.canned, t),
    t('Show: service ÷ baseline req/s', `${s.show.ratio}×`, '≥ 0.5×', s.show.ratio >= 0.5),
    t(
      'Create (20 lines): service ÷ baseline req/s',
      `${s.create.ratio}×`,
      '≥ 0.5×',
      s.create.ratio >= 0.5,
    ),
    t(
      'Show: added p99 (service − baseline)',
      `${s.show.addedP99Ms} ms`,
      '≤ 10 ms',
      s.show.addedP99Ms <= 10,
    ),
    t(
      'A 500-line invoice: DTO + rules + totals + mapping, p50',
      `${s.validation.whole.p50Ms} ms`,
      '≤ 10 ms',
      s.validation.whole.p50Ms <= 10,
    ),
    t(
      'Start-up to /health/ready (median of 5)',
      `${s.startup.medianMs} ms`,
      '≤ 1000 ms',
      s.startup.medianMs <= 1000,
    ),
    t(
      'RSS idle (a minute after ready; 1 s after ready)',
      `${s.memory.idleMb} MB; ${s.memory.justReadyMb} MB`,
      '≤ 110 MB',
      s.memory.idleMb <= 110,
    ),
    t(
      'RSS under load (end; peak)',
      `${s.memory.afterLoadMb} MB; ${s.memory.peakMb} MB`,
      '≤ 200 MB',
      s.memory.peakMb <= 200,
    ),
    t(
      'PDF: Factus downloads per 1,000',
      String(s.pdf.factusDownloads),
      '1',
      s.pdf.factusDownloads === 1,
    ),
    t(
      'Managed: token requests per 1,000 calls',
      String(s.managedTokens.tokenRequests),
      '1',
      s.managedTokens.tokenRequests === 1,
    ),
    t('Burst: 429s seen by callers', String(s.burst.callerSaw429), '0', s.burst.callerSaw429 === 0),
    t(
      `Burst: most Factus requests in any ${s.burst.windowMs / 1000} s`,
      String(s.burst.peakInAnyWindow),
      `≤ ${s.burst.limit}`,
      s.burst.peakInAnyWindow <= s.burst.limit,
    ),
    t(
      'Burst: time ÷ ideal',
      `${s.burst.vsIdeal}× (${s.burst.tookMs} ms / ${s.burst.idealMs} ms)`,
      '≤ 1.15×',
      s.burst.vsIdeal <= 1.15,
    ),
  ];
}

/** Issue 12's targets, over the canned upstream (the figures of the service, not of its upstream). */
function cannedTargets(
  canned: CannedResult | undefined,
  t: (name: string, measured: string, target: string, met: boolean) => Target,
): Target[] {
  if (!canned) return [];
  const { show, create } = canned;
  return [
    t(
      'Canned upstream — show: service ÷ baseline req/s',
      `${show.ratio}×`,
      '≥ 0.5×',
      show.ratio >= 0.5,
    ),
    t(
      'Canned upstream — create (20 lines, ledger on): service ÷ baseline req/s',
      `${create.ratio}×`,
      '≥ 0.35×',
      create.ratio >= 0.35,
    ),
    t(
      'Canned upstream — show: added p99 (service − baseline)',
      `${show.addedP99Ms} ms`,
      '≤ 10 ms',
      show.addedP99Ms <= 10,
    ),
    t(
      'Canned upstream — show: CPU per request, service ÷ baseline',
      `${show.cpuRatio ?? '?'}× (${show.service.cpuUsPerRequest} µs / ${show.baseline.cpuUsPerRequest} µs)`,
      '≤ 2.5×',
      show.cpuRatio !== undefined && show.cpuRatio <= 2.5,
    ),
  ];
}

const BAR_WIDTH = 20;

/** `██████░░░░░░░░░░░░░░` for a ratio of 0.3 (full at 1, the baseline; longer ones are cut with ▶). */
export function bar(ratio: number, width = BAR_WIDTH): string {
  const filled = Math.max(0, Math.min(width, Math.round(ratio * width)));
  return ratio > 1 ? `${'█'.repeat(width)}▶` : `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/** One line per compared scenario: service ÷ baseline req/s as a bar, CPU per request, added p99. */
export function bars(results: BenchResults): string[] {
  const { show, create, canned } = results.scenarios;
  const runs: [string, ComparedScenario][] = [
    ['show   over simulator', show],
    ['create over simulator', create],
    ...(canned
      ? ([
          ['show   over canned   ', canned.show],
          ['create over canned   ', canned.create],
        ] as [string, ComparedScenario][])
      : []),
  ];
  return [
    '```text',
    `Service ÷ baseline: req/s (a full bar is the baseline's), CPU µs per request ` +
      '(service / baseline, and their ratio), added p99 (service − baseline)',
    ...runs.map(([name, s]) => {
      const cpu = `${s.service.cpuUsPerRequest ?? '?'} / ${s.baseline.cpuUsPerRequest ?? '?'}`;
      return (
        `${name}  service ${bar(s.ratio)} ${`${s.ratio.toFixed(2)}×`.padStart(6)}` +
        `   ${cpu.padStart(13)} (${`${s.cpuRatio ?? '?'}×`.padStart(6)})` +
        `   ${`${s.addedP99Ms >= 0 ? '+' : ''}${s.addedP99Ms} ms`.padStart(8)}`
      );
    }),
    '```',
  ];
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/**
 * Every run as `p50/p99 ms, req/s, CPU µs per request of the service (+ its PostgreSQL backends)`:
 * on a busy machine the CPU per request moves least.
 */
function runsText(runs: LedgerResult['syncWithLedger']): string {
  return runs
    .map(
      (r) =>
        `${r.p50Ms}/${r.p99Ms} ms, ${r.rps} req/s, ${r.cpuUsPerRequest}` +
        `${r.databaseCpuUsPerRequest ? `+${r.databaseCpuUsPerRequest}` : ''} µs CPU`,
    )
    .join('; ');
}

function ledgerLines(l: LedgerResult): string[] {
  const before = l.syncBefore
    ? `before the ledger (${l.beforeRoot}): ${runsText(l.syncBefore)}; added p50 ${l.addedP50Ms} ms, p99 ${l.addedP99Ms} ms (medians)`
    : 'before the ledger: not measured (set BENCH_BEFORE_ROOT)';
  const async = l.async
    .map(
      (a) =>
        `${a.documents} × 202 p50/p99 ${a.accepted.p50Ms}/${a.accepted.p99Ms} ms, all validated after ${a.allValidatedInMs} ms`,
    )
    .join('; ');
  return [
    `Ledger (${l.store}), create 20 lines, ${l.connections} connections, p50/p99 per run: ` +
      `synchronous with the ledger ${runsText(l.syncWithLedger)}; ${before}.`,
    `Prefer: respond-async: ${async}.`,
  ];
}

/** Over the canned upstream: the CPU figures, the upstream's own, and what it replayed. */
function cannedText(c: CannedResult): string {
  const unrecorded = Object.entries(c.unrecordedRequests);
  return (
    `Over the canned upstream ("direct" is the canned upstream itself), CPU per request (µs): ` +
    `show ${c.show.service.cpuUsPerRequest} service, ${c.show.baseline.cpuUsPerRequest} baseline ` +
    `(${c.show.cpuRatio}×), ${c.show.direct.cpuUsPerRequest} canned upstream; ` +
    `create ${c.create.service.cpuUsPerRequest} service, ${c.create.baseline.cpuUsPerRequest} baseline ` +
    `(${c.create.cpuRatio}×), ${c.create.direct.cpuUsPerRequest} canned upstream. ` +
    `The upstream's CPU per request while serving the service / the baseline: show ` +
    `${c.show.service.upstreamCpuUsPerRequest} / ${c.show.baseline.upstreamCpuUsPerRequest} µs, ` +
    `create ${c.create.service.upstreamCpuUsPerRequest} / ${c.create.baseline.upstreamCpuUsPerRequest} µs. ` +
    `Recorded answers: show ${c.recordedBytes.show} B, create ${c.recordedBytes.create} B; ` +
    `replayed ${JSON.stringify(c.upstreamRequests)}` +
    (unrecorded.length === 0
      ? '; nothing unrecorded was asked.'
      : `; **unrecorded (404)**: ${JSON.stringify(c.unrecordedRequests)}.`)
  );
}

export function markdown(results: BenchResults): string {
  const { show, create, canned, pdf, managedTokens, burst, validation, startup, memory } =
    results.scenarios;
  const compared = (name: string, s: ComparedScenario) =>
    row([
      name,
      s.service.rps,
      s.service.p50Ms,
      s.service.p99Ms,
      s.baseline.rps,
      s.baseline.p50Ms,
      s.baseline.p99Ms,
      s.direct.rps,
      s.direct.p50Ms,
      s.direct.p99Ms,
      `${s.ratio}×`,
    ]);
  const lines = [
    ...bars(results),
    '',
    row([
      'Scenario',
      'Service req/s',
      'p50 ms',
      'p99 ms',
      'Baseline req/s',
      'p50 ms',
      'p99 ms',
      'Direct req/s',
      'p50 ms',
      'p99 ms',
      'Service ÷ baseline',
    ]),
    row(['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:']),
    compared(`Show one invoice, ${show.connections} connections`, show),
    compared(`Create, 20 lines, ${create.connections} connections`, create),
    ...(canned
      ? [
          compared(`Show, canned upstream, ${canned.show.connections} connections`, canned.show),
          compared(
            `Create, 20 lines, canned upstream, ${canned.create.connections} connections`,
            canned.create,
          ),
        ]
      : []),
    row([
      `Same PDF ×${pdf.downloads} (1st from Factus, then cache)`,
      pdf.figures.rps,
      pdf.figures.p50Ms,
      pdf.figures.p99Ms,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]),
    row([
      `Managed session, first ${managedTokens.calls} shows after start-up`,
      managedTokens.figures.rps,
      managedTokens.figures.p50Ms,
      managedTokens.figures.p99Ms,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]),
    '',
    row(['Target', 'Measured', 'Target', 'Met']),
    row(['---', '--:', '--:', ':-:']),
    ...results.targets.map((t) =>
      row([t.name, t.measured, t.target, t.met ? 'met' : '**missed**']),
    ),
    '',
    `CPU per request of the process answering (µs): show ${show.service.cpuUsPerRequest} service, ` +
      `${show.baseline.cpuUsPerRequest} baseline, ${show.direct.cpuUsPerRequest} simulator; ` +
      `create ${create.service.cpuUsPerRequest} service, ${create.baseline.cpuUsPerRequest} baseline, ` +
      `${create.direct.cpuUsPerRequest} simulator.`,
    ...(canned ? ['', cannedText(canned)] : []),
    '',
    ...ledgerLines(results.scenarios.ledger),
    '',
    `Burst: ${burst.creates} creates, statuses ${JSON.stringify(burst.statusCodes)}, ` +
      `${burst.factusRequests} Factus requests (${burst.factus429} answered 429). ` +
      `The 500-line invoice, p50: domain rules ${validation.domain.p50Ms} ms, request DTO stage ${validation.requestDto.p50Ms} ms ` +
      `(plainToInstance ${validation.dtoParts.plainToInstanceMs}, class-validator ${validation.dtoParts.validateMs}, ` +
      `${validation.dtoParts.validateWithoutWhitelistMs} without the whitelist; class-validator's floor on the same lines ` +
      `${validation.dtoParts.floorMs}, see validation-floor.ts). ` +
      `Start-up runs: ${startup.runsMs.join(', ')} ms. RSS 1 s after ready ${memory.justReadyMb} MB, idle ${memory.idleMb} MB, after load ${memory.afterLoadMb} MB, peak ${memory.peakMb} MB.`,
    '',
    `${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}; ` +
      `${results.settings.durationSeconds} s per run after ${results.settings.warmupSeconds} s of warm-up; ${results.generatedAt}.`,
  ];
  if (results.warnings.length > 0)
    lines.push('', 'Warnings:', ...results.warnings.map((w) => `- ${w}`));
  return lines.join('\n');
}
