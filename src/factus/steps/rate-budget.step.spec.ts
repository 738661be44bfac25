import type { FactusCall } from '../factus-call';
import type { FactusMetrics } from '../factus-metrics.port';
import { FactusApiError } from '../factus.errors';
import { RateLimitQueueTimeoutError } from '../resilience/rate-limit.errors';
import type { FactusRateLimiter } from '../resilience/rate-limiter.port';
import type { FactusSender } from './factus-sender';
import { RateBudgetStep } from './rate-budget.step';

function recordingLimiter(refuse = false) {
  const acquired: string[] = [];
  const limits: Array<number | undefined> = [];
  const paused: Array<[string, number]> = [];
  const limiter: FactusRateLimiter = {
    acquire: (key, limit) => {
      acquired.push(key);
      limits.push(limit);
      return refuse ? Promise.reject(new RateLimitQueueTimeoutError(3)) : Promise.resolve();
    },
    pause: (key, ms) => void paused.push([key, ms]),
    queueDepth: () => 0,
  };
  return { limiter, acquired, limits, paused };
}

function recordingMetrics() {
  const waits: string[] = [];
  const pauses: number[] = [];
  const metrics: FactusMetrics = {
    callCompleted: () => undefined,
    tokenRequested: () => undefined,
    limiterWaited: (seconds, outcome) => void waits.push(outcome),
    rateLimitPaused: (until) => void pauses.push(until),
  };
  return { metrics, waits, pauses };
}

const answering: FactusSender = {
  send: () => Promise.resolve({ status: 200, body: {}, headers: {} }),
};
const failingWith = (error: Error): FactusSender => ({ send: () => Promise.reject(error) });
const session = { accessToken: 't', accountKey: 'acct-1' };
const send = (step: RateBudgetStep, call: Partial<FactusCall> = {}) =>
  step.send({ call: { method: 'GET', path: '/v2/bills', ...call }, attempt: 1 });

describe('RateBudgetStep', () => {
  it("spends the budget of the call's key, else the session's account, else 'anonymous'", async () => {
    const { limiter, acquired } = recordingLimiter();
    const step = new RateBudgetStep(limiter, recordingMetrics().metrics, answering);
    await send(step, { rateKey: 'explicit', session });
    await send(step, { session });
    await send(step);
    expect(acquired).toEqual(['explicit', 'acct-1', 'anonymous']);
  });

  it('spends once per attempt it is given', async () => {
    const { limiter, acquired } = recordingLimiter();
    const step = new RateBudgetStep(limiter, recordingMetrics().metrics, answering);
    await send(step, { session });
    await send(step, { session });
    expect(acquired).toEqual(['acct-1', 'acct-1']);
  });

  it("asks for a tenant account's own limit (call's account, else its session's), else none", async () => {
    const { limiter, acquired, limits } = recordingLimiter();
    const step = new RateBudgetStep(limiter, recordingMetrics().metrics, answering);
    const acme = { tenantId: 'acme', baseUrl: 'https://acme.test', rateLimit: 20 };
    await send(step, { rateKey: 'tenant:acme', account: acme });
    await send(step, { session: { ...session, accountKey: 'tenant:acme', account: acme } });
    await send(step, { session: { ...session, account: { tenantId: 'b', baseUrl: 'https://b' } } });
    await send(step, { session });
    expect(acquired).toEqual(['tenant:acme', 'tenant:acme', 'acct-1', 'acct-1']);
    expect(limits).toEqual([20, 20, undefined, undefined]);
  });

  it('reports granted waits, and refused ones without sending', async () => {
    const granted = recordingMetrics();
    await send(new RateBudgetStep(recordingLimiter().limiter, granted.metrics, answering));
    expect(granted.waits).toEqual(['granted']);

    const refused = recordingMetrics();
    const next = { send: jest.fn(answering.send) };
    const step = new RateBudgetStep(recordingLimiter(true).limiter, refused.metrics, next);
    await expect(send(step)).rejects.toBeInstanceOf(RateLimitQueueTimeoutError);
    expect(refused.waits).toEqual(['refused']);
    expect(next.send).not.toHaveBeenCalled();
  });

  it("holds the account for Factus's Retry-After after a 429 (1 s when it says nothing)", async () => {
    const { limiter, paused } = recordingLimiter();
    const metrics = recordingMetrics().metrics;
    const with7 = new FactusApiError(429, {}, 'Too many', { retryAfterSeconds: 7 });
    await expect(
      send(new RateBudgetStep(limiter, metrics, failingWith(with7)), { session }),
    ).rejects.toBe(with7);
    const bare = new FactusApiError(429, {}, 'Too many');
    await expect(
      send(new RateBudgetStep(limiter, metrics, failingWith(bare)), { session }),
    ).rejects.toBe(bare);
    const other = new FactusApiError(404, {}, 'Not found');
    await expect(
      send(new RateBudgetStep(limiter, metrics, failingWith(other)), { session }),
    ).rejects.toBe(other);
    expect(paused).toEqual([
      ['acct-1', 7000],
      ['acct-1', 1000],
    ]);
  });

  it('caps a Retry-After of a year at maxPauseMs, and shows the pause while it runs', async () => {
    const { limiter, paused } = recordingLimiter();
    const { metrics, pauses } = recordingMetrics();
    let now = 1_000_000;
    const aYear = new FactusApiError(429, {}, 'Too many', { retryAfterSeconds: 31_536_000 });
    const step = new RateBudgetStep(limiter, metrics, failingWith(aYear), 300_000, () => now);
    await expect(send(step, { session })).rejects.toBe(aYear);
    expect(paused).toEqual([['acct-1', 300_000]]);
    expect(pauses).toEqual([1_300_000]);
    expect(step.pause).toEqual({
      rateKey: 'acct-1',
      untilEpochMs: 1_300_000,
      requestedMs: 31_536_000_000,
    });
    now += 300_000;
    expect(step.pause).toBeUndefined();
  });
});
