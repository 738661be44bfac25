import { Inject, Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import type { EventsTable } from '../../database/database.schema';
import { DATABASE, type Database } from '../../database/database.tokens';
import type {
  EventCursor,
  EventFilter,
  EventLog,
  EventPage,
  NewEvent,
} from '../domain/event-log.port';
import { EVENT_TYPES, isEventType, type WebhookEvent } from '../domain/webhook-event';

type EventRow = Selectable<EventsTable>;

/**
 * The event log on PostgreSQL (or PGlite): the `events` table, which the ledger also writes in
 * its settlement statement. Pages follow `seq` (unique, increasing), never the clock, so that two
 * events written at the same instant keep their order and no page skips or repeats one.
 */
@Injectable()
export class PostgresEventLog implements EventLog {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async list(
    accountKey: string,
    filter: EventFilter,
    cursor: EventCursor | undefined,
    limit: number,
  ): Promise<EventPage> {
    const order = cursor?.order ?? 'newest';
    // Only types this version knows: a newer replica's event (a rolling deploy) is skipped here
    // rather than failing the whole page.
    let query = this.db
      .selectFrom('events')
      .selectAll()
      .where('account_key', '=', accountKey)
      .where('type', 'in', EVENT_TYPES);
    if (filter.type) query = query.where('type', '=', filter.type);
    if (cursor) query = query.where('seq', order === 'newest' ? '<' : '>', cursor.seq);
    // One more than asked: whether a next page exists, without a count.
    const rows = await query
      .orderBy('seq', order === 'newest' ? 'desc' : 'asc')
      .limit(limit + 1)
      .execute();
    const events = rows.slice(0, limit).map(toEvent);
    const last = events.at(-1);
    return rows.length > limit && last ? { events, next: { order, seq: last.seq } } : { events };
  }

  async get(accountKey: string, id: string): Promise<WebhookEvent | undefined> {
    const row = await this.db
      .selectFrom('events')
      .selectAll()
      .where('id', '=', id)
      .where('account_key', '=', accountKey)
      .where('type', 'in', EVENT_TYPES)
      .executeTakeFirst();
    return row ? toEvent(row) : undefined;
  }

  async append(event: NewEvent): Promise<boolean> {
    const inserted = await this.db
      .insertInto('events')
      .values({
        id: event.id,
        account_key: event.accountKey,
        type: event.type,
        document_id: event.documentId ?? null,
        data: JSON.stringify(event.data),
        created_at: event.createdAt,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }
}

function toEvent(row: EventRow): WebhookEvent {
  if (!isEventType(row.type)) throw new Error(`Event ${row.id} has an unknown type ${row.type}`);
  return {
    id: row.id,
    seq: String(row.seq),
    accountKey: row.account_key,
    type: row.type,
    ...(row.document_id ? { documentId: row.document_id } : {}),
    createdAt: new Date(row.created_at),
    data: typeof row.data === 'string' ? (JSON.parse(row.data) as object) : row.data,
  };
}
