import { Kysely, sql } from 'kysely';

/** The document ledger, its history, the note locks and the idempotency keys. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createDocuments(db);
  await createHistory(db);
  await createIdempotencyKeys(db);
}

async function createDocuments(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ledger_documents')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('account_key', 'text', (c) => c.notNull())
    .addColumn('document_type', 'text', (c) => c.notNull())
    .addColumn('reference_code', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('request', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`state in ('queued', 'sending', 'validated', 'pending_dian', 'rejected', 'failed')`,
        ),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('number', 'text')
    .addColumn('track_id', 'text')
    .addColumn('dian_messages', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('last_error', 'jsonb')
    .addColumn('referenced_number', 'text')
    .addColumn('amount', 'numeric(20, 2)')
    .addColumn('cleanup', 'text')
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('ledger_documents_reference', [
      'account_key',
      'document_type',
      'reference_code',
    ])
    .execute();
  // The worker's question: what is due (queued or pending at DIAN), oldest first.
  await db.schema
    .createIndex('ledger_documents_due')
    .on('ledger_documents')
    .columns(['state', 'next_attempt_at'])
    .execute();
  // The reconciliation list: an account's documents, newest first.
  await db.schema
    .createIndex('ledger_documents_newest')
    .on('ledger_documents')
    .columns(['account_key', 'created_at desc', 'id desc'])
    .execute();
  await db.schema
    .createIndex('ledger_documents_notes')
    .on('ledger_documents')
    .columns(['account_key', 'referenced_number'])
    .where(sql.ref('referenced_number'), 'is not', null)
    .execute();
}

async function createHistory(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ledger_history')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('document_id', 'uuid', (c) =>
      c.notNull().references('ledger_documents.id').onDelete('cascade'),
    )
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ledger_history_document')
    .on('ledger_history')
    .columns(['document_id', 'id'])
    .execute();

  await db.schema
    .createTable('ledger_invoice_locks')
    .addColumn('account_key', 'text', (c) => c.notNull())
    .addColumn('invoice_number', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_invoice_locks_pk', ['account_key', 'invoice_number'])
    .execute();
}

async function createIdempotencyKeys(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('running', 'completed')`))
    .addColumn('status_code', 'integer')
    .addColumn('response_headers', 'jsonb')
    .addColumn('response_body', 'text')
    .addColumn('locked_until', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();
  await db.schema
    .createIndex('idempotency_keys_expiry')
    .on('idempotency_keys')
    .column('expires_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'ledger_invoice_locks',
    'ledger_history',
    'ledger_documents',
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
