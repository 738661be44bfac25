import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DATABASE, type Database } from '../../database/database.tokens';
import type { DeliveryAttempt } from '../domain/webhook-delivery';
import type {
  AttemptReport,
  DeliveryClaim,
  DeliveryOutcome,
  DeliveryStats,
  WebhookDeliveries,
} from '../domain/webhook-deliveries.port';
import type { EventType } from '../domain/webhook-event';

interface ClaimRow {
  id: string;
  attempts: number;
  old_owner: string | null;
  event_id: string;
  seq: string;
  account_key: string;
  type: string;
  document_id: string | null;
  data: object;
  event_created_at: Date;
  endpoint_id: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Date | null;
  failing_since: Date | null;
}

/** The delivery queue on PostgreSQL (or PGlite): every step one statement or one transaction. */
@Injectable()
export class PostgresWebhookDeliveries implements WebhookDeliveries {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /**
   * One statement: the events are locked (`SKIP LOCKED`: two replicas never fan out the same
   * one), a delivery is inserted per enabled subscribed endpoint (the unique (event, endpoint)
   * is the last guard), and the events are marked fanned out, all or nothing.
   */
  async fanOut(limit: number, firstDelayMs: number, now: Date): Promise<number> {
    const first = new Date(now.getTime() + firstDelayMs);
    const { rows } = await sql<{ events: string }>`
      with due as (
        select id, seq, account_key, type, document_id from events
        where fanned_out_at is null order by seq limit ${limit} for update skip locked
      ), inserted as (
        insert into webhook_deliveries (id, event_id, endpoint_id, event_seq, document_id, state,
          attempts, next_attempt_at, created_at, updated_at)
        select 'del_' || replace(gen_random_uuid()::text, '-', ''), due.id, e.id, due.seq,
          due.document_id, 'pending', 0, ${first}, ${now}, ${now}
        from due join webhook_endpoints e on e.account_key = due.account_key and e.enabled
          and (e.events @> jsonb_build_array(due.type) or e.events @> '["*"]'::jsonb)
        on conflict (event_id, endpoint_id) do nothing
        returning 1
      ), marked as (
        update events set fanned_out_at = ${now} from due where events.id = due.id returning 1
      )
      select (select count(*) from marked) as events, (select count(*) from inserted) as deliveries
    `.execute(this.db);
    return Number(rows[0]?.events ?? 0);
  }

  /**
   * Due pending deliveries to enabled endpoints, nobody's lease running, and none of them behind
   * an earlier pending delivery of the same document to the same endpoint (in order per document).
   */
  async claimDue(
    owner: string,
    leaseMs: number,
    limit: number,
    now: Date,
  ): Promise<DeliveryClaim[]> {
    const until = new Date(now.getTime() + leaseMs);
    const { rows } = await sql<ClaimRow>`
      with due as (
        select d.id, d.lease_owner as old_owner from webhook_deliveries d
        join webhook_endpoints e on e.id = d.endpoint_id
        where d.state = 'pending' and d.next_attempt_at <= ${now} and e.enabled
          and (d.lease_until is null or d.lease_until < ${now})
          and not exists (
            select 1 from webhook_deliveries p
            where p.endpoint_id = d.endpoint_id and p.document_id = d.document_id
              and p.event_seq < d.event_seq and p.state = 'pending')
          -- An earlier event of the document another replica is still fanning out comes first.
          and not exists (
            select 1 from events pe
            where pe.document_id = d.document_id and pe.seq < d.event_seq
              and pe.fanned_out_at is null)
        order by d.event_seq limit ${limit} for update of d skip locked
      ), claimed as (
        update webhook_deliveries w set attempts = w.attempts + 1, lease_owner = ${owner},
          lease_until = ${until}, updated_at = ${now}
        from due where w.id = due.id
        returning w.id, w.attempts, w.event_id, w.endpoint_id, due.old_owner
      )
      select c.id, c.attempts, c.old_owner, c.event_id, ev.seq, ev.account_key, ev.type,
        ev.document_id, ev.data, ev.created_at as event_created_at, c.endpoint_id, en.url,
        en.secret, en.previous_secret, en.previous_secret_until, en.failing_since
      from claimed c join events ev on ev.id = c.event_id
      join webhook_endpoints en on en.id = c.endpoint_id
      order by ev.seq
    `.execute(this.db);
    return rows.map((row) => toClaim(row, now));
  }

  async settle(
    claim: DeliveryClaim,
    owner: string,
    report: AttemptReport,
    outcome: DeliveryOutcome,
    now: Date,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      // The attempt happened whoever holds the lease now: it is history either way.
      await trx
        .insertInto('webhook_attempts')
        .values({
          delivery_id: claim.deliveryId,
          attempt: claim.attempt,
          at: now,
          status_code: report.statusCode ?? null,
          duration_ms: Math.round(report.durationMs),
          error: report.error ?? null,
        })
        .execute();
      const written = await trx
        .updateTable('webhook_deliveries')
        .set({
          state: outcome.state,
          ...(outcome.state === 'pending' ? { next_attempt_at: outcome.nextAttemptAt } : {}),
          last_status: report.statusCode ?? null,
          last_error: report.error ?? null,
          lease_owner: null,
          lease_until: null,
          updated_at: now,
        })
        .where('id', '=', claim.deliveryId)
        .where('lease_owner', '=', owner)
        .executeTakeFirst();
      return Number(written.numUpdatedRows) > 0;
    });
  }

  async releaseAll(owner: string): Promise<number> {
    const result = await this.db
      .updateTable('webhook_deliveries')
      .set({ lease_owner: null, lease_until: null })
      .where('lease_owner', '=', owner)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async attemptsOf(endpointId: string, limit: number): Promise<DeliveryAttempt[]> {
    const rows = await this.db
      .selectFrom('webhook_attempts as a')
      .innerJoin('webhook_deliveries as d', 'd.id', 'a.delivery_id')
      .select([
        'a.delivery_id',
        'd.event_id',
        'a.attempt',
        'a.at',
        'a.status_code',
        'a.duration_ms',
        'a.error',
      ])
      .where('d.endpoint_id', '=', endpointId)
      .orderBy('a.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      deliveryId: row.delivery_id,
      eventId: row.event_id,
      attempt: row.attempt,
      at: new Date(row.at),
      ...(row.status_code === null ? {} : { statusCode: row.status_code }),
      durationMs: row.duration_ms,
      ...(row.error === null ? {} : { error: row.error }),
    }));
  }

  /** A delivery being sent right now is left to finish; the others start their schedule again. */
  async redeliver(accountKey: string, eventId: string, now: Date): Promise<number | undefined> {
    const event = await this.db
      .selectFrom('events')
      .select('id')
      .where('id', '=', eventId)
      .where('account_key', '=', accountKey)
      .executeTakeFirst();
    if (!event) return undefined;
    const result = await this.db
      .updateTable('webhook_deliveries')
      .set({ state: 'pending', attempts: 0, next_attempt_at: now, updated_at: now })
      .where('event_id', '=', eventId)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      // A disabled endpoint's delivery would never be sent: not counted as redelivered.
      .where('endpoint_id', 'in', (eb) =>
        eb.selectFrom('webhook_endpoints').select('id').where('enabled', '=', true),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async stats(now: Date): Promise<DeliveryStats> {
    const row = await this.db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
      .select((eb) => [
        eb.fn.countAll<string>().as('pending'),
        eb.fn.min('d.created_at').as('oldest'),
      ])
      .where('d.state', '=', 'pending')
      .where('e.enabled', '=', true)
      .executeTakeFirst();
    const oldest = row?.oldest ? new Date(row.oldest).getTime() : undefined;
    return {
      pending: Number(row?.pending ?? 0),
      oldestPendingMs: oldest === undefined ? 0 : Math.max(0, now.getTime() - oldest),
    };
  }
}

function toClaim(row: ClaimRow, now: Date): DeliveryClaim {
  const overlap = row.previous_secret !== null && row.previous_secret_until !== null;
  const previousValid = overlap && new Date(row.previous_secret_until as Date) > now;
  return {
    deliveryId: row.id,
    attempt: row.attempts,
    event: {
      id: row.event_id,
      seq: String(row.seq),
      accountKey: row.account_key,
      type: row.type as EventType,
      ...(row.document_id === null ? {} : { documentId: row.document_id }),
      createdAt: new Date(row.event_created_at),
      data: typeof row.data === 'string' ? (JSON.parse(row.data) as object) : row.data,
    },
    target: {
      endpointId: row.endpoint_id,
      accountKey: row.account_key,
      url: row.url,
      secrets: previousValid ? [row.secret, row.previous_secret as string] : [row.secret],
      ...(row.failing_since === null ? {} : { failingSince: new Date(row.failing_since) }),
    },
    ...(row.old_owner === null ? {} : { takenOverFrom: row.old_owner }),
  };
}
