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
  beforeAll(() => {
    // PGlite under Jest needs the VM modules flag (see testing/test-pglite.ts).
    if (!('SourceTextModule' in vm)) throw new Error('run with npm test');
    dir = mkdtempSync(join(tmpdir(), 'pglite-template-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file after the installed PGlite, under node_modules/.cache', () => {
    expect(defaultTemplateFile()).toMatch(
      /node_modules[\\/]\.cache[\\/]factus-api[\\/]pglite-\d+\.\d+\.\d+.*\.tar$/,
    );
  });

  it('keeps the first fresh cluster, opens later ones from it, each one pristine and its own', async () => {
    const file = join(dir, 'template.tar');
    const first = await PglitePool.open(undefined, fileTemplate(file));
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    expect(await userTables(first)).toEqual(['probe']);
    await first.end();

    const template = fileTemplate(file);
    const load = jest.spyOn(template, 'load');
    const save = jest.spyOn(template, 'save');
    const second = await PglitePool.open(undefined, template);
    // The copy holds nothing the first database did: it was dumped before anyone used it.
    expect(await userTables(second)).toEqual(['probe']);
    expect(load).toHaveReturnedWith(expect.any(Blob));
    expect(save).not.toHaveBeenCalled();
    await second.end();
  });

  it('drops a damaged template and opens a fresh cluster instead', async () => {
    const file = join(dir, 'damaged.tar');
    writeFileSync(file, 'not a tar archive');
    const pool = await PglitePool.open(undefined, fileTemplate(file));
    expect(await userTables(pool)).toEqual(['probe']);
    expect(existsSync(file)).toBe(false);
    await pool.end();
  });

  it('opens without a template when the cache cannot be written', async () => {
    const file = join(dir, 'missing-folder', '\0', 'template.tar');
    const pool = await PglitePool.open(undefined, fileTemplate(file));
    expect(await userTables(pool)).toEqual(['probe']);
    await pool.end();
  });
});
