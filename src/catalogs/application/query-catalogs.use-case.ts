import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { etagOf } from '../../common/http/etag';
import { CatalogNotFoundError } from '../domain/catalog.errors';
import type { CatalogEntry } from '../domain/catalog-entry';
import { CATALOG_DESCRIPTIONS, CatalogName, isCatalogName } from '../domain/catalog-names';
import { DianCatalog } from '../domain/dian-catalog';
import { foldForSearch } from '../domain/search-text';

export interface CatalogSummary {
  name: CatalogName;
  description: string;
  count: number;
}

export interface CatalogEntryView {
  code: string;
  name: string;
  department?: { code: string; name: string };
}

export interface CatalogListView {
  name: CatalogName;
  data: CatalogEntryView[];
}

/** A response body with its entity tag, computed once. */
export interface TaggedView<T> {
  body: T;
  etag: string;
}

/** Searches repeat ("bogota", "kilo"): answers are kept up to this many bytes of JSON. */
const SEARCH_CACHE_BYTES = 8 * 1024 * 1024;

/**
 * The DIAN code tables as the API serves them: a summary of each, and each table whole or searched
 * (accent- and case-insensitive). The tables never change while the process runs, so each answer
 * and its ETag are computed once per (table, search) and kept (bounded by bytes).
 */
@Injectable()
export class QueryCatalogsUseCase {
  private readonly summaries: readonly CatalogSummary[];
  private readonly lists = new LRUCache<string, TaggedView<CatalogListView>>({
    maxSize: SEARCH_CACHE_BYTES,
    // Computed on a miss only: the bytes of the JSON that is sent.
    sizeCalculation: (view) => Buffer.byteLength(JSON.stringify(view.body)),
  });

  constructor(private readonly catalog: DianCatalog) {
    this.summaries = catalog.names.map((name) => ({
      name,
      description: CATALOG_DESCRIPTIONS[name],
      count: catalog.list(name).length,
    }));
  }

  summary(): readonly CatalogSummary[] {
    return this.summaries;
  }

  /** One table, whole or filtered by `search`. Unknown names throw CatalogNotFoundError. */
  get(name: string, search?: string): TaggedView<CatalogListView> {
    if (!isCatalogName(name)) throw new CatalogNotFoundError(name, this.catalog.names);
    // The search folds its text, so "Bogotá" and "bogota" are one entry.
    const key = `${name}\u0000${foldForSearch(search ?? '')}`;
    const cached = this.lists.get(key);
    if (cached) return cached;
    const entries = search ? this.catalog.search(name, search) : this.catalog.list(name);
    const view = tagged<CatalogListView>({ name, data: entries.map(toView) });
    this.lists.set(key, view);
    return view;
  }
}

function toView(entry: CatalogEntry): CatalogEntryView {
  return {
    code: entry.code,
    name: entry.name,
    ...(entry.department
      ? { department: { code: entry.department.code, name: entry.department.name } }
      : {}),
  };
}

/** The ETag hashes the JSON exactly as it is sent (Fastify serialises with JSON.stringify). */
export function tagged<T>(body: T): TaggedView<T> {
  return { body, etag: etagOf(JSON.stringify(body)) };
}
