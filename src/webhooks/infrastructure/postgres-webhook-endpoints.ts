import { Inject, Injectable } from '@nestjs/common';
import { sql, type Selectable, type UpdateObject } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { DatabaseSchema, WebhookEndpointsTable } from '../../database/database.schema';
import { DATABASE, type Database } from '../../database/database.tokens';
import type { WebhookEndpoint } from '../domain/webhook-endpoint';
import type {
  NewWebhookEndpoint,
  WebhookEndpointChanges,
  WebhookEndpoints,
} from '../domain/webhook-endpoints.port';
import { isEventType, type EventType } from '../domain/webhook-event';

type EndpointRow = Selectable<WebhookEndpointsTable>;
type EndpointUpdate = UpdateObject<DatabaseSchema, 'webhook_endpoints'>;

/** `we_` + 24 url-safe characters (144 random bits). */
export function newEndpointId(): string {
  return `we_${randomBytes(18).toString('base64url')}`;
}

/**
 * Webhook endpoints on PostgreSQL (or PGlite: same SQL). Times are the caller's `now`. Account
 * scoped reads and writes filter on `account_key` in the statement itself, so that another
 * account's id is indistinguishable from one that does not exist.
 */
@Injectable()
export class PostgresWebhookEndpoints implements WebhookEndpoints {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async create(endpoint: NewWebhookEndpoint, now: Date): Promise<WebhookEndpoint> {
    const row = await this.db
      .insertInto('webhook_endpoints')
      .values({
        id: newEndpointId(),
        account_key: endpoint.accountKey,
        url: endpoint.url,
        events: JSON.stringify(endpoint.events),
        description: endpoint.description ?? null,
        enabled: true,
        secret: endpoint.secret,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toEndpoint(row);
  }

  async list(accountKey: string): Promise<WebhookEndpoint[]> {
    const rows = await this.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('account_key', '=', accountKey)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toEndpoint);
  }

  async get(accountKey: string, id: string): Promise<WebhookEndpoint | undefined> {
    const row = await this.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('account_key', '=', accountKey)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toEndpoint(row);
  }

  async update(
    accountKey: string,
    id: string,
    changes: WebhookEndpointChanges,
    now: Date,
  ): Promise<WebhookEndpoint | undefined> {
    const row = await this.db
      .updateTable('webhook_endpoints')
      .set(changedColumns(changes, now))
      .where('account_key', '=', accountKey)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && toEndpoint(row);
  }

  async remove(accountKey: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('webhook_endpoints')
      .where('account_key', '=', accountKey)
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async rotateSecret(
    accountKey: string,
    id: string,
    secret: string,
    previousUntil: Date,
    now: Date,
  ): Promise<WebhookEndpoint | undefined> {
    // One statement: the secret being replaced is the one in the row at that moment, so two
    // concurrent rotations never lose the secret receivers verify with.
    const row = await this.db
      .updateTable('webhook_endpoints')
      .set((eb) => ({
        previous_secret: eb.ref('secret'),
        previous_secret_until: previousUntil,
        secret,
        updated_at: now,
      }))
      .where('account_key', '=', accountKey)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && toEndpoint(row);
  }

  async findById(id: string): Promise<WebhookEndpoint | undefined> {
    const row = await this.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toEndpoint(row);
  }

  async subscribedTo(accountKey: string, type: EventType): Promise<WebhookEndpoint[]> {
    const rows = await this.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('account_key', '=', accountKey)
      .where('enabled', '=', true)
      .where((eb) =>
        eb.or([
          eb(sql`events`, '@>', sql`${JSON.stringify([type])}::jsonb`),
          eb(sql`events`, '@>', sql`'["*"]'::jsonb`),
        ]),
      )
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toEndpoint);
  }

  async markFailing(id: string, since: Date): Promise<void> {
    // The first failure of a run sets it; later ones keep the start of the run.
    await this.db
      .updateTable('webhook_endpoints')
      .set({ failing_since: since })
      .where('id', '=', id)
      .where('failing_since', 'is', null)
      .execute();
  }

  async markHealthy(id: string): Promise<void> {
    await this.db
      .updateTable('webhook_endpoints')
      .set({ failing_since: null })
      .where('id', '=', id)
      .where('failing_since', 'is not', null)
      .execute();
  }

  async disable(id: string, reason: string, now: Date): Promise<boolean> {
    // Only an enabled endpoint is disabled: concurrent 410s disable it (and announce it) once.
    const result = await this.db
      .updateTable('webhook_endpoints')
      .set({ enabled: false, disabled_reason: reason, updated_at: now })
      .where('id', '=', id)
      .where('enabled', '=', true)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}

function changedColumns(changes: WebhookEndpointChanges, now: Date): EndpointUpdate {
  const columns: EndpointUpdate = { updated_at: now };
  if (changes.url !== undefined) columns.url = changes.url;
  if (changes.events !== undefined) columns.events = JSON.stringify(changes.events);
  if (changes.description !== undefined) columns.description = changes.description;
  if (changes.enabled === false) {
    columns.enabled = false;
    // An endpoint already disabled (410 Gone, say) keeps the reason it was disabled for.
    columns.disabled_reason = sql<string>`case when enabled then 'disabled by its owner' else disabled_reason end`;
  } else if (changes.enabled === true) {
    // Enabled again: a fresh start, the reason and the failing run are history. An endpoint
    // that was enabled already keeps its failing run (the worker's count of how long).
    columns.enabled = true;
    columns.disabled_reason = null;
    columns.failing_since = sql<Date | null>`case when enabled then failing_since else null end`;
  }
  return columns;
}

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    accountKey: row.account_key,
    url: row.url,
    events: row.events.filter((type): type is EventType | '*' => type === '*' || isEventType(type)),
    ...(row.description === null ? {} : { description: row.description }),
    enabled: row.enabled,
    ...(row.disabled_reason === null ? {} : { disabledReason: row.disabled_reason }),
    secret: row.secret,
    ...(row.previous_secret === null ? {} : { previousSecret: row.previous_secret }),
    ...(row.previous_secret_until === null
      ? {}
      : { previousSecretUntil: toDate(row.previous_secret_until) }),
    ...(row.failing_since === null ? {} : { failingSince: toDate(row.failing_since) }),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}
