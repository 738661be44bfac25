/*
 * The database the benchmarked service keeps its ledger in: a fresh one on the machine's
 * PostgreSQL (127.0.0.1:5432, or TEST_POSTGRES_URL), made and dropped the way the tests do it
 * (test/support/test-database.ts), so a run never meets an earlier run's documents.
 */
import { sql } from 'kysely';
import { isSettled, LEDGER_STATES } from '../src/documents/domain/ledger-state';
import { createTestDatabase, TestDatabase } from '../test/support/test-database';
import { sleep, useServiceDatabase } from './processes';

export interface BenchDatabase {
  /** DATABASE_URL for the service; its host and database name say which store was measured. */
  url: string;
  /** `host:port/database` of `url` (no credentials), for the report. */
  label: string;
  /** Ledger documents per state. */
  states(): Promise<Record<string, number>>;
  /** PIDs of the PostgreSQL backends serving this database: the benchmark's own work, not a neighbour's. */
  backendPids(): Promise<number[]>;
  /** Empties the ledger and the idempotency keys, so every measured run starts from the same store. */
  clear(): Promise<void>;
  drop(): Promise<void>;
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const database: TestDatabase = await createTestDatabase();
  const { db } = database;
  const parsed = new URL(database.url);
  const states = async () => {
    const rows = await db
      .selectFrom('ledger_documents')
      .select(['state', db.fn.countAll<string>().as('n')])
      .groupBy('state')
      .execute();
    return Object.fromEntries(rows.map((row) => [row.state, Number(row.n)]));
  };
  return {
    url: database.url,
    label: `PostgreSQL ${parsed.host}${parsed.pathname}`,
    states,
    backendPids: async () => {
      const { rows } = await sql<{ pid: number }>`
        SELECT pid FROM pg_stat_activity WHERE datname = current_database()`.execute(db);
      return rows.map((row) => row.pid);
    },
    clear: async () => {
      // The previous run's last requests may still be admitted and sent after its load stopped:
      // cleared under them, their documents would count in the next run (and TRUNCATE's locks,
      // taken against their writes, can deadlock).
      await untilLedgerQuiet(states);
      await sql`TRUNCATE ledger_history, ledger_documents, ledger_invoice_locks, idempotency_keys`.execute(
        db,
      );
    },
    drop: () => database.drop(),
  };
}

/** What the worker still has to finish (pending_dian: a DIAN follow-up). */
const UNSETTLED = LEDGER_STATES.filter((state) => !isSettled(state));
const QUIET_DEADLINE_MS = 30_000;

/**
 * Until no document waits for the worker and the counts held still across one poll (no request
 * of the last run is still being admitted), or QUIET_DEADLINE_MS passed: a document DIAN keeps
 * pending must not stall the run, so it goes on either way.
 */
async function untilLedgerQuiet(states: () => Promise<Record<string, number>>): Promise<void> {
  const deadline = Date.now() + QUIET_DEADLINE_MS;
  let previous = '';
  let counts = '';
  while (Date.now() < deadline) {
    const current = await states();
    const busy = UNSETTLED.some((state) => (current[state] ?? 0) > 0);
    counts = JSON.stringify(current);
    if (!busy && counts === previous) return;
    previous = busy ? '' : counts;
    await sleep(250);
  }
  console.warn(
    `  the ledger was still busy after ${QUIET_DEADLINE_MS} ms (${counts}): cleared anyway`,
  );
}

/** Runs `body` with every service it starts on a fresh bench database, dropped afterwards. */
export async function withBenchDatabase<T>(
  body: (database: BenchDatabase) => Promise<T>,
): Promise<T> {
  const database = await createBenchDatabase();
  useServiceDatabase(database.url);
  try {
    return await body(database);
  } finally {
    useServiceDatabase(undefined);
    await database.drop();
  }
}
