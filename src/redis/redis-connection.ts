import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { REDIS_CONFIG, RedisConfig, RedisSettings } from '../config/config-tokens';

/**
 * The service's one Redis connection (REDIS_URL), or none. Built so that a Redis outage never
 * hangs a request: bounded connect and command timeouts, and no offline queue, so a command sent
 * while disconnected fails at once and the caller falls back instead of waiting.
 */
@Injectable()
export class RedisConnection implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RedisConnection.name);
  readonly client?: Redis;
  private readonly config?: RedisConfig;
  private reportedDown = false;

  constructor(@Inject(REDIS_CONFIG) settings: RedisSettings) {
    this.config = settings.connection;
    if (!this.config) return;
    this.client = new Redis(this.config.url, {
      lazyConnect: true,
      connectTimeout: this.config.connectTimeoutMs,
      commandTimeout: this.config.commandTimeoutMs,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      // Keep reconnecting for as long as the process lives, at most every 2 s.
      retryStrategy: (times) => Math.min(100 * 2 ** times, 2000),
      connectionName: 'factus-api',
      // How long disconnect() waits for the socket to close before destroying it (default 2 s,
      // which would hold shutdown when Redis is down).
      disconnectTimeout: 500,
    });
    this.client.on('error', (error: Error) => {
      // ioredis emits one error per failed attempt; one line per outage is enough.
      if (this.reportedDown) return;
      this.reportedDown = true;
      this.logger.warn({
        msg: 'Redis is unreachable; using in-memory fallbacks',
        error: error.message,
      });
    });
    this.client.on('ready', () => {
      if (this.reportedDown) this.logger.log({ msg: 'Redis is reachable again' });
      this.reportedDown = false;
    });
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  /** A key under REDIS_KEY_PREFIX. */
  key(...parts: string[]): string {
    return `${this.config?.keyPrefix ?? ''}${parts.join(':')}`;
  }

  /**
   * Connects at start-up, waiting at most the connect timeout: a Redis that is down delays the
   * start by that much, then the service starts anyway (in-memory fallbacks, not ready) and keeps
   * reconnecting in the background.
   */
  async onModuleInit(): Promise<void> {
    if (!this.client || !this.config) return;
    const host = safeHost(this.config.url);
    try {
      await this.client.connect();
      this.logger.log({ msg: 'Connected to Redis', host, keyPrefix: this.config.keyPrefix });
    } catch {
      this.logger.warn({
        msg: 'Redis is not reachable at start-up; retrying in the background',
        host,
      });
    }
  }

  /** Round trip of a PING, in milliseconds; rejects when Redis does not answer in time. */
  async ping(): Promise<number> {
    if (!this.client) throw new Error('Redis is not configured');
    const started = performance.now();
    await this.client.ping();
    return Math.round(performance.now() - started);
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.client) return;
    // Not connected: stop reconnecting. Connected: QUIT lets replies in flight arrive first.
    if (this.client.status !== 'ready') return this.client.disconnect();
    try {
      await Promise.race([
        this.client.quit(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('quit timed out')), 1000).unref(),
        ),
      ]);
    } catch {
      this.client.disconnect();
    }
  }
}

/** host:port of a Redis URL, for logs: never the credentials. */
function safeHost(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '6379'}`;
}
