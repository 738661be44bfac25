import { PGlite, types } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import { fileTemplate, type PgliteTemplate } from './pglite-template';

/**
 * Read as `pg` reads them, so that one adapter serves both stores: int8 (counts, identities) as
 * strings, since a JavaScript number loses digits past 2^53. numeric (text), timestamptz (Date)
 * and jsonb (parsed) already agree.
 */
const PG_COMPATIBLE_PARSERS = { [types.INT8]: (value: string) => value };

type Command = PostgresQueryResult<unknown>['command'];

/**
 * The embedded PostgreSQL (PGlite) as the pool Kysely's PostgresDialect expects. PGlite is one
 * session: were two callers to share it, their statements would interleave inside each other's
 * transactions. So this pool has one connection and hands it to one caller at a time, in the
 * order they asked (`connect` waits until the previous holder releases it); a transaction holds it
 * from BEGIN to COMMIT, which serialises transactions as a one-connection pool would.
 */
export class PglitePool implements PostgresPool {
  private tail: Promise<void> = Promise.resolve();
  private ended = false;

  private constructor(readonly db: PGlite) {}

  /**
   * In memory without a directory (a copy of the template cluster when there is one, see
   * pglite-template.ts); on disk under it otherwise. Resolves once PGlite is up.
   */
  static async open(
    dataDir?: string,
    template: PgliteTemplate = fileTemplate(),
  ): Promise<PglitePool> {
    const options = { parsers: PG_COMPATIBLE_PARSERS };
    if (dataDir) {
      const db = new PGlite(dataDir, options);
      await db.waitReady;
      return new PglitePool(db);
    }
    return new PglitePool(await openInMemory(options, template));
  }

  connect(): Promise<PostgresPoolClient> {
    if (this.ended) return Promise.reject(new Error('The embedded database is closed'));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => released);
    return previous.then(() => this.client(release));
  }

  /** Waits for the current holder and those queued, then closes PGlite. */
  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.tail;
    await this.db.close();
  }

  private client(handBack: () => void): PostgresPoolClient {
    let held = true;
    const query = async <R>(sql: string, parameters: ReadonlyArray<unknown>) => {
      if (!held) throw new Error('This embedded database connection was released');
      const result = await this.db.query<R>(sql, [...parameters]);
      const command = (result.command ?? firstKeyword(sql)) as Command;
      const rowCount = result.rowCount ?? result.affectedRows ?? result.rows.length;
      return { command, rowCount, rows: result.rows } satisfies PostgresQueryResult<R>;
    };
    const release = () => {
      if (!held) return;
      held = false;
      // A holder that let go mid-transaction (it failed to roll back) must not hand it on.
      const cleanUp = this.db.isInTransaction() ? this.db.exec('ROLLBACK') : Promise.resolve();
      void cleanUp.catch(() => undefined).then(handBack);
    };
    return { query, release } as PostgresPoolClient;
  }
}

/** A statement's command tag as PostgreSQL names it (what older PGlite releases do not return). */
/** From the template when it loads; otherwise a fresh cluster, which becomes the template. */
async function openInMemory(
  options: { parsers: typeof PG_COMPATIBLE_PARSERS },
  template: PgliteTemplate,
): Promise<PGlite> {
  const copy = template.load();
  if (copy) {
    try {
      const db = new PGlite({ ...options, loadDataDir: copy });
      await db.waitReady;
      return db;
    } catch {
      template.discard();
    }
  }
  // No usable copy: this fresh cluster becomes the one later opens load.
  const db = new PGlite(options);
  await db.waitReady;
  await template.save(db);
  return db;
}

function firstKeyword(sql: string): string {
  return /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
}
