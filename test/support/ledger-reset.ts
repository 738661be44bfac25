import { sql } from 'kysely';
import { DATABASE, Database } from '../../src/database/database.tokens';
import type { TestService } from './test-service';

/**
 * Forgets every document the service recorded, for test files that reset the simulator between
 * tests: after `/__simulator/reset` Factus numbers from the start again, so a ledger that still
 * held the previous test's documents would meet the same references and invoice numbers.
 */
export async function resetLedger(
  service: TestService,
  options: { events?: boolean } = {},
): Promise<void> {
  const db = service.app.get<Database>(DATABASE);
  const tables = options.events
    ? sql`ledger_history, ledger_documents, ledger_invoice_locks, idempotency_keys, events CASCADE`
    : sql`ledger_history, ledger_documents, ledger_invoice_locks, idempotency_keys`;
  // The app's worker and dispatcher may be mid-statement on these tables: TRUNCATE's locks can
  // meet theirs in the other order (PostgreSQL then aborts one side with a deadlock, 40P01).
  for (let attempt = 1; ; attempt++) {
    try {
      await sql`TRUNCATE ${tables}`.execute(db);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
    }
  }
}
