import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { isRedisUnavailable } from '../../redis/redis-errors';
import { RedisScript } from '../../redis/redis-script';
import type { AuthToken } from '../domain/auth-token';
import { SessionRenewalTimeoutError } from '../domain/auth.errors';
import type { FactusSessionStore } from '../domain/factus-session-store.port';

export interface RedisSessionStoreOptions {
  /** Key of the session (token and refresh token). */
  tokenKey: string;
  /** Key of the renewal lock. */
  lockKey: string;
  /** Lock expiry; the holder extends it while it renews, so it only matters if the holder dies. */
  lockTtlMs: number;
  /** How long a replica waits for another's renewal before giving up with a 503. */
  maxWaitMs: number;
  /** Between two looks at the lock while another replica renews. */
  pollMs?: number;
}

/** Deletes or extends the lock only while we still own it (it may have expired and moved on). */
const RELEASE = new RedisScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`);
const EXTEND = new RedisScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`);

/** Kept a while past the access token's expiry: its refresh token saves a password login. */
const KEEP_AFTER_EXPIRY_MS = 3_600_000;

/**
 * The managed Factus session shared by every replica through Redis: one token, one login between
 * them, and renewal single flight across replicas (a lock taken with SET NX PX; the others poll
 * until it is released, then find the new token already there).
 *
 * When Redis cannot be reached, `fallback` (this replica's own in-memory session) is used, so that
 * requests are still served; the replicas then log in separately until Redis is back.
 */
export class RedisSessionStore implements FactusSessionStore {
  private readonly logger = new Logger(RedisSessionStore.name);
  private renewing?: Promise<AuthToken>;
  private usingFallback = false;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisSessionStoreOptions,
    private readonly fallback: FactusSessionStore,
  ) {}

  async get(): Promise<AuthToken | undefined> {
    let raw: string | null;
    try {
      raw = await this.redis.get(this.options.tokenKey);
    } catch (error) {
      return this.onRedisFailure(error, () => this.fallback.get());
    }
    this.recovered();
    return raw === null ? undefined : parseToken(raw);
  }

  async set(token: AuthToken): Promise<void> {
    // The local copy serves this replica if Redis goes away later.
    await this.fallback.set(token);
    const ttl = Math.max(1000, token.expiresAt.getTime() - Date.now() + KEEP_AFTER_EXPIRY_MS);
    try {
      await this.redis.set(this.options.tokenKey, JSON.stringify(token), 'PX', ttl);
    } catch (error) {
      await this.onRedisFailure(error, () => Promise.resolve());
    }
  }

  /** Callers of this replica share one attempt; replicas take turns through the lock. */
  renewExclusively(renew: () => Promise<AuthToken>): Promise<AuthToken> {
    this.renewing ??= this.renewUnderLock(renew).finally(() => (this.renewing = undefined));
    return this.renewing;
  }

  private async renewUnderLock(renew: () => Promise<AuthToken>): Promise<AuthToken> {
    const owner = randomUUID();
    const { lockKey, lockTtlMs, maxWaitMs, pollMs = 50 } = this.options;
    const deadline = Date.now() + maxWaitMs;
    for (;;) {
      let locked: boolean;
      try {
        locked = (await this.redis.set(lockKey, owner, 'PX', lockTtlMs, 'NX')) === 'OK';
      } catch (error) {
        return this.onRedisFailure(error, () => this.fallback.renewExclusively(renew));
      }
      if (locked) return this.holdingLock(owner, renew);
      // Another replica is renewing. When it releases the lock we take it, and `renew` finds its
      // fresh token in the store instead of asking Factus.
      if (Date.now() >= deadline) throw new SessionRenewalTimeoutError();
      await new Promise((resolve) => setTimeout(resolve, pollMs).unref());
    }
  }

  private async holdingLock(owner: string, renew: () => Promise<AuthToken>): Promise<AuthToken> {
    const { lockKey, lockTtlMs } = this.options;
    const watchdog = setInterval(
      () => {
        EXTEND.run(this.redis, [lockKey], [owner, lockTtlMs]).catch(() => undefined);
      },
      Math.max(100, Math.floor(lockTtlMs / 3)),
    );
    watchdog.unref();
    try {
      return await renew();
    } finally {
      clearInterval(watchdog);
      await RELEASE.run(this.redis, [lockKey], [owner]).catch(() => undefined);
    }
  }

  private onRedisFailure<T>(error: unknown, fallback: () => Promise<T>): Promise<T> {
    if (!isRedisUnavailable(error)) throw error;
    if (!this.usingFallback) {
      this.usingFallback = true;
      this.logger.warn({
        msg: 'Redis unavailable: this replica keeps its own Factus session until it is back',
        error: error instanceof Error ? error.message : String(error),
      });
    }
    return fallback();
  }

  private recovered(): void {
    if (!this.usingFallback) return;
    this.usingFallback = false;
    this.logger.log({ msg: 'Redis is back: the Factus session is shared again' });
  }
}

function parseToken(raw: string): AuthToken | undefined {
  try {
    const parsed = JSON.parse(raw) as Omit<AuthToken, 'expiresAt'> & { expiresAt: string };
    const expiresAt = new Date(parsed.expiresAt);
    if (typeof parsed.accessToken !== 'string' || Number.isNaN(expiresAt.getTime()))
      return undefined;
    return { ...parsed, expiresAt };
  } catch {
    // Unreadable (another version wrote it?): treated as absent, so it is renewed and replaced.
    return undefined;
  }
}
