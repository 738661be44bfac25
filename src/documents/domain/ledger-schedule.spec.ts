import { followUpDelayMs, retryDelayMs } from './ledger-schedule';

const schedule = { baseMs: 1000, maxMs: 300_000 };

describe('retryDelayMs', () => {
  it('doubles with each attempt from the base, without jitter at the midpoint', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, schedule, 0.5))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
  });

  it('never exceeds the cap, whatever the attempt count', () => {
    expect(retryDelayMs(40, schedule, 0.5)).toBe(300_000);
    expect(retryDelayMs(10_000, schedule, 0.999)).toBeLessThanOrEqual(360_000);
  });

  it('spreads by at most 20 % either way', () => {
    expect(retryDelayMs(3, schedule, 0)).toBe(3200);
    expect(retryDelayMs(3, schedule, 0.9999)).toBe(4800);
  });
});

describe('followUpDelayMs', () => {
  it('waits at least five times the base for a fresh pending document', () => {
    expect(followUpDelayMs(0, schedule)).toBe(5000);
  });

  it('waits half the document age as it ages, up to the cap', () => {
    expect(followUpDelayMs(60_000, schedule)).toBe(30_000);
    expect(followUpDelayMs(24 * 3600_000, schedule)).toBe(300_000);
  });
});
