import { LoginLockedError } from '../domain/login.errors';
import { LoginThrottle } from './login-throttle';

function setup() {
  let now = Date.parse('2026-12-01T10:00:00Z');
  const throttle = new LoginThrottle(
    { allowManagedUser: false, maxFailuresPerEmail: 3, maxFailuresPerClient: 5, lockoutMs: 60_000 },
    { now: () => new Date(now) },
  );
  const lockedFor = (email: string | undefined, client: string) => {
    try {
      throttle.check(email, client);
      return 0;
    } catch (error) {
      if (!(error instanceof LoginLockedError)) throw error;
      return error.retryAfterSeconds;
    }
  };
  return { throttle, lockedFor, advance: (ms: number) => (now += ms) };
}

describe('LoginThrottle', () => {
  it('locks an e-mail (any case) after its failures until the oldest leaves the window', () => {
    const { throttle, lockedFor, advance } = setup();
    for (let i = 0; i < 3; i += 1) {
      expect(lockedFor('Ops@Company.co', '10.0.0.1')).toBe(0);
      throttle.failed('Ops@Company.co', `10.0.0.${i + 1}`);
      advance(10_000);
    }
    expect(lockedFor('ops@company.co', '10.0.0.9')).toBe(30);
    advance(29_000);
    expect(lockedFor('ops@company.co', '10.0.0.9')).toBe(1);
    advance(1000);
    expect(lockedFor('ops@company.co', '10.0.0.9')).toBe(0);
  });

  it('locks a client address over all the e-mails it tries, refresh tokens included', () => {
    const { throttle, lockedFor } = setup();
    for (let i = 0; i < 4; i += 1) throttle.failed(`user${i}@company.co`, '10.0.0.1');
    throttle.failed(undefined, '10.0.0.1');
    expect(lockedFor('someone@company.co', '10.0.0.1')).toBe(60);
    expect(lockedFor(undefined, '10.0.0.1')).toBe(60);
    expect(lockedFor('someone@company.co', '10.0.0.2')).toBe(0);
  });

  it('clears an e-mail after a success', () => {
    const { throttle, lockedFor } = setup();
    throttle.failed('a@b.co', '1');
    throttle.failed('a@b.co', '2');
    throttle.succeeded('a@b.co');
    throttle.failed('a@b.co', '3');
    expect(lockedFor('a@b.co', '4')).toBe(0);
  });
});
