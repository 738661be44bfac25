import { sql } from 'kysely';
import type { Database } from './database.tokens';

/** Runs `SELECT 1`; rejects when the database errs or has not answered within `timeoutMs`. */
export async function pingDatabase(db: Database, timeoutMs: number): Promise<number> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer to SELECT 1 within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([sql`select 1`.execute(db), timeout]);
    return Math.round(performance.now() - started);
  } finally {
    clearTimeout(timer);
  }
}
