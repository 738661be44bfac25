import { sql } from 'kysely';
import { DATABASE, Database } from '../../src/database/database.tokens';
import type { TestService } from './test-service';

/**
 * Forgets every document the service recorded, for test files that reset the simulator between
 * tests: after `/__simulator/reset` Factus numbers from the start again, so a ledger that still
 * held the previous test's documents would meet the same references and invoice numbers.
 */
export async function resetLedger(service: TestService): Promise<void> {
  const db = service.app.get<Database>(DATABASE);
  await sql`TRUNCATE ledger_history, ledger_documents, ledger_invoice_locks, idempotency_keys`.execute(
    db,
  );
}
