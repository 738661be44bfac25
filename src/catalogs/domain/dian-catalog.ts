import { cleanPublishedTable, DataFlaw } from './catalog-data-flaws';
import type { CatalogEntry } from './catalog-entry';
import { CATALOG_NAMES, CatalogName } from './catalog-names';
import { CodeTable } from './code-table';
import { PUBLISHED_TABLES, PublishedRow } from './published-tables';

interface LoadedCatalog {
  tables: ReadonlyMap<CatalogName, CodeTable>;
  flaws: readonly DataFlaw[];
}

let published: LoadedCatalog | undefined;

/** Cleans and indexes the published tables once per process; every DianCatalog shares the result. */
function loadPublished(): LoadedCatalog {
  published ??= load(PUBLISHED_TABLES);
  return published;
}

function load(sources: Readonly<Record<CatalogName, readonly PublishedRow[]>>): LoadedCatalog {
  const tables = new Map<CatalogName, CodeTable>();
  const flaws: DataFlaw[] = [];
  for (const name of CATALOG_NAMES) {
    const cleaned = cleanPublishedTable(name, sources[name]);
    tables.set(name, new CodeTable(name, cleaned.entries, cleaned.announced));
    flaws.push(...cleaned.flaws);
  }
  return { tables, flaws };
}

/**
 * The DIAN code tables the service validates against and serves (municipalities, countries,
 * currencies, unit measures and the small code tables), as Factus v2 publishes them, with the
 * published flaws handled (catalog-data-flaws.ts). Plain TypeScript: no framework, no I/O after
 * the JSON imports.
 *
 * `new DianCatalog()` uses the published tables; pass other sources only in tests.
 */
export class DianCatalog {
  private readonly loaded: LoadedCatalog;

  constructor(sources?: Readonly<Record<CatalogName, readonly PublishedRow[]>>) {
    this.loaded = sources ? load(sources) : loadPublished();
  }

  get names(): readonly CatalogName[] {
    return CATALOG_NAMES;
  }

  table(name: CatalogName): CodeTable {
    const table = this.loaded.tables.get(name);
    // Unreachable: load() builds one table per name of CATALOG_NAMES.
    if (!table) throw new Error(`No DIAN catalogue named ${name}`);
    return table;
  }

  has(name: CatalogName, code: string): boolean {
    return this.table(name).has(code);
  }

  get(name: CatalogName, code: string): CatalogEntry | undefined {
    return this.table(name).get(code);
  }

  list(name: CatalogName): readonly CatalogEntry[] {
    return this.table(name).list();
  }

  search(name: CatalogName, text: string): CatalogEntry[] {
    return this.table(name).search(text);
  }

  /** Every flaw met in the published tables and how it was handled. */
  get dataFlaws(): readonly DataFlaw[] {
    return this.loaded.flaws;
  }
}
