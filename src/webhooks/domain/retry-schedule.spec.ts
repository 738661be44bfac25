import { nextAttemptAt, parseDuration, parseRetrySchedule } from './retry-schedule';

describe('retry schedule', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const schedule = [0, 5_000, 300_000];

  it('parses durations with or without a unit', () => {
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('50ms')).toBe(50);
    expect(parseDuration('5s')).toBe(5000);
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('10h')).toBe(36_000_000);
    expect(parseDuration('5 s')).toBeUndefined();
    expect(parseDuration('-5s')).toBeUndefined();
    expect(parseRetrySchedule('0,5s,x')).toEqual({ invalid: 'x' });
  });

  it('tries the first time at the first delay, without jitter', () => {
    expect(nextAttemptAt(schedule, 0, now, () => 1)).toEqual(now);
  });

  it('retries after the next delay, within 10 % jitter', () => {
    const at = (random: number) => nextAttemptAt(schedule, 1, now, () => random)!.getTime();
    expect(at(0.5) - now.getTime()).toBe(5000);
    expect(at(0) - now.getTime()).toBe(4500);
    expect(at(1) - now.getTime()).toBe(5500);
    expect(nextAttemptAt(schedule, 2, now, () => 0.5)!.getTime() - now.getTime()).toBe(300_000);
  });

  it('is spent after the last delay: the delivery is dead', () => {
    expect(nextAttemptAt(schedule, 3, now)).toBeUndefined();
  });
});
