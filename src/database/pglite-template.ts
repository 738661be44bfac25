import { PGlite } from '@electric-sql/pglite';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/**
 * A fresh in-memory PGlite runs initdb in WebAssembly: seconds of CPU (2–4 s on a quiet 2-core
 * machine, over 10 s on a loaded one), paid by every `npm start` and every test that opens one.
 * A copy of a freshly initialised cluster loads in under a second. So the first open makes one
 * (before any migration: the pristine cluster initdb leaves), dumps it to a file, and later
 * opens, in this process or the next, load that file instead.
 *
 * The file sits in `node_modules/.cache/factus-api/` (where tools keep caches), named after
 * PGlite's version, so an upgrade makes a new one. Only in-memory databases use it: one under
 * DATA_DIR runs initdb once, on its first start, and keeps its cluster. Any trouble with the file
 * (unwritable folder, damaged copy) costs only the time it would have saved.
 */
export interface PgliteTemplate {
  /** A copy of a pristine cluster, or undefined when none can be had (open a fresh one then). */
  load(): Blob | undefined;
  /** Keeps `db`'s cluster (a freshly opened, untouched one) as the template for later opens. */
  save(db: PGlite): Promise<void>;
  /** Drops a template that failed to open. */
  discard(): void;
}

/** The template file for the installed PGlite: node_modules/.cache/factus-api/pglite-<version>.tar. */
export function defaultTemplateFile(): string | undefined {
  try {
    // …/node_modules/@electric-sql/pglite/dist/index.cjs (its package.json is not an export).
    const entry = require.resolve('@electric-sql/pglite');
    const marker = `${sep}node_modules${sep}`;
    const at = entry.lastIndexOf(marker);
    if (at < 0) return undefined;
    const nodeModules = entry.slice(0, at + marker.length - 1);
    const manifest = join(nodeModules, '@electric-sql', 'pglite', 'package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    return join(nodeModules, '.cache', 'factus-api', `pglite-${version}.tar`);
  } catch {
    return undefined;
  }
}

export function fileTemplate(file: string | undefined = defaultTemplateFile()): PgliteTemplate {
  return {
    load() {
      if (!file) return undefined;
      try {
        return new Blob([readFileSync(file)], { type: 'application/x-tar' });
      } catch {
        return undefined;
      }
    },
    async save(db) {
      if (!file) return;
      try {
        const dump = await db.dumpDataDir('none');
        mkdirSync(dirname(file), { recursive: true });
        // Written whole, then renamed: a concurrent opener reads either no file or a complete one.
        const partial = `${file}.${process.pid}.partial`;
        writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
        renameSync(partial, file);
      } catch {
        // An unwritable cache only means the next open runs initdb again.
      }
    },
    discard() {
      if (file) rmSync(file, { force: true });
    },
  };
}
