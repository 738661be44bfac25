/*
 * The pure helpers of the canned upstream, the report's bars and the history line:
 * `node -r ts-node/register/transpile-only --test bench/bench-helpers.test.ts` (Jest's projects
 * cover src/ and test/ only).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fill, holes, numberer, referenceOf } from './canned-upstream';
import { historyLine } from './history';
import { bar, BenchResults } from './report';
import type { ComparedScenario } from './scenarios/compare';
import type { Figures } from './scenarios/context';

void describe('canned upstream', () => {
  void it('splices the reference and the number into every place the recorded answer holds them', () => {
    const recorded =
      '{"message":"Documento REF-1 validado","data":{"reference_code":"REF-1","number":"SETP990000001","qr":"x?n=SETP990000001"}}';
    const parts = holes(recorded, ['REF-1', 'SETP990000001']);
    assert.equal(fill(parts, ['REF-1', 'SETP990000001']), recorded);
    assert.equal(
      fill(parts, ['BENCH-9', 'SETP990000042']),
      '{"message":"Documento BENCH-9 validado","data":{"reference_code":"BENCH-9","number":"SETP990000042","qr":"x?n=SETP990000042"}}',
    );
  });

  void it("reads a request's reference_code without parsing it, escapes included", () => {
    assert.equal(referenceOf('{"document":"01","reference_code":"A-1","items":[]}'), 'A-1');
    assert.equal(referenceOf('{"reference_code" : "A\\"B"}'), 'A\\"B');
    assert.equal(referenceOf('{"code_reference":"X"}'), undefined);
  });

  void it('numbers after the recorded one, keeping prefix and width', () => {
    const next = numberer('SETP990000001');
    assert.equal(next(), 'SETP990000002');
    assert.equal(next(), 'SETP990000003');
    const wraps = numberer('FV99');
    assert.equal(wraps(), 'FV00');
  });
});

void describe('report bars', () => {
  void it('fills the bar in proportion to the ratio, full at the baseline', () => {
    assert.equal(bar(0, 10), '░░░░░░░░░░');
    assert.equal(bar(0.42, 10), '████░░░░░░');
    assert.equal(bar(1, 10), '██████████');
    assert.equal(bar(1.3, 10), '██████████▶');
  });
});

void describe('history line', () => {
  const fig = (rps: number, cpu: number, p99: number, other = 0): Figures => ({
    rps,
    p50Ms: 1,
    p99Ms: p99,
    requests: 1000,
    statusCodes: { '200': 1000 },
    errors: 0,
    cpuUsPerRequest: cpu,
    otherCpuCores: other,
  });
  const scenario = (service: Figures, baseline: Figures): ComparedScenario => ({
    connections: 50,
    durationSeconds: 8,
    service,
    baseline,
    direct: fig(9000, 50, 5),
    ratio: Math.round((service.rps / baseline.rps) * 100) / 100,
    cpuRatio: (service.cpuUsPerRequest ?? 0) / (baseline.cpuUsPerRequest ?? 1),
    addedP99Ms: service.p99Ms - baseline.p99Ms,
    warnings: [],
  });
  const results = {
    generatedAt: '2026-12-01T00:00:00.000Z',
    machine: { node: 'v20', cpus: 2, cpuModel: 'cpu' },
    scenarios: {
      show: scenario(fig(1000, 500, 50), fig(2000, 100, 20)),
      create: scenario(fig(500, 2000, 100), fig(1000, 200, 50, 0.4)),
      validation: { whole: { p50Ms: 12.34 } },
      startup: { medianMs: 876 },
      memory: { idleMb: 101.5, peakMb: 190.2 },
    },
  } as unknown as BenchResults;

  void it('holds the ratios and the figures with targets, and says when the machine was busy', () => {
    const line = historyLine(results, { loadAtStart: 1.234, loadAtEnd: 2 }, 'abc1234');
    assert.equal(line.commit, 'abc1234');
    assert.deepEqual(line.simulator.show, {
      rps: 0.5,
      cpu: 5,
      addedP99Ms: 30,
      serviceRps: 1000,
      baselineRps: 2000,
      serviceCpuUs: 500,
      baselineCpuUs: 100,
    });
    assert.equal(line.canned, undefined);
    assert.deepEqual(line.figures, {
      invoice500LinesP50Ms: 12.34,
      startupMedianMs: 876,
      rssIdleMb: 101.5,
      rssPeakMb: 190.2,
    });
    assert.equal(line.load.maxOtherCores, 0.4);
    assert.match(
      line.load.note,
      /^busy: .* in 1 of 6 compared runs \(up to 0\.4\); load average 1\.23 → 2$/,
    );
  });
});
