import { Inject, Injectable, Optional } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { etagOf } from '../../common/http/etag';
import { CACHE_CONFIG, CacheConfig } from '../../config/config-tokens';
import type { DocumentFile } from '../domain/issued-document';
import {
  DOCUMENT_CACHE_METRICS,
  DocumentCacheMetrics,
  NO_DOCUMENT_CACHE_METRICS,
} from './document-cache-metrics.port';

export interface CachedDocumentFile {
  fileName: string;
  content: Buffer;
  /** Strong validator: a hash of the bytes. */
  etag: string;
  size: number;
}

type Fetch = () => Promise<DocumentFile>;

/**
 * Factus only produces files for validated documents, and a validated document never changes, so
 * a downloaded file is kept (bounded by bytes, one budget for every document type) and served
 * again without asking Factus. Concurrent downloads of one file share one Factus call.
 */
@Injectable()
export class DocumentFileCache {
  private readonly cache: LRUCache<string, CachedDocumentFile, Fetch>;

  constructor(
    @Inject(CACHE_CONFIG) config: CacheConfig,
    @Optional()
    @Inject(DOCUMENT_CACHE_METRICS)
    private readonly metrics: DocumentCacheMetrics = NO_DOCUMENT_CACHE_METRICS,
  ) {
    this.cache = new LRUCache<string, CachedDocumentFile, Fetch>({
      maxSize: config.documentFilesMaxBytes,
      sizeCalculation: (file) => Math.max(1, file.size),
      fetchMethod: async (_key, _stale, { context }) => toCached(await context()),
      dispose: () => this.reportOccupancy(),
    });
  }

  /** `key` must identify the account, the document and the file kind. */
  async get(key: string, fetch: Fetch): Promise<CachedDocumentFile> {
    const status: LRUCache.Status<string, CachedDocumentFile, Fetch> = {};
    const file = await this.cache.fetch(key, { context: fetch, status });
    if (status.fetch === 'hit' || status.fetch === 'inflight') this.metrics.hit();
    else this.metrics.miss();
    this.reportOccupancy();
    // fetchMethod never resolves undefined, so neither does fetch.
    return file as CachedDocumentFile;
  }

  private reportOccupancy(): void {
    this.metrics.occupancy(this.cache.calculatedSize, this.cache.size);
  }
}

/** A file with its strong ETag (a digest of its bytes). */
export function toCached(file: DocumentFile): CachedDocumentFile {
  return {
    fileName: file.fileName,
    content: file.content,
    etag: etagOf(file.content),
    size: file.content.length,
  };
}
