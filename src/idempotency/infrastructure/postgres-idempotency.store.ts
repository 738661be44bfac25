import { Inject, Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import type { IdempotencyKeysTable } from '../../database/database.schema';
import { DATABASE, Database } from '../../database/database.tokens';
import { decideOnExisting, IdempotencyRecord, isExpired } from '../domain/idempotency-record';
import type {
  BeginOutcome,
  BeginRequest,
  IdempotencyKeyRef,
  IdempotencyStore,
  StoredResponse,
} from '../domain/idempotency-store.port';

type Row = Selectable<IdempotencyKeysTable>;

/** A key deleted (released or expired) between our insert and our read: try again, a few times. */
const ATTEMPTS = 3;

/**
 * Idempotency keys in the service's database. `begin` is atomic without a transaction: the
 * INSERT … ON CONFLICT DO NOTHING lets exactly one of several concurrent requests create the key,
 * and taking over an abandoned one is a conditional UPDATE that only one of them can win.
 */
@Injectable()
export class PostgresIdempotencyStore implements IdempotencyStore {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async begin(request: BeginRequest): Promise<BeginOutcome> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (await this.insert(request)) return { kind: 'started' };
      const row = await this.find(request);
      if (!row) continue;
      const record = toRecord(row);
      if (isExpired(record, request.now)) {
        // Expired keys are absent: delete this one (lazily) and try the insert again.
        await this.deleteExpired(request, request.now);
        continue;
      }
      const decision = decideOnExisting(record, request.fingerprint, request.now);
      if (decision.kind !== 'abandoned') return decision;
      if (await this.takeOver(request)) return { kind: 'started' };
      return { kind: 'in_progress' };
    }
    // Still coming and going after several tries: someone else is busy with this key.
    return { kind: 'in_progress' };
  }

  async complete(ref: IdempotencyKeyRef, response: StoredResponse, expiresAt: Date): Promise<void> {
    await this.db
      .updateTable('idempotency_keys')
      .set({
        state: 'completed',
        status_code: response.status,
        response_headers: JSON.stringify(response.headers),
        response_body: response.body,
        expires_at: expiresAt,
      })
      .where('scope', '=', ref.scope)
      .where('key', '=', ref.key)
      .execute();
  }

  async release(ref: IdempotencyKeyRef): Promise<void> {
    await this.db
      .deleteFrom('idempotency_keys')
      .where('scope', '=', ref.scope)
      .where('key', '=', ref.key)
      .where('state', '=', 'running')
      .execute();
  }

  async sweep(now: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('idempotency_keys')
      .where('expires_at', '<=', now)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private async insert(request: BeginRequest): Promise<boolean> {
    const inserted = await this.db
      .insertInto('idempotency_keys')
      .values({
        scope: request.scope,
        key: request.key,
        fingerprint: request.fingerprint,
        state: 'running',
        locked_until: request.lockedUntil,
        created_at: request.now,
        expires_at: request.expiresAt,
      })
      .onConflict((conflict) => conflict.columns(['scope', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  private find(ref: IdempotencyKeyRef): Promise<Row | undefined> {
    return this.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('scope', '=', ref.scope)
      .where('key', '=', ref.key)
      .executeTakeFirst();
  }

  private async deleteExpired(ref: IdempotencyKeyRef, now: Date): Promise<void> {
    await this.db
      .deleteFrom('idempotency_keys')
      .where('scope', '=', ref.scope)
      .where('key', '=', ref.key)
      .where('expires_at', '<=', now)
      .execute();
  }

  /** The first request's lock ran out (its process died): one new request gets the key. */
  private async takeOver(request: BeginRequest): Promise<boolean> {
    const taken = await this.db
      .updateTable('idempotency_keys')
      .set({ locked_until: request.lockedUntil, expires_at: request.expiresAt })
      .where('scope', '=', request.scope)
      .where('key', '=', request.key)
      .where('state', '=', 'running')
      .where('fingerprint', '=', request.fingerprint)
      .where('locked_until', '<=', request.now)
      .returning('key')
      .executeTakeFirst();
    return taken !== undefined;
  }
}

function toRecord(row: Row): IdempotencyRecord {
  const response: StoredResponse | undefined =
    row.state === 'completed' && row.status_code !== null
      ? {
          status: row.status_code,
          headers: row.response_headers ?? {},
          body: row.response_body ?? '',
        }
      : undefined;
  return {
    fingerprint: row.fingerprint,
    state: row.state === 'completed' ? 'completed' : 'running',
    response,
    lockedUntil: row.locked_until,
    expiresAt: row.expires_at,
  };
}
