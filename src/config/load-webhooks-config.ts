import { parseRetrySchedule, STANDARD_WEBHOOKS_SCHEDULE } from '../webhooks/domain/retry-schedule';
import type { NodeEnv } from './app-config';
import { ConfigError } from './config.error';
import type { WebhooksConfig } from './config-tokens';
import { Env, readBool, readInt, readString } from './env-readers';

const DAY_MS = 86_400_000;

/** Webhook delivery settings (see WebhooksConfig); the retry schedule as a comma list of durations. */
export function loadWebhooksConfig(env: Env, nodeEnv: NodeEnv): WebhooksConfig {
  return {
    retryScheduleMs: readSchedule(env),
    timeoutMs: readInt(env, 'WEBHOOK_TIMEOUT_MS', 15_000, { min: 100, max: 120_000 }),
    disableAfterMs: readInt(env, 'WEBHOOK_DISABLE_AFTER_MS', 5 * DAY_MS, {
      min: 1000,
      max: 90 * DAY_MS,
    }),
    allowPrivateTargets: readBool(env, 'WEBHOOK_ALLOW_PRIVATE_TARGETS', false),
    requireHttps: nodeEnv === 'production',
    pollMs: readInt(env, 'WEBHOOK_POLL_MS', 1000, { min: 20, max: 60_000 }),
    concurrency: readInt(env, 'WEBHOOK_CONCURRENCY', 8, { min: 1, max: 256 }),
    rotationOverlapMs: readInt(env, 'WEBHOOK_ROTATION_OVERLAP_MS', DAY_MS, {
      min: 0,
      max: 30 * DAY_MS,
    }),
  };
}

function readSchedule(env: Env): number[] {
  const text = readString(env, 'WEBHOOK_RETRY_SCHEDULE', STANDARD_WEBHOOKS_SCHEDULE) as string;
  const parsed = parseRetrySchedule(text);
  const hint = `must be a comma list of 1 to 50 durations such as ${STANDARD_WEBHOOKS_SCHEDULE} (ms, s, m, h, d)`;
  if ('invalid' in parsed)
    throw new ConfigError('WEBHOOK_RETRY_SCHEDULE', `${hint} (got "${parsed.invalid}")`);
  if (parsed.delaysMs.length > 50) throw new ConfigError('WEBHOOK_RETRY_SCHEDULE', hint);
  if (parsed.delaysMs.some((ms) => ms > 7 * DAY_MS))
    throw new ConfigError('WEBHOOK_RETRY_SCHEDULE', 'each delay must be at most 7 days');
  return parsed.delaysMs;
}
