import { PollingLoop } from './polling-loop';

describe('PollingLoop', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** Lets the tick's promise chain settle (no timers involved). */
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  it('ticks when started, then every interval, never before start nor after stop', async () => {
    const tick = jest.fn(() => Promise.resolve());
    const loop = new PollingLoop(tick, 1000);
    loop.kick();
    expect(tick).not.toHaveBeenCalled();
    loop.start();
    await settle();
    expect(tick).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(999);
    expect(tick).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(tick).toHaveBeenCalledTimes(2);
    await loop.stop();
    await jest.advanceTimersByTimeAsync(5000);
    loop.kick();
    expect(tick).toHaveBeenCalledTimes(2);
  });

  it('never runs two ticks at once: a kick during a tick runs the next one right after', async () => {
    let release!: () => void;
    let running = 0;
    let most = 0;
    const tick = jest.fn(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => (release = resolve));
      running -= 1;
    });
    const loop = new PollingLoop(tick, 60_000);
    loop.start();
    loop.kick();
    loop.kick();
    expect(tick).toHaveBeenCalledTimes(1);
    release();
    await settle();
    expect(tick).toHaveBeenCalledTimes(2);
    release();
    await settle();
    expect(tick).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
    await loop.stop();
  });

  it('runs again at once when the tick says there is more, and survives a failing tick', async () => {
    let calls = 0;
    const loop: PollingLoop = new PollingLoop(() => {
      calls += 1;
      if (calls === 1) loop.again();
      return calls === 2 ? Promise.reject(new Error('database down')) : Promise.resolve();
    }, 60_000);
    loop.start();
    await settle();
    expect(calls).toBe(2);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(3);
    await loop.stop();
  });
});

describe('PollingLoop.stop', () => {
  it('resolves only once the tick under way has ended', async () => {
    let release!: () => void;
    let ended = false;
    const loop = new PollingLoop(async () => {
      await new Promise<void>((resolve) => (release = resolve));
      ended = true;
    }, 60_000);
    loop.start();
    let stopped = false;
    const stopping = loop.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(ended).toBe(true);
  });
});
