import { loadConfig } from '../../config/load-config';
import type { AuthGateway } from '../domain/auth-gateway.port';
import { AuthToken, authTokenFromGrant } from '../domain/auth-token';
import { AuthenticationFailedError } from '../domain/auth.errors';
import { InMemorySessionStore } from '../infrastructure/in-memory-session.store';
import { ManagedSessionService } from './managed-session.service';

/** A gateway that issues numbered tokens with a fixed lifetime, on the fake clock. */
class FakeGateway implements AuthGateway {
  calls: string[] = [];
  refuseRefresh = false;
  private n = 0;
  constructor(
    private readonly clock: { now(): Date },
    private readonly lifetime = 3600,
  ) {}

  authenticate(email: string): Promise<AuthToken> {
    this.calls.push(`password:${email}`);
    return Promise.resolve(this.issue());
  }

  refresh(refreshToken: string, owner?: string): Promise<AuthToken> {
    this.calls.push(`refresh:${refreshToken}:${owner}`);
    if (this.refuseRefresh)
      return Promise.reject(new AuthenticationFailedError('The refresh token is invalid.'));
    return Promise.resolve(this.issue());
  }

  private issue(): AuthToken {
    this.n += 1;
    return authTokenFromGrant(
      {
        accessToken: `at-${this.n}`,
        refreshToken: `rt-${this.n}`,
        tokenType: 'Bearer',
        expiresIn: this.lifetime,
      },
      this.clock.now(),
    );
  }
}

function setup(lifetime = 3600) {
  let now = new Date('2026-11-27T12:00:00Z').getTime();
  const clock = { now: () => new Date(now) };
  const gateway = new FakeGateway(clock, lifetime);
  const config = loadConfig({
    FACTUS_USERNAME: 'ops@company.co',
    FACTUS_PASSWORD: 'secret',
    FACTUS_TOKEN_REFRESH_SKEW_MS: '60000',
  });
  const service = new ManagedSessionService(
    gateway,
    new InMemorySessionStore(),
    config.factus,
    clock,
  );
  return { service, gateway, advance: (ms: number) => (now += ms) };
}

describe('ManagedSessionService', () => {
  it('logs in once however many callers ask at the same time', async () => {
    const { service, gateway } = setup();
    const sessions = await Promise.all(Array.from({ length: 50 }, () => service.session()));
    expect(new Set(sessions.map((s) => s.accessToken))).toEqual(new Set(['at-1']));
    expect(gateway.calls).toEqual(['password:ops@company.co']);
    expect(sessions[0].accountKey).toBe('user:ops@company.co');
  });

  it('refreshes with the refresh grant once expires_in minus the skew has passed, never before', async () => {
    const { service, gateway, advance } = setup(3600);
    await service.session();
    advance(3600_000 - 60_000 - 1);
    expect((await service.session()).accessToken).toBe('at-1');
    advance(1);
    const [a, b] = await Promise.all([service.session(), service.session()]);
    expect([a.accessToken, b.accessToken]).toEqual(['at-2', 'at-2']);
    expect(gateway.calls).toEqual(['password:ops@company.co', 'refresh:rt-1:ops@company.co']);
  });

  it('caps the skew at half the lifetime of short tokens', async () => {
    const { service, gateway, advance } = setup(60);
    await service.session();
    advance(29_999);
    await service.session();
    expect(gateway.calls).toHaveLength(1);
    advance(1);
    await service.session();
    expect(gateway.calls).toHaveLength(2);
  });

  it('falls back to the password grant when the refresh is refused', async () => {
    const { service, gateway, advance } = setup();
    await service.session();
    gateway.refuseRefresh = true;
    advance(3600_000);
    expect((await service.session()).accessToken).toBe('at-2');
    expect(gateway.calls).toEqual([
      'password:ops@company.co',
      'refresh:rt-1:ops@company.co',
      'password:ops@company.co',
    ]);
  });

  it('renews a refused token once for all the callers that saw it refused', async () => {
    const { service, gateway } = setup();
    const session = await service.session();
    const renewed = await Promise.all([
      session.renew?.('at-1'),
      session.renew?.('at-1'),
      session.renew?.('at-1'),
    ]);
    expect(renewed).toEqual(['at-2', 'at-2', 'at-2']);
    expect(gateway.calls).toEqual(['password:ops@company.co', 'refresh:rt-1:ops@company.co']);
  });

  it('does not renew again when the refused token was already replaced', async () => {
    const { service, gateway } = setup();
    const first = await service.session();
    await first.renew?.('at-1');
    expect(await first.renew?.('at-1')).toBe('at-2');
    expect(gateway.calls).toHaveLength(2);
  });
});
