import { FixedWindowRateLimiter } from './rate-limiter';

describe('FixedWindowRateLimiter (simulator)', () => {
  it('allows the limit per window, refuses the rest with the seconds left, then resets', () => {
    let now = 1_000_000;
    const limiter = new FixedWindowRateLimiter(
      () => now,
      () => ({ rateLimit: 3, rateWindowMs: 60_000 }),
    );
    expect([1, 2, 3].map(() => limiter.hit('u').allowed)).toEqual([true, true, true]);
    now += 15_000;
    const refused = limiter.hit('u');
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 45 });
    expect(limiter.hit('other').allowed).toBe(true);
    now += 45_000;
    expect(limiter.hit('u')).toMatchObject({ allowed: true, remaining: 2 });
  });
});
