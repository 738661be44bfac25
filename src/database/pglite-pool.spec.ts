import { sql } from 'kysely';
import { createTestDatabase, TestDatabase } from '../../test/support/test-database';
import type { Database } from './database.tokens';
import { migrateToLatest } from './migrate';
import { migrationProvider } from './migrations';
import { openTestPglite } from './testing/test-pglite';

jest.setTimeout(120_000);

const embedded = openTestPglite;

function signal(): { fired: Promise<void>; fire: () => void } {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fired, fire };
}

/** Whether `fired` resolves within `ms`: how long a thing that must not happen is watched for. */
function within(fired: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void fired.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

const counter = (db: Database) =>
  sql<{ value: number }>`select value from counter where id = 1`.execute(db);

describe('PglitePool (Kysely over the embedded PostgreSQL)', () => {
  let db: Database;

  beforeAll(async () => {
    db = await embedded();
    await sql`create table counter (id int primary key, value int not null)`.execute(db);
    await sql`insert into counter values (1, 0)`.execute(db);
  });
  afterAll(() => db.destroy());

  it('runs two concurrent transactions one after the other, never interleaved', async () => {
    const events: string[] = [];
    const t1HasRead = signal();
    const t2HasBegun = signal();
    const increment = async (name: string, afterRead: () => Promise<void>) => {
      await db.transaction().execute(async (trx) => {
        events.push(`${name} begins`);
        if (name === 'T2') t2HasBegun.fire();
        const { rows } = await counter(trx);
        await afterRead();
        await sql`update counter set value = ${rows[0].value + 1} where id = 1`.execute(trx);
      });
      events.push(`${name} committed`);
    };

    const t1 = increment('T1', async () => {
      t1HasRead.fire();
      // Were T2 able to begin while T1 is open, it would now: T1 watches for it before writing.
      events.push((await within(t2HasBegun.fired, 500)) ? 'T2 began inside T1' : 'T1 alone');
    });
    await t1HasRead.fired;
    const t2 = increment('T2', () => Promise.resolve());
    await Promise.all([t1, t2]);

    expect((await counter(db)).rows[0].value).toBe(2);
    expect(events).toEqual(['T1 begins', 'T1 alone', 'T1 committed', 'T2 begins', 'T2 committed']);
  });

  it('serves many concurrent increments, each seeing the previous one (no lost update)', async () => {
    const before = (await counter(db)).rows[0].value;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction().execute(async (trx) => {
          const { rows } = await counter(trx);
          await sql`update counter set value = ${rows[0].value + 1} where id = 1`.execute(trx);
        }),
      ),
    );
    expect((await counter(db)).rows[0].value).toBe(before + 20);
  });

  it('runs SELECT … FOR UPDATE SKIP LOCKED, and reports affected rows', async () => {
    const claimed = await db.transaction().execute(async (trx) => {
      const { rows } = await sql<{
        id: number;
      }>`select id from counter order by id for update skip locked limit 5`.execute(trx);
      const updated = await sql`update counter set value = value where id = 1`.execute(trx);
      return { ids: rows.map((row) => row.id), affected: updated.numAffectedRows };
    });
    expect(claimed).toEqual({ ids: [1], affected: 1n });
  });

  it('rolls a failed transaction back and hands the connection on', async () => {
    const before = (await counter(db)).rows[0].value;
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`update counter set value = value + 100 where id = 1`.execute(trx);
        await sql`insert into counter values (1, 0)`.execute(trx); // duplicate key
      }),
    ).rejects.toMatchObject({ code: '23505' });
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`update counter set value = value + 100 where id = 1`.execute(trx);
        throw new Error('the caller gave up');
      }),
    ).rejects.toThrow('the caller gave up');
    expect((await counter(db)).rows[0].value).toBe(before);
  });

  it('runs the service migrations', async () => {
    const store = await embedded();
    try {
      const every = Object.keys(await migrationProvider.getMigrations());
      expect(every[0]).toBe('0001-ledger');
      expect(await migrateToLatest(store)).toEqual(every);
      expect(await migrateToLatest(store)).toEqual([]);
    } finally {
      await store.destroy();
    }
  });
});

describe('PglitePool reads values as pg reads them from PostgreSQL', () => {
  let postgres: TestDatabase;
  let pglite: Database;

  beforeAll(async () => {
    postgres = await createTestDatabase({ migrate: false });
    pglite = await embedded();
  });
  afterAll(async () => {
    await pglite?.destroy();
    await postgres?.drop();
  });

  it('numeric as a string, timestamptz as a Date, jsonb parsed, int8 as a string', async () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const read = async (db: Database) =>
      (
        await sql<Record<string, unknown>>`select
          ${'83300.5'}::numeric(20, 2) as amount,
          ${at}::timestamptz as at,
          ${JSON.stringify({ messages: ['Regla 90'], n: 1 })}::jsonb as dian,
          (select count(*) from (values (1), (2)) as v) as count,
          ${'9007199254740993'}::bigint as big,
          null::timestamptz as none`.execute(db)
      ).rows[0];
    const fromPglite = await read(pglite);
    expect(fromPglite).toEqual(await read(postgres.db));
    expect(fromPglite).toEqual({
      amount: '83300.50',
      at,
      dian: { messages: ['Regla 90'], n: 1 },
      count: '2',
      big: '9007199254740993',
      none: null,
    });
  });
});
