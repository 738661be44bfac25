/*
 * bench/history.jsonl: one line per `npm run bench`, appended, so that a regression shows against
 * the runs before it. Each line: when, which commit, how busy the machine was, the ratios of
 * every compared scenario (service against the baseline in the same run), and the figures with
 * targets of their own (the 500-line invoice, start-up, RSS).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResults } from './report';
import { BUSY_NEIGHBOUR_CORES } from './scenarios/context';
import type { ComparedScenario } from './scenarios/compare';

export const HISTORY_FILE = join(__dirname, 'history.jsonl');

export interface ScenarioRatios {
  /** service req/s ÷ baseline req/s. */
  rps: number;
  /** service CPU per request ÷ baseline CPU per request. */
  cpu?: number;
  /** service p99 − baseline p99, ms. */
  addedP99Ms: number;
  serviceRps: number;
  baselineRps: number;
  serviceCpuUs?: number;
  baselineCpuUs?: number;
}

export interface HistoryLine {
  at: string;
  /**
   * `git rev-parse --short HEAD` when the run started, `+dirty` when src/ or bench/ (its own
   * outputs aside) had uncommitted changes then.
   */
  commit: string;
  machine: string;
  /** How busy the machine was: load averages, and the most CPU other programs took in a run. */
  load: { note: string; loadAvgStart: number; loadAvgEnd: number; maxOtherCores: number };
  simulator: { show: ScenarioRatios; create: ScenarioRatios };
  canned?: { show: ScenarioRatios; create: ScenarioRatios };
  /** The figures that have a target of their own (absent from lines written before them). */
  figures?: {
    invoice500LinesP50Ms: number;
    startupMedianMs: number;
    rssIdleMb: number;
    rssPeakMb: number;
  };
}

/** What the history line names as the measured code; call it when the run starts. */
export function gitCommit(): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: join(__dirname, '..'), encoding: 'utf8' }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git(
      'status',
      '--porcelain',
      '--',
      'src',
      'bench',
      ':!bench/results.json',
      ':!bench/history.jsonl',
      ':!bench/profiles',
    );
    return changed === '' ? commit : `${commit}+dirty`;
  } catch {
    return 'unknown';
  }
}

export function ratios(s: ComparedScenario): ScenarioRatios {
  return {
    rps: s.ratio,
    ...(s.cpuRatio === undefined ? {} : { cpu: s.cpuRatio }),
    addedP99Ms: s.addedP99Ms,
    serviceRps: s.service.rps,
    baselineRps: s.baseline.rps,
    ...(s.service.cpuUsPerRequest === undefined ? {} : { serviceCpuUs: s.service.cpuUsPerRequest }),
    ...(s.baseline.cpuUsPerRequest === undefined
      ? {}
      : { baselineCpuUs: s.baseline.cpuUsPerRequest }),
  };
}

/** The history line of a run, `commit` from gitCommit() at its start. */
export function historyLine(
  results: BenchResults,
  load: { loadAtStart: number; loadAtEnd: number },
  commit: string,
): HistoryLine {
  const { show, create, canned } = results.scenarios;
  const compared = [show, create, ...(canned ? [canned.show, canned.create] : [])];
  const runs = compared.flatMap((s) => [s.service, s.baseline, s.direct]);
  const maxOtherCores = Math.max(0, ...runs.map((r) => r.otherCpuCores));
  const disturbed = runs.filter((r) => r.otherCpuCores > BUSY_NEIGHBOUR_CORES).length;
  const round = (n: number) => Math.round(n * 100) / 100;
  const note =
    disturbed === 0
      ? `quiet: other programs used at most ${maxOtherCores} cores in any compared run`
      : `busy: other programs used more than ${BUSY_NEIGHBOUR_CORES} cores in ${disturbed} of ${runs.length} compared runs (up to ${maxOtherCores})`;
  return {
    at: results.generatedAt,
    commit,
    machine: `${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}`,
    load: {
      note: `${note}; load average ${round(load.loadAtStart)} → ${round(load.loadAtEnd)}`,
      loadAvgStart: round(load.loadAtStart),
      loadAvgEnd: round(load.loadAtEnd),
      maxOtherCores,
    },
    simulator: { show: ratios(show), create: ratios(create) },
    ...(canned ? { canned: { show: ratios(canned.show), create: ratios(canned.create) } } : {}),
    figures: {
      invoice500LinesP50Ms: results.scenarios.validation.whole.p50Ms,
      startupMedianMs: results.scenarios.startup.medianMs,
      rssIdleMb: results.scenarios.memory.idleMb,
      rssPeakMb: results.scenarios.memory.peakMb,
    },
  };
}

export function appendHistory(line: HistoryLine, file = HISTORY_FILE): void {
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}
