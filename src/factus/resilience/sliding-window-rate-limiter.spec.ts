import { RateLimitQueueTimeoutError } from './rate-limit.errors';
import { SlidingWindowRateLimiter } from './sliding-window-rate-limiter';

describe('SlidingWindowRateLimiter', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(1_000_000);
  });
  afterEach(() => jest.useRealTimers());

  const limiter = (
    overrides: Partial<ConstructorParameters<typeof SlidingWindowRateLimiter>[0]> = {},
  ) =>
    new SlidingWindowRateLimiter({
      limit: 3,
      windowMs: 1000,
      marginMs: 0,
      queueTimeoutMs: 5000,
      maxQueue: 100,
      ...overrides,
    });

  /** Resolves a promise's state without waiting for it. */
  async function settled(promises: Promise<void>[]): Promise<boolean[]> {
    const flags = promises.map(() => false);
    promises.forEach((p, i) => void p.then(() => (flags[i] = true)));
    await Promise.resolve();
    await Promise.resolve();
    return flags;
  }

  it('grants the limit at once, then releases the rest in FIFO order as the window slides', async () => {
    const l = limiter();
    const calls = Array.from({ length: 7 }, () => l.acquire('user'));
    expect(await settled(calls)).toEqual([true, true, true, false, false, false, false]);
    expect(l.queueDepth()).toBe(4);

    await jest.advanceTimersByTimeAsync(999);
    expect(await settled(calls)).toEqual([true, true, true, false, false, false, false]);
    await jest.advanceTimersByTimeAsync(1);
    expect(await settled(calls)).toEqual([true, true, true, true, true, true, false]);
    await jest.advanceTimersByTimeAsync(1000);
    expect(await settled(calls)).toEqual([true, true, true, true, true, true, true]);
    expect(l.queueDepth()).toBe(0);
  });

  it('never lets more than the limit through in any window, margin included', async () => {
    const l = limiter({ marginMs: 100 });
    const sent: number[] = [];
    const calls = Array.from({ length: 10 }, () =>
      l.acquire('user').then(() => sent.push(Date.now())),
    );
    await jest.advanceTimersByTimeAsync(5000);
    await Promise.all(calls);
    for (const t of sent) {
      expect(sent.filter((u) => u >= t && u < t + 1100).length).toBeLessThanOrEqual(3);
    }
  });

  it('keeps users apart', async () => {
    const l = limiter({ limit: 1 });
    const a = [l.acquire('a'), l.acquire('a')];
    const b = l.acquire('b');
    expect(await settled([...a, b])).toEqual([true, false, true]);
  });

  it('gives a key its own limit per window, leaving other keys on the configured one', async () => {
    const l = limiter({ limit: 2 });
    const tenant = Array.from({ length: 6 }, () => l.acquire('tenant:acme', 5));
    const others = Array.from({ length: 3 }, () => l.acquire('user'));
    expect(await settled(tenant)).toEqual([true, true, true, true, true, false]);
    expect(await settled(others)).toEqual([true, true, false]);
    await jest.advanceTimersByTimeAsync(1000);
    expect(await settled(tenant)).toEqual([true, true, true, true, true, true]);
    expect(await settled(others)).toEqual([true, true, true]);
  });

  it('keeps a lowered limit for the requests already waiting, and ignores a limit below 1', async () => {
    const l = limiter({ limit: 3 });
    const first = Array.from({ length: 3 }, () => l.acquire('tenant:acme', 3));
    const lowered = [l.acquire('tenant:acme', 1), l.acquire('tenant:acme', 1)];
    expect(await settled([...first, ...lowered])).toEqual([true, true, true, false, false]);
    // One a window from now on: the first waiter when the window slides, the second a window later.
    await jest.advanceTimersByTimeAsync(1000);
    expect(await settled(lowered)).toEqual([true, false]);
    await jest.advanceTimersByTimeAsync(1000);
    expect(await settled(lowered)).toEqual([true, true]);

    const fallback = limiter({ limit: 2 });
    const calls = Array.from({ length: 3 }, () => fallback.acquire('tenant:zero', 0));
    expect(await settled(calls)).toEqual([true, true, false]);
  });

  it('refuses at once, with the seconds to wait, a request that would wait past the queue timeout', async () => {
    const l = limiter({ limit: 1, windowMs: 10_000, queueTimeoutMs: 3000 });
    await l.acquire('user');
    const error = await l.acquire('user').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitQueueTimeoutError);
    expect((error as RateLimitQueueTimeoutError).retryAfterSeconds).toBe(10);
  });

  it('refuses when the queue is full', async () => {
    const l = limiter({ limit: 1, maxQueue: 1 });
    await l.acquire('user');
    void l.acquire('user').catch(() => undefined);
    await expect(l.acquire('user')).rejects.toBeInstanceOf(RateLimitQueueTimeoutError);
  });

  it('holds a user after a Factus 429 until Retry-After, then resumes', async () => {
    const l = limiter({ limit: 10 });
    l.pause('user', 2000);
    const call = l.acquire('user');
    await jest.advanceTimersByTimeAsync(1999);
    expect(await settled([call])).toEqual([false]);
    await jest.advanceTimersByTimeAsync(1);
    expect(await settled([call])).toEqual([true]);
  });

  it('gives up on a queued request whose wait grew past its deadline', async () => {
    const l = limiter({ limit: 1, windowMs: 1000, queueTimeoutMs: 1500 });
    await l.acquire('user');
    const queued = l.acquire('user');
    l.pause('user', 60_000);
    const outcome = queued.catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(1501);
    expect(await outcome).toBeInstanceOf(RateLimitQueueTimeoutError);
  });
});
