import { configErrorOf } from './testing/config-error-of';
import { loadConfig } from './load-config';

describe('webhooks configuration', () => {
  it('defaults to the Standard Webhooks reference schedule and the documented limits', () => {
    const { webhooks } = loadConfig({ NODE_ENV: 'test' });
    expect(webhooks.retryScheduleMs).toEqual([
      0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
    ]);
    expect(webhooks).toMatchObject({
      timeoutMs: 15_000,
      disableAfterMs: 5 * 86_400_000,
      allowPrivateTargets: false,
      requireHttps: false,
      pollMs: 1000,
      concurrency: 8,
      rotationOverlapMs: 86_400_000,
    });
  });

  it('reads a schedule of durations in ms, s, m, h and d', () => {
    const { webhooks } = loadConfig({
      NODE_ENV: 'test',
      WEBHOOK_RETRY_SCHEDULE: '0, 50ms,2s,1m,1h,1d,250',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    });
    expect(webhooks.retryScheduleMs).toEqual([0, 50, 2000, 60_000, 3_600_000, 86_400_000, 250]);
    expect(webhooks.allowPrivateTargets).toBe(true);
  });

  it('names the entry of a schedule that is not a duration', () => {
    const error = configErrorOf({ NODE_ENV: 'test', WEBHOOK_RETRY_SCHEDULE: '0,5s,soon' });
    expect(error.message).toContain('WEBHOOK_RETRY_SCHEDULE');
    expect(error.message).toContain('"soon"');
  });

  it('refuses a delay over 7 days', () => {
    expect(configErrorOf({ NODE_ENV: 'test', WEBHOOK_RETRY_SCHEDULE: '0,8d' }).message).toContain(
      'WEBHOOK_RETRY_SCHEDULE',
    );
  });
});
