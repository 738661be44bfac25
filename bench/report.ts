/* The benchmark's results: every figure beside its target, as results.json and as Markdown. */
import type { BurstResult } from './scenarios/burst';
import type { ManagedTokensResult, PdfResult } from './scenarios/cached-downloads';
import type { ComparedScenario } from './scenarios/compare';
import type { LedgerResult } from './scenarios/ledger';
import type { StartupResult } from './scenarios/startup';
import type { ValidationResult } from './scenarios/validation';

export interface MemoryResult {
  /** Service RSS once ready, before any load. */
  idleMb: number;
  /** Service RSS at the end of the load scenarios (show, create, managed, PDF). */
  afterLoadMb: number;
  /** Highest RSS sampled (every 250 ms) during them. */
  peakMb: number;
}

export interface BenchResults {
  generatedAt: string;
  machine: { node: string; cpus: number; cpuModel: string };
  settings: { connections: number; durationSeconds: number; warmupSeconds: number };
  scenarios: {
    show: ComparedScenario;
    create: ComparedScenario;
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
      'Validate + total + map 500 lines, p50',
      `${s.validation.domain.p50Ms} ms`,
      '≤ 20 ms',
      s.validation.domain.p50Ms <= 20,
    ),
    t(
      'Start-up to /health/ready (median of 5)',
      `${s.startup.medianMs} ms`,
      '≤ 1500 ms',
      s.startup.medianMs <= 1500,
    ),
    t('RSS idle', `${s.memory.idleMb} MB`, '≤ 150 MB', s.memory.idleMb <= 150),
    t(
      'RSS under load (end; peak)',
      `${s.memory.afterLoadMb} MB; ${s.memory.peakMb} MB`,
      '≤ 300 MB',
      s.memory.peakMb <= 300,
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

export function markdown(results: BenchResults): string {
  const { show, create, pdf, managedTokens, burst, validation, startup, memory } =
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
    '',
    ...ledgerLines(results.scenarios.ledger),
    '',
    `Burst: ${burst.creates} creates, statuses ${JSON.stringify(burst.statusCodes)}, ` +
      `${burst.factusRequests} Factus requests (${burst.factus429} answered 429). ` +
      `Request DTO validation of the 500 lines (class-validator, before the domain rules): p50 ${validation.requestDto.p50Ms} ms. ` +
      `Start-up runs: ${startup.runsMs.join(', ')} ms. RSS idle ${memory.idleMb} MB, after load ${memory.afterLoadMb} MB, peak ${memory.peakMb} MB.`,
    '',
    `${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}; ` +
      `${results.settings.durationSeconds} s per run after ${results.settings.warmupSeconds} s of warm-up; ${results.generatedAt}.`,
  ];
  if (results.warnings.length > 0)
    lines.push('', 'Warnings:', ...results.warnings.map((w) => `- ${w}`));
  return lines.join('\n');
}
