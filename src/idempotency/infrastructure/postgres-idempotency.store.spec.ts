import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import type { BeginRequest, StoredResponse } from '../domain/idempotency-store.port';
import { PostgresIdempotencyStore } from './postgres-idempotency.store';

jest.setTimeout(60_000);

const T0 = new Date('2026-05-13T10:00:00Z');
const LOCK_MS = 60_000;
const TTL_MS = 86_400_000;
const CREATED: StoredResponse = {
  status: 201,
  headers: { location: '/api/v1/invoices/SETP990000001', 'content-type': 'application/json' },
  body: '{"number":"SETP990000001","total":"83300.00"}',
};

function at(ms: number): Date {
  return new Date(T0.getTime() + ms);
}

function beginning(key: string, options: { fingerprint?: string; now?: Date } = {}): BeginRequest {
  const now = options.now ?? T0;
  return {
    scope: 'erp|user:demo',
    key,
    fingerprint: options.fingerprint ?? 'f1',
    now,
    lockedUntil: new Date(now.getTime() + LOCK_MS),
    expiresAt: new Date(now.getTime() + TTL_MS),
  };
}

describe('PostgresIdempotencyStore (PostgreSQL)', () => {
  let database: TestDatabase;
  let store: PostgresIdempotencyStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresIdempotencyStore(database.db);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('starts a new key, then replays exactly what was completed under it', async () => {
    expect(await store.begin(beginning('k-1'))).toEqual({ kind: 'started' });
    await store.complete(beginning('k-1'), CREATED, at(TTL_MS));

    expect(await store.begin(beginning('k-1', { now: at(1_000) }))).toEqual({
      kind: 'replay',
      response: CREATED,
    });
  });

  it('tells another request under the key (mismatch) from the same one still running', async () => {
    await store.begin(beginning('k-2'));
    expect(await store.begin(beginning('k-2', { fingerprint: 'f2' }))).toEqual({
      kind: 'mismatch',
    });
    expect(await store.begin(beginning('k-2', { now: at(LOCK_MS - 1) }))).toEqual({
      kind: 'in_progress',
    });
  });

  it('hands an abandoned key (its lock ran out) to exactly one of the requests that find it', async () => {
    await store.begin(beginning('k-3'));
    const later = at(LOCK_MS + 1);
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => store.begin(beginning('k-3', { now: later }))),
    );
    expect(outcomes.filter((o) => o.kind === 'started')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'in_progress')).toHaveLength(5);
  });

  it('treats an expired key as absent, even with another body', async () => {
    await store.begin(beginning('k-4'));
    await store.complete(beginning('k-4'), CREATED, at(TTL_MS));
    expect(await store.begin(beginning('k-4', { fingerprint: 'f2', now: at(TTL_MS) }))).toEqual({
      kind: 'started',
    });
  });

  it('lets exactly one of many concurrent begins of a new key win', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => store.begin(beginning('k-5'))),
    );
    expect(outcomes.filter((o) => o.kind === 'started')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'in_progress')).toHaveLength(9);
  });

  it('forgets a released key, so that the same request may run again', async () => {
    await store.begin(beginning('k-6'));
    await store.release(beginning('k-6'));
    expect(await store.begin(beginning('k-6'))).toEqual({ kind: 'started' });
  });

  it('keeps keys per scope: the same key in another scope is another key', async () => {
    await store.begin(beginning('k-7'));
    expect(await store.begin({ ...beginning('k-7'), scope: 'pos|user:demo' })).toEqual({
      kind: 'started',
    });
  });

  it('sweeps the expired keys and only those', async () => {
    await store.begin(beginning('k-8', { now: at(-TTL_MS) }));
    await store.begin(beginning('k-9'));
    const swept = await store.sweep(at(1));
    expect(swept).toBeGreaterThanOrEqual(1);
    const keys = await database.db.selectFrom('idempotency_keys').select('key').execute();
    expect(keys.map((row) => row.key)).toContain('k-9');
    expect(keys.map((row) => row.key)).not.toContain('k-8');
  });
});
