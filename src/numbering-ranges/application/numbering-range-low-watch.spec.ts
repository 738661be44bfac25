import type { EventLog, NewEvent } from '../../webhooks/domain/event-log.port';
import { aRange } from '../domain/testing/numbering-range.builder';
import { NumberingRangeLowWatch } from './numbering-range-low-watch';

/** An event log that keeps the first event of each id, as the real one does. */
function memoryLog(): EventLog & { written: NewEvent[] } {
  const written: NewEvent[] = [];
  return {
    written,
    list: () => Promise.resolve({ events: [] }),
    get: () => Promise.resolve(undefined),
    append: (event) => {
      if (written.some((other) => other.id === event.id)) return Promise.resolve(false);
      written.push(event);
      return Promise.resolve(true);
    },
  };
}

// 2026-12-01 10:00 in Bogotá.
const NOW = new Date('2026-12-01T15:00:00.000Z');

describe('NumberingRangeLowWatch', () => {
  const watchOn = (log: EventLog | undefined, now = NOW) =>
    new NumberingRangeLowWatch(log, { lowRemaining: 100, lowDays: 30 }, { now: () => now });

  it('writes one numbering_range.low per range and threshold, however often the ranges are seen', async () => {
    const log = memoryLog();
    const watch = watchOn(log);
    const low = aRange({ id: 7, from: 1, to: 1000, current: 950, endDate: '2030-01-01' });
    const healthy = aRange({ id: 8, from: 1, to: 1000, current: 10, endDate: '2030-01-01' });

    for (let look = 0; look < 3; look++) await watch.observe('user:a@example.com', [low, healthy]);

    expect(log.written).toHaveLength(1);
    expect(log.written[0]).toMatchObject({
      id: expect.stringMatching(/^evt_range_low_[0-9a-f]{16}_7_numbers_1000$/),
      accountKey: 'user:a@example.com',
      type: 'numbering_range.low',
      createdAt: NOW,
      data: {
        reason: 'numbers',
        remaining: 51,
        range: low,
        links: { self: '/api/v1/numbering-ranges/7' },
      },
    });
    expect(log.written[0].id).not.toContain('example');
  });

  it('tells about a resolution ending within the days, and again after the range is renewed', async () => {
    const log = memoryLog();
    const ending = aRange({ id: 9, endDate: '2026-12-31' });

    await watchOn(log).observe('user:a', [ending]);
    await watchOn(log).observe('user:a', [{ ...ending, endDate: '2027-12-31' }]);
    await watchOn(log, new Date('2027-12-10T15:00:00.000Z')).observe('user:a', [
      { ...ending, endDate: '2027-12-31' },
    ]);

    expect(log.written.map((event) => event.data)).toEqual([
      expect.objectContaining({ reason: 'days', daysLeft: 30 }),
      expect.objectContaining({ reason: 'days', daysLeft: 21 }),
    ]);
  });

  it('ignores inactive and expired ranges, and two accounts get their own events', async () => {
    const log = memoryLog();
    const low = aRange({ id: 7, to: 1000, current: 999 });

    await watchOn(log).observe('user:a', [
      { ...low, isActive: false },
      { ...low, id: 8, isExpired: true },
    ]);
    expect(log.written).toEqual([]);
    await watchOn(log).observe('user:a', [low]);
    await watchOn(log).observe('user:b', [low]);
    expect(new Set(log.written.map((event) => event.id)).size).toBe(2);
  });

  it('never fails the read it watches: an event log error is only logged', async () => {
    const failing = { ...memoryLog(), append: () => Promise.reject(new Error('db down')) };
    const watch = watchOn(failing);
    jest.spyOn(watch['logger'], 'warn').mockImplementation(() => undefined);

    await expect(
      watch.observe('user:a', [aRange({ to: 10, current: 5 })]),
    ).resolves.toBeUndefined();
    await expect(
      watchOn(undefined).observe('user:a', [aRange({ to: 10 })]),
    ).resolves.toBeUndefined();
  });
});
