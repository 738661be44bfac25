import './support/quiet-nest-logger';
import { ManagedSessionService } from '../src/auth/application/managed-session.service';
import type { AuthGateway } from '../src/auth/domain/auth-gateway.port';
import { AuthToken, authTokenFromGrant } from '../src/auth/domain/auth-token';
import { InMemorySessionStore } from '../src/auth/infrastructure/in-memory-session.store';
import { RedisSessionStore } from '../src/auth/infrastructure/redis-session.store';
import { loadConfig } from '../src/config/load-config';
import { RedisConnection } from '../src/redis/redis-connection';
import { connectTestRedis, DEAD_REDIS_URL, REDIS_TEST_URL, TestRedis } from './support/redis';

// Real services, Redis or child processes: sized for a loaded 2-core machine, not Jest's 5 s.
jest.setTimeout(60_000);

/** Factus's token endpoint, shared by the replicas: numbered tokens, 30 ms per request. */
class FakeFactusOAuth implements AuthGateway {
  readonly calls: string[] = [];
  private n = 0;
  constructor(private readonly clock: { now(): Date }) {}

  async authenticate(email: string): Promise<AuthToken> {
    this.calls.push(`password:${email}`);
    return this.issue();
  }

  async refresh(refreshToken: string): Promise<AuthToken> {
    this.calls.push(`refresh:${refreshToken}`);
    return this.issue();
  }

  private async issue(): Promise<AuthToken> {
    // Factus's latency, so that concurrent renewals overlap: a simulated delay, not a wait.
    await new Promise((resolve) => setTimeout(resolve, 30));
    this.n += 1;
    const grant = {
      accessToken: `at-${this.n}`,
      refreshToken: `rt-${this.n}`,
      tokenType: 'Bearer',
      expiresIn: 3600,
    };
    return authTokenFromGrant(grant, this.clock.now());
  }
}

/** The managed session shared by "replicas" through a real Redis. */
describe('RedisSessionStore (real Redis)', () => {
  let redis: TestRedis;
  const connections: RedisConnection[] = [];
  let now = Date.now();
  const clock = { now: () => new Date(now) };
  let factus: FakeFactusOAuth;
  let run = 0;

  beforeAll(async () => {
    redis = await connectTestRedis();
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.onApplicationShutdown()));
    await redis?.cleanup();
  });
  beforeEach(() => {
    now = Date.now();
    factus = new FakeFactusOAuth(clock);
    run += 1;
  });

  async function replica(
    url = REDIS_TEST_URL,
    lockTtlMs = 10_000,
  ): Promise<{ session: ManagedSessionService; store: RedisSessionStore }> {
    const config = loadConfig({
      REDIS_URL: url,
      REDIS_KEY_PREFIX: `${redis.prefix}${run}:`,
      REDIS_CONNECT_TIMEOUT_MS: '300',
      FACTUS_USERNAME: 'ops@company.co',
      FACTUS_PASSWORD: 'secret',
    });
    const connection = new RedisConnection({ connection: config.redis });
    connections.push(connection);
    await connection.onModuleInit();
    if (!connection.client) throw new Error('no client');
    const store = new RedisSessionStore(
      connection.client,
      {
        tokenKey: connection.key('session'),
        lockKey: connection.key('session', 'lock'),
        lockTtlMs,
        maxWaitMs: 5000,
        pollMs: 20,
      },
      new InMemorySessionStore(),
    );
    return { session: new ManagedSessionService(factus, store, config.factus, clock), store };
  }

  it('logs in once for 50 concurrent first requests split across two replicas', async () => {
    const [a, b] = [await replica(), await replica()];
    const sessions = await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).session.session()),
    );
    expect(new Set(sessions.map((s) => s.accessToken))).toEqual(new Set(['at-1']));
    expect(factus.calls).toEqual(['password:ops@company.co']);
  });

  it('refreshes once across replicas when the token nears expiry', async () => {
    const [a, b] = [await replica(), await replica()];
    await a.session.session();
    now += 3600_000 - 30_000; // inside the refresh skew
    const sessions = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).session.session()),
    );
    expect(new Set(sessions.map((s) => s.accessToken))).toEqual(new Set(['at-2']));
    expect(factus.calls).toEqual(['password:ops@company.co', 'refresh:rt-1']);
  });

  it('renews a token Factus refused once, however many replicas saw the refusal', async () => {
    const [a, b] = [await replica(), await replica()];
    const first = await a.session.session();
    const sessionB = await b.session.session();
    const fresh = await Promise.all([
      ...Array.from({ length: 5 }, () => first.renew?.(first.accessToken)),
      ...Array.from({ length: 5 }, () => sessionB.renew?.(first.accessToken)),
    ]);
    expect(new Set(fresh)).toEqual(new Set(['at-2']));
    expect(factus.calls).toEqual(['password:ops@company.co', 'refresh:rt-1']);
  });

  it('takes over when a replica died holding the renewal lock, once the lock expires', async () => {
    const a = await replica(REDIS_TEST_URL, 300);
    await redis.client.set(`${redis.prefix}${run}:session:lock`, 'dead-replica', 'PX', 300);
    const started = Date.now();
    await a.session.session();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(factus.calls).toEqual(['password:ops@company.co']);
  });

  it('keeps the session with an expiry, never forever', async () => {
    const a = await replica();
    await a.session.session();
    const ttl = await redis.client.pttl(`${redis.prefix}${run}:session`);
    expect(ttl).toBeGreaterThan(3600_000);
    expect(ttl).toBeLessThanOrEqual(2 * 3600_000);
  });

  it('serves from its own in-memory session at once when Redis is down', async () => {
    const a = await replica(DEAD_REDIS_URL);
    const started = Date.now();
    const sessions = await Promise.all(Array.from({ length: 5 }, () => a.session.session()));
    expect(new Set(sessions.map((s) => s.accessToken))).toEqual(new Set(['at-1']));
    expect(factus.calls).toEqual(['password:ops@company.co']);
    // At once: no command waits on the dead Redis (2 s is room for a loaded machine).
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
