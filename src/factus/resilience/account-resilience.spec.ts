import { FactusUnavailableError } from '../factus.errors';
import { AccountResilience } from './account-resilience';

const CONFIG = {
  retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 },
  breaker: { threshold: 1, openMs: 60_000 },
};
const account = (tenantId: string) => ({ tenantId, baseUrl: `https://${tenantId}.test` });
const failOnce = (resilience: ReturnType<AccountResilience['of']>) =>
  resilience
    .execute(() => Promise.reject(new FactusUnavailableError('reset')), {
      retryable: false,
      retryOnTimeout: false,
    })
    .catch(() => undefined);

describe('AccountResilience', () => {
  it('gives calls without an account the configured one, and each tenant one of its own', () => {
    const r = new AccountResilience(CONFIG);
    expect(r.of(undefined)).toBe(r.configured);
    expect(r.of(account('a'))).toBe(r.of({ ...account('a'), baseUrl: 'https://moved.test' }));
    expect(r.of(account('a'))).not.toBe(r.of(account('b')));
    expect(r.of(account('a'))).not.toBe(r.configured);
  });

  it('reports a tenant breaker by id, closed for a tenant it does not know', async () => {
    const r = new AccountResilience(CONFIG);
    await failOnce(r.of(account('a')));
    expect(r.breakerStateOf('a')).toBe('open');
    expect(r.breakerStateOf('b')).toBe('closed');
    expect(r.configured.breakerState).toBe('closed');
    r.of(account('c'));
    // What the breaker gauge reads: every tenant breaker this process holds, with its state.
    expect(r.tenantBreakerStates()).toEqual([
      ['a', 'open'],
      ['c', 'closed'],
    ]);
  });

  it('forgets the least recently used tenant past its cap', async () => {
    const r = new AccountResilience(CONFIG, 2);
    await failOnce(r.of(account('a')));
    await failOnce(r.of(account('b')));
    r.of(account('a')); // a used again: b is now the oldest
    r.of(account('c'));
    expect(r.breakerStateOf('a')).toBe('open');
    expect(r.breakerStateOf('b')).toBe('closed');
  });
});
