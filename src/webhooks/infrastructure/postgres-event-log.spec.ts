import { sql } from 'kysely';
import type { Database } from '../../database/database.tokens';
import {
  DATABASE_TIMEOUT_MS,
  LEDGER_TEST_STORES,
} from '../../documents/infrastructure/testing/ledger-test-stores';
import type { EventCursor, NewEvent } from '../domain/event-log.port';
import type { EventType } from '../domain/webhook-event';
import { PostgresEventLog } from './postgres-event-log';

jest.setTimeout(DATABASE_TIMEOUT_MS);

const T0 = Date.parse('2026-03-02T08:00:00.000Z');

function anEvent(n: number, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: `evt_test_${String(n).padStart(4, '0')}`,
    accountKey: 'account-a',
    type: n % 3 === 0 ? 'invoice.rejected' : 'invoice.validated',
    documentId: '7f6c1f9e-1d2b-4c3a-9a8b-0c1d2e3f4a5b',
    // Every event at the same instant: the order must come from seq, not the clock.
    createdAt: new Date(T0),
    data: { referenceCode: `INV-${n}`, state: 'validated' },
    ...overrides,
  };
}

describe.each(LEDGER_TEST_STORES)('PostgresEventLog on $name', (store) => {
  let opened: { db: Database; close(): Promise<void> } | undefined;
  let log: PostgresEventLog;
  beforeAll(async () => {
    opened = await store.open();
    log = new PostgresEventLog(opened.db);
  }, DATABASE_TIMEOUT_MS);
  afterAll(async () => opened?.close(), DATABASE_TIMEOUT_MS);
  beforeEach(async () => {
    await sql`truncate events cascade`.execute(opened!.db);
  });

  const appendMany = async (count: number) => {
    for (let n = 1; n <= count; n++) await log.append(anEvent(n));
    await log.append(anEvent(999, { accountKey: 'account-b' }));
  };
  const allPages = async (type?: EventType, first?: EventCursor) => {
    const pages: string[][] = [];
    let cursor = first;
    do {
      const page = await log.list('account-a', { type }, cursor, 4);
      pages.push(page.events.map((event) => event.id));
      cursor = page.next;
    } while (cursor);
    return pages;
  };

  it('lists an account events newest first in disjoint pages that end', async () => {
    await appendMany(10);

    const pages = await allPages();

    expect(pages.map((page) => page.length)).toEqual([4, 4, 2]);
    const ids = Array.from({ length: 10 }, (_, i) => anEvent(10 - i).id);
    expect(pages.flat()).toEqual(ids);
  });

  it('skips an event of a type this version does not know (a newer replica wrote it)', async () => {
    await log.append(anEvent(1));
    await log.append({ ...anEvent(2), type: 'invoice.paid' as EventType });
    await log.append(anEvent(4));

    const page = await log.list('account-a', {}, undefined, 10);

    expect(page.events.map((event) => event.id)).toEqual(['evt_test_0004', 'evt_test_0001']);
    expect(await log.get('account-a', 'evt_test_0002')).toBeUndefined();
  });

  it('filters by type', async () => {
    await appendMany(10);

    const pages = await allPages('invoice.rejected');

    expect(pages.flat()).toEqual([anEvent(9).id, anEvent(6).id, anEvent(3).id]);
  });

  it('continues after an event in the order events happened (catching up)', async () => {
    await appendMany(10);
    const after = await log.get('account-a', anEvent(3).id);

    const pages = await allPages(undefined, { order: 'oldest', seq: after!.seq });

    expect(pages.flat()).toEqual([4, 5, 6, 7, 8, 9, 10].map((n) => anEvent(n).id));
  });

  it('gets one event of the account with its data, and never another account one', async () => {
    await appendMany(2);

    expect(await log.get('account-a', anEvent(2).id)).toEqual({
      id: anEvent(2).id,
      seq: expect.stringMatching(/^\d+$/),
      accountKey: 'account-a',
      type: 'invoice.validated',
      documentId: anEvent(2).documentId,
      createdAt: new Date(T0),
      data: anEvent(2).data,
    });
    expect(await log.get('account-a', anEvent(999).id)).toBeUndefined();
    expect(await log.get('account-b', anEvent(1).id)).toBeUndefined();
  });

  it('appends an event once: the same id again writes nothing', async () => {
    const event = anEvent(1, { type: 'numbering_range.low', documentId: undefined });

    expect(await log.append(event)).toBe(true);
    expect(await log.append({ ...event, data: { other: true } })).toBe(false);

    const page = await log.list('account-a', {}, undefined, 10);
    expect(page.events).toHaveLength(1);
    expect(page.events[0]).toMatchObject({ data: event.data });
    expect(page.events[0].documentId).toBeUndefined();
  });
});
