import type { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { PglitePool } from './pglite-pool';
import { defaultTemplateFile, fileTemplate } from './pglite-template';

jest.setTimeout(180_000);

/** What the pool answers to a query that needs a working cluster, and what it holds. */
async function userTables(pool: PglitePool): Promise<string[]> {
  await pool.db.exec('create table probe (id int primary key)');
  const result = await pool.db.query<{ name: string }>(
    "select tablename as name from pg_tables where schemaname = 'public' order by 1",
  );
  return result.rows.map((row) => row.name);
}

describe('PGlite template (a copy of a pristine cluster instead of initdb)', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'pglite-template-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file after the installed PGlite, under node_modules/.cache', () => {
    expect(defaultTemplateFile()).toMatch(
      /node_modules[\\/]\.cache[\\/]factus-api[\\/]pglite-\d+\.\d+\.\d+.*\.tar$/,
    );
  });

  // One fresh cluster in all (initdb is the slow part this exists to avoid).
  it('replaces a damaged copy by a fresh cluster, keeps that, and opens the next one from it', async () => {
    // PGlite under Jest needs the VM modules flag (see testing/test-pglite.ts).
    expect('SourceTextModule' in vm).toBe(true);
    const file = join(dir, 'template.tar');
    writeFileSync(file, 'not a tar archive');
    const first = await PglitePool.open(undefined, fileTemplate(file));
    expect(await userTables(first)).toEqual(['probe']);
    await first.end();
    expect(statSync(file).size).toBeGreaterThan(1_000_000);

    const template = fileTemplate(file);
    const save = jest.spyOn(template, 'save');
    const second = await PglitePool.open(undefined, template);
    // The copy holds nothing the first database did: it was dumped before anyone used it.
    expect(await userTables(second)).toEqual(['probe']);
    expect(save).not.toHaveBeenCalled();
    await second.end();
  });

  it('gives up quietly on a cache it cannot write or read', async () => {
    const unwritable = fileTemplate(join(dir, 'not-a-folder', 'template.tar'));
    writeFileSync(join(dir, 'not-a-folder'), 'a file where the folder would be');
    const db = { dumpDataDir: () => Promise.resolve(new Blob(['cluster'])) };
    await expect(unwritable.save(db as unknown as PGlite)).resolves.toBeUndefined();
    expect(unwritable.load()).toBeUndefined();
    expect(existsSync(join(dir, 'not-a-folder', 'template.tar'))).toBe(false);
  });
});
