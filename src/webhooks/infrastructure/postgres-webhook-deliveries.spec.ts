import { randomUUID } from 'node:crypto';
import type { Database } from '../../database/database.tokens';
import {
  DATABASE_TIMEOUT_MS,
  LEDGER_TEST_STORES,
} from '../../documents/infrastructure/testing/ledger-test-stores';
import { PostgresWebhookDeliveries } from './postgres-webhook-deliveries';

jest.setTimeout(DATABASE_TIMEOUT_MS);

const ACCOUNT = 'acct-1';
const LEASE_MS = 60_000;

describe.each(LEDGER_TEST_STORES)('PostgresWebhookDeliveries on $name', (store) => {
  let database: { db: Database; close(): Promise<void> };
  let deliveries: PostgresWebhookDeliveries;
  let now: Date;

  beforeAll(async () => {
    database = await store.open();
    deliveries = new PostgresWebhookDeliveries(database.db);
  });
  afterAll(() => database?.close());
  beforeEach(async () => {
    now = new Date();
    await database.db.deleteFrom('events').execute();
    await database.db.deleteFrom('webhook_endpoints').execute();
  });

  const endpoint = async (id: string, events: string[] = ['*'], enabled = true) => {
    await database.db
      .insertInto('webhook_endpoints')
      .values({
        id,
        account_key: ACCOUNT,
        url: `http://127.0.0.1/${id}`,
        events: JSON.stringify(events),
        enabled,
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        created_at: now,
        updated_at: now,
      })
      .execute();
  };
  const event = async (id: string, type: string, documentId: string | null = null) => {
    await database.db
      .insertInto('events')
      .values({
        id,
        account_key: ACCOUNT,
        type,
        document_id: documentId,
        data: JSON.stringify({ id }),
        created_at: now,
      })
      .execute();
  };

  it('fans an event out once, to the enabled endpoints subscribed to its type', async () => {
    await endpoint('we_all');
    await endpoint('we_validated', ['invoice.validated']);
    await endpoint('we_rejected', ['invoice.rejected']);
    await endpoint('we_off', ['*'], false);
    await event('evt_1', 'invoice.validated');
    // Two replicas at once: SKIP LOCKED and the unique (event, endpoint) make it one fan-out.
    const fanned = await Promise.all([
      deliveries.fanOut(10, 0, now),
      deliveries.fanOut(10, 0, now),
    ]);
    expect(fanned.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await deliveries.fanOut(10, 0, now)).toBe(0);
    const rows = await database.db.selectFrom('webhook_deliveries').select('endpoint_id').execute();
    expect(rows.map((r) => r.endpoint_id).sort()).toEqual(['we_all', 'we_validated']);
  });

  it('claims deliveries of one document to one endpoint in order, one at a time', async () => {
    const doc = randomUUID();
    await endpoint('we_1');
    await event('evt_a', 'invoice.pending_dian', doc);
    await event('evt_b', 'invoice.validated', doc);
    await event('evt_other', 'invoice.validated', randomUUID());
    await deliveries.fanOut(10, 0, now);

    const first = await deliveries.claimDue('r1', LEASE_MS, 10, now);
    expect(first.map((c) => c.event.id)).toEqual(['evt_a', 'evt_other']);
    // Another replica finds nothing: the first is leased, the second waits behind it.
    expect(await deliveries.claimDue('r2', LEASE_MS, 10, now)).toEqual([]);

    const a = first[0];
    expect(a).toMatchObject({ attempt: 1, target: { endpointId: 'we_1', accountKey: ACCOUNT } });
    const retryAt = new Date(now.getTime() + 1000);
    await deliveries.settle(
      a,
      'r1',
      { statusCode: 500, durationMs: 3, error: 'HTTP 500' },
      { state: 'pending', nextAttemptAt: retryAt },
      now,
    );
    // Still pending: the later event of the document does not overtake it.
    expect(await deliveries.claimDue('r2', LEASE_MS, 10, now)).toEqual([]);
    const again = await deliveries.claimDue('r2', LEASE_MS, 10, retryAt);
    expect(again.map((c) => [c.event.id, c.attempt])).toEqual([['evt_a', 2]]);
    expect(
      await deliveries.settle(
        again[0],
        'r2',
        { statusCode: 200, durationMs: 2 },
        { state: 'succeeded' },
        retryAt,
      ),
    ).toBe(true);
    const next = await deliveries.claimDue('r2', LEASE_MS, 10, retryAt);
    expect(next.map((c) => c.event.id)).toEqual(['evt_b']);

    const attempts = await deliveries.attemptsOf('we_1', 10);
    expect(attempts.map((x) => [x.eventId, x.attempt, x.statusCode])).toEqual([
      ['evt_a', 2, 200],
      ['evt_a', 1, 500],
    ]);
  });

  it('takes an expired lease over, and refuses the old owner’s late outcome', async () => {
    await endpoint('we_1');
    await event('evt_1', 'invoice.validated');
    await deliveries.fanOut(10, 0, now);
    const [mine] = await deliveries.claimDue('r1', 1000, 10, now);
    const later = new Date(now.getTime() + 1001);
    const [taken] = await deliveries.claimDue('r2', LEASE_MS, 10, later);
    expect(taken).toMatchObject({ deliveryId: mine.deliveryId, attempt: 2, takenOverFrom: 'r1' });
    expect(
      await deliveries.settle(
        mine,
        'r1',
        { statusCode: 200, durationMs: 1 },
        { state: 'succeeded' },
        later,
      ),
    ).toBe(false);
    expect(await deliveries.releaseAll('r2')).toBe(1);
    expect((await deliveries.claimDue('r3', LEASE_MS, 10, later)).map((c) => c.attempt)).toEqual([
      3,
    ]);
  });

  it('redelivers an account’s event from the start of the schedule; another account’s is not found', async () => {
    await endpoint('we_1');
    await event('evt_1', 'invoice.validated');
    await deliveries.fanOut(10, 0, now);
    const [claim] = await deliveries.claimDue('r1', LEASE_MS, 10, now);
    await deliveries.settle(
      claim,
      'r1',
      { durationMs: 1, error: 'timed out' },
      { state: 'dead' },
      now,
    );
    expect(await deliveries.stats(now)).toEqual({ pending: 0, oldestPendingMs: 0 });

    expect(await deliveries.redeliver('acct-2', 'evt_1', now)).toBeUndefined();
    expect(await deliveries.redeliver(ACCOUNT, 'evt_1', now)).toBe(1);
    expect((await deliveries.stats(now)).pending).toBe(1);
    expect((await deliveries.claimDue('r1', LEASE_MS, 10, now)).map((c) => c.attempt)).toEqual([1]);
  });

  it('does not count as redelivered what goes to a disabled endpoint (it would never be sent)', async () => {
    await endpoint('we_1');
    await endpoint('we_2');
    await event('evt_1', 'invoice.validated');
    await deliveries.fanOut(10, 0, now);
    await database.db
      .updateTable('webhook_endpoints')
      .set({ enabled: false })
      .where('id', '=', 'we_2')
      .execute();
    expect(await deliveries.redeliver(ACCOUNT, 'evt_1', now)).toBe(1);
  });
});
