import { ReplyError } from 'ioredis';

/**
 * Whether a Redis failure means "Redis is unreachable or slow" (fall back, report not ready)
 * rather than a bug in what we sent (a ReplyError from a script or command, which is rethrown).
 */
export function isRedisUnavailable(error: unknown): boolean {
  return error instanceof Error && !(error instanceof ReplyError);
}
