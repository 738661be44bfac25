import type { FactusCall } from '../factus-call';
import {
  FactusApiError,
  FactusBadResponseError,
  FactusTimeoutError,
  FactusUnavailableError,
} from '../factus.errors';
import { AccountResilience } from '../resilience/account-resilience';
import { FactusResilience } from '../resilience/factus-resilience';
import type { FactusAttempt, FactusSender } from './factus-sender';
import { ResilienceStep } from './resilience.step';

const OK = { status: 200, body: {}, headers: {} };

/** Fails with `failure` `times` times, then answers; records the attempt numbers it saw. */
function failingNext(failure: Error, times: number) {
  const attempts: number[] = [];
  const next: FactusSender = {
    send: ({ attempt }: FactusAttempt) => {
      attempts.push(attempt);
      return attempts.length <= times ? Promise.reject(failure) : Promise.resolve(OK);
    },
  };
  return { next, attempts };
}

function step(next: FactusSender, threshold = 10) {
  const resilience = new FactusResilience({
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1 },
    breaker: { threshold, openMs: 60_000 },
  });
  return new ResilienceStep(resilience, next);
}

const send = (s: ResilienceStep, call: FactusCall) => s.send({ call, attempt: 1 });
const GET: FactusCall = { method: 'GET', path: '/v2/bills' };
const POST: FactusCall = { method: 'POST', path: '/v2/bills/validate', json: {} };

describe('ResilienceStep', () => {
  it('retries a read after a 5xx, numbering each attempt', async () => {
    const { next, attempts } = failingNext(new FactusBadResponseError('500', undefined, 500), 2);
    await expect(send(step(next), GET)).resolves.toEqual(OK);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('gives up after the configured retries', async () => {
    const failure = new FactusUnavailableError('reset');
    const { next, attempts } = failingNext(failure, 10);
    await expect(send(step(next), GET)).rejects.toBe(failure);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('does not resend a write unless the call says it is safe', async () => {
    const failure = new FactusUnavailableError('reset');
    const once = failingNext(failure, 1);
    await expect(send(step(once.next), POST)).rejects.toBe(failure);
    expect(once.attempts).toEqual([1]);

    const safe = failingNext(failure, 1);
    await expect(send(step(safe.next), { ...POST, retryable: true })).resolves.toEqual(OK);
    expect(safe.attempts).toEqual([1, 2]);
  });

  it('retries a timeout only for reads: a timed-out write may have been stored', async () => {
    const timeout = new FactusTimeoutError('slow');
    const read = failingNext(timeout, 1);
    await expect(send(step(read.next), GET)).resolves.toEqual(OK);
    expect(read.attempts).toHaveLength(2);

    const write = failingNext(timeout, 1);
    await expect(send(step(write.next), { ...POST, retryable: true })).rejects.toBe(timeout);
    expect(write.attempts).toHaveLength(1);
  });

  it('retries a 429 but never another 4xx', async () => {
    const limited = failingNext(new FactusApiError(429, {}, 'Too many'), 1);
    await expect(send(step(limited.next), GET)).resolves.toEqual(OK);
    expect(limited.attempts).toHaveLength(2);

    const missing = failingNext(new FactusApiError(404, {}, 'Not found'), 1);
    await expect(send(step(missing.next), GET)).rejects.toMatchObject({ status: 404 });
    expect(missing.attempts).toHaveLength(1);
  });

  it('fails at once with 503 breaker_open while the breaker is open', async () => {
    const { next, attempts } = failingNext(new FactusUnavailableError('reset'), 100);
    const open = step(next, 2);
    await expect(send(open, POST)).rejects.toMatchObject({ reason: 'connection_lost' });
    await expect(send(open, POST)).rejects.toMatchObject({ reason: 'connection_lost' });
    await expect(send(open, POST)).rejects.toMatchObject({
      reason: 'breaker_open',
      retryAfterSeconds: 60,
    });
    expect(attempts).toHaveLength(2);
  });
});

describe('ResilienceStep with a breaker per account', () => {
  const acme = { tenantId: 'acme', baseUrl: 'https://acme.factus.test' };
  const globex = { tenantId: 'globex', baseUrl: 'https://globex.factus.test' };

  /** Fails every call for acme's base URL; answers the others. */
  function acmeDown() {
    const sent: string[] = [];
    const next: FactusSender = {
      send: ({ call }: FactusAttempt) => {
        const tenant = call.account?.tenantId ?? call.session?.account?.tenantId ?? 'default';
        sent.push(tenant);
        return tenant === 'acme'
          ? Promise.reject(new FactusUnavailableError('reset'))
          : Promise.resolve(OK);
      },
    };
    const resilience = new AccountResilience({
      retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 },
      breaker: { threshold: 2, openMs: 60_000 },
    });
    return { step: new ResilienceStep(resilience, next), resilience, sent };
  }

  it("opens only the failing tenant's breaker: other tenants and the configured Factus go on", async () => {
    const { step, resilience, sent } = acmeDown();
    await expect(send(step, { ...GET, account: acme })).rejects.toMatchObject({
      reason: 'connection_lost',
    });
    await expect(
      send(step, {
        ...GET,
        session: { accessToken: 't', accountKey: 'tenant:acme', account: acme },
      }),
    ).rejects.toMatchObject({ reason: 'connection_lost' });
    await expect(send(step, { ...GET, account: acme })).rejects.toMatchObject({
      reason: 'breaker_open',
    });
    expect(resilience.breakerStateOf('acme')).toBe('open');

    await expect(send(step, { ...GET, account: globex })).resolves.toEqual(OK);
    await expect(send(step, GET)).resolves.toEqual(OK);
    expect(resilience.breakerStateOf('globex')).toBe('closed');
    expect(resilience.configured.breakerState).toBe('closed');
    expect(sent).toEqual(['acme', 'acme', 'globex', 'default']);
  });

  it("keeps the configured Factus's failures away from the tenants' breakers", async () => {
    const next: FactusSender = {
      send: ({ call }: FactusAttempt) =>
        call.account ? Promise.resolve(OK) : Promise.reject(new FactusUnavailableError('reset')),
    };
    const resilience = new AccountResilience({
      retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 },
      breaker: { threshold: 1, openMs: 60_000 },
    });
    const s = new ResilienceStep(resilience, next);
    await expect(send(s, GET)).rejects.toMatchObject({ reason: 'connection_lost' });
    await expect(send(s, GET)).rejects.toMatchObject({ reason: 'breaker_open' });
    await expect(send(s, { ...GET, account: acme })).resolves.toEqual(OK);
  });
});
