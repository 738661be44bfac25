import type { CallHandler, ExecutionContext } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { firstValueFrom, Observable, of, throwError } from 'rxjs';
import type { ProviderSessionResolver } from '../../auth/application/provider-session.resolver';
import { decideOnExisting, IdempotencyRecord } from '../domain/idempotency-record';
import type {
  BeginOutcome,
  BeginRequest,
  IdempotencyKeyRef,
  IdempotencyStore,
  StoredResponse,
} from '../domain/idempotency-store.port';
import {
  IdempotencyKeyInUseError,
  IdempotencyKeyInvalidError,
  IdempotencyKeyReusedError,
} from '../domain/idempotency.errors';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotentRequests } from './idempotent-requests';

/** The store's contract in memory (the PostgreSQL adapter has its own spec). */
class FakeStore implements IdempotencyStore {
  readonly records = new Map<string, IdempotencyRecord>();
  released = 0;

  begin(request: BeginRequest): Promise<BeginOutcome> {
    const id = `${request.scope}#${request.key}`;
    const existing = this.records.get(id);
    if (existing && existing.expiresAt > request.now) {
      const decision = decideOnExisting(existing, request.fingerprint, request.now);
      if (decision.kind !== 'abandoned') return Promise.resolve(decision);
    }
    this.records.set(id, {
      fingerprint: request.fingerprint,
      state: 'running',
      lockedUntil: request.lockedUntil,
      expiresAt: request.expiresAt,
    });
    return Promise.resolve({ kind: 'started' });
  }

  complete(ref: IdempotencyKeyRef, response: StoredResponse, expiresAt: Date): Promise<void> {
    const record = this.records.get(`${ref.scope}#${ref.key}`);
    if (record) Object.assign(record, { state: 'completed', response, expiresAt });
    return Promise.resolve();
  }

  release(ref: IdempotencyKeyRef): Promise<void> {
    this.released++;
    this.records.delete(`${ref.scope}#${ref.key}`);
    return Promise.resolve();
  }

  sweep(): Promise<number> {
    return Promise.resolve(0);
  }
}

class FakeReply {
  statusCode = 200;
  readonly headers: Record<string, string> = {};
  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  header(name: string, value: string): this {
    this.headers[name.toLowerCase()] = value;
    return this;
  }
  getHeader(name: string): string | undefined {
    return this.headers[name.toLowerCase()];
  }
}

interface Call {
  key?: string;
  body?: unknown;
  apiKeyId?: string;
  url?: string;
}

const INVOICE = { referenceCode: 'I1', items: [{ code: 'A', price: '100.00' }] };
const CREATED = { number: 'SETP990000001', referenceCode: 'I1', status: 'validated' };

describe('IdempotencyInterceptor', () => {
  let store: FakeStore;
  let interceptor: IdempotencyInterceptor;
  let now: Date;
  let handled: number;

  beforeEach(() => {
    store = new FakeStore();
    now = new Date('2026-05-13T10:00:00Z');
    handled = 0;
    const sessions = { accountKeyOf: () => 'user:demo' } as unknown as ProviderSessionResolver;
    const requests = new IdempotentRequests(
      store,
      { ttlMs: 86_400_000, lockMs: 60_000 },
      { now: () => now },
      sessions,
    );
    interceptor = new IdempotencyInterceptor({ get: () => requests } as unknown as ModuleRef);
  });

  function context(call: Call, reply: FakeReply): ExecutionContext {
    const request = {
      method: 'POST',
      url: call.url ?? '/api/v1/invoices',
      body: call.body ?? INVOICE,
      apiKeyId: call.apiKeyId,
      headers: call.key === undefined ? {} : { 'idempotency-key': call.key },
    };
    return {
      switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
    } as unknown as ExecutionContext;
  }

  /** The controller: sets 201 and Location on the reply and returns the created invoice. */
  function creating(reply: FakeReply): CallHandler {
    return {
      handle: () => {
        handled++;
        reply.status(201).header('location', '/api/v1/invoices/SETP990000001');
        return of(CREATED);
      },
    };
  }

  async function send(call: Call, handler?: (reply: FakeReply) => CallHandler) {
    const reply = new FakeReply();
    const result$ = interceptor.intercept(context(call, reply), (handler ?? creating)(reply));
    const body = await firstValueFrom(result$);
    return { reply, body };
  }

  /** Until the first request's begin has taken the key (a deadline, not a fixed wait). */
  async function heldKey(key: string): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (![...store.records.keys()].some((id) => id.endsWith(`#${key}`))) {
      if (Date.now() > deadline) throw new Error(`the key ${key} was never taken`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  it('runs the request as ever without the header, keeping nothing', async () => {
    const { body } = await send({});
    expect(body).toEqual(CREATED);
    expect(store.records.size).toBe(0);
  });

  it('replays the stored status, headers and exact body with Idempotent-Replayed: true', async () => {
    const first = await send({ key: 'k-1' });
    expect(first.body).toEqual(CREATED);
    expect(first.reply.getHeader('idempotent-replayed')).toBeUndefined();

    // The same body with its fields in another order is the same request.
    const again = await send({
      key: 'k-1',
      body: { items: [{ price: '100.00', code: 'A' }], referenceCode: 'I1' },
    });
    expect(handled).toBe(1);
    expect(again.reply.statusCode).toBe(201);
    expect(again.reply.getHeader('idempotent-replayed')).toBe('true');
    expect(again.reply.getHeader('location')).toBe('/api/v1/invoices/SETP990000001');
    expect(again.reply.getHeader('content-type')).toBe('application/json; charset=utf-8');
    expect(again.body).toBe(JSON.stringify(CREATED));
  });

  it('refuses the key with another body (422 IDEMPOTENCY_KEY_REUSED), running nothing', async () => {
    await send({ key: 'k-2' });
    await expect(send({ key: 'k-2', body: { ...INVOICE, referenceCode: 'I2' } })).rejects.toThrow(
      IdempotencyKeyReusedError,
    );
    await expect(send({ key: 'k-2', url: '/api/v1/credit-notes' })).rejects.toThrow(
      IdempotencyKeyReusedError,
    );
    expect(handled).toBe(1);
  });

  it('answers 409 IDEMPOTENCY_KEY_IN_USE with Retry-After 1 while the first still runs', async () => {
    const never: CallHandler = { handle: () => new Observable<unknown>(() => undefined) };
    const reply = new FakeReply();
    const running = interceptor.intercept(context({ key: 'k-3' }, reply), never);
    const subscription = running.subscribe();
    await heldKey('k-3');

    const refused = send({ key: 'k-3' });
    await expect(refused).rejects.toThrow(IdempotencyKeyInUseError);
    await refused.catch((error: IdempotencyKeyInUseError) =>
      expect(error.retryAfterSeconds).toBe(1),
    );
    subscription.unsubscribe();
  });

  it('takes over a key whose first request never finished once its lock ran out', async () => {
    const never: CallHandler = { handle: () => new Observable<unknown>(() => undefined) };
    const subscription = interceptor
      .intercept(context({ key: 'k-4' }, new FakeReply()), never)
      .subscribe();
    await heldKey('k-4');
    now = new Date(now.getTime() + 60_001);

    const { body } = await send({ key: 'k-4' });
    expect(body).toEqual(CREATED);
    subscription.unsubscribe();
  });

  it('forgets the key when the request fails, so that it may be retried with it', async () => {
    const failing: CallHandler = { handle: () => throwError(() => new Error('Factus down')) };
    await expect(send({ key: 'k-5' }, () => failing)).rejects.toThrow('Factus down');
    expect(store.released).toBe(1);
    expect(store.records.size).toBe(0);

    const { body } = await send({ key: 'k-5' });
    expect(body).toEqual(CREATED);
    expect(handled).toBe(1);
  });

  it('keeps no answer that is not 2xx', async () => {
    const notOk = (reply: FakeReply): CallHandler => ({
      handle: () => {
        reply.status(304);
        return of(undefined);
      },
    });
    await send({ key: 'k-6' }, notOk);
    expect(store.records.size).toBe(0);
  });

  it('replays an empty 202 (the e-mail route) as an empty body', async () => {
    const accepted = (reply: FakeReply): CallHandler => ({
      handle: () => {
        handled++;
        reply.status(202);
        return of(undefined);
      },
    });
    await send({ key: 'k-7', url: '/api/v1/invoices/SETP1/email' }, accepted);
    const again = await send({ key: 'k-7', url: '/api/v1/invoices/SETP1/email' }, accepted);
    expect(handled).toBe(1);
    expect(again.reply.statusCode).toBe(202);
    expect(again.body).toBeUndefined();
  });

  it('scopes keys per API key: the same key from another API key is another request', async () => {
    await send({ key: 'shared', apiKeyId: 'erp' });
    const other = await send({ key: 'shared', apiKeyId: 'pos' });
    expect(handled).toBe(2);
    expect(other.reply.getHeader('idempotent-replayed')).toBeUndefined();
    expect([...store.records.keys()].sort()).toEqual([
      'erp|user:demo#shared',
      'pos|user:demo#shared',
    ]);
  });

  it.each([[''], ['a b'], ['x'.repeat(256)], ['clé']])(
    'refuses the header %j with 400 IDEMPOTENCY_KEY_INVALID',
    (key) => {
      const reply = new FakeReply();
      expect(() => interceptor.intercept(context({ key }, reply), creating(reply))).toThrow(
        IdempotencyKeyInvalidError,
      );
    },
  );

  it('reads a structured-field string ("…") as the key inside the quotes', async () => {
    await send({ key: '"k-8"' });
    const again = await send({ key: 'k-8' });
    expect(again.reply.getHeader('idempotent-replayed')).toBe('true');
  });
});
