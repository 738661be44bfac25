import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ByteBoundedLru } from '../../common/cache/byte-bounded-lru';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { DocumentFile } from '../domain/issued-document';

export type DocumentFileKind = 'pdf' | 'xml';

export interface CachedDocumentFile {
  fileName: string;
  content: Buffer;
  /** Strong validator: a hash of the bytes. */
  etag: string;
  size: number;
}

/**
 * Factus only produces files for validated documents, and a validated document never changes, so
 * a downloaded file is kept (bounded by bytes, one budget for every document type) and served
 * again without asking Factus. Concurrent downloads of one file share one Factus call.
 */
@Injectable()
export class DocumentFileCache {
  private readonly cache: ByteBoundedLru<CachedDocumentFile>;
  private readonly inFlight = new Map<string, Promise<CachedDocumentFile>>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.cache = new ByteBoundedLru(config.documentCacheMaxBytes);
  }

  /** `key` must identify the account, the document and the file kind. */
  async get(key: string, fetch: () => Promise<DocumentFile>): Promise<CachedDocumentFile> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const fetching = fetch()
      .then(toCached)
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, fetching);
    const file = await fetching;
    this.cache.set(key, file);
    return file;
  }

  get stats(): { hits: number; misses: number; bytes: number; entries: number } {
    return {
      hits: this.cache.hits,
      misses: this.cache.misses,
      bytes: this.cache.sizeInBytes,
      entries: this.cache.count,
    };
  }
}

function toCached(file: DocumentFile): CachedDocumentFile {
  const etag = `"${createHash('sha256').update(file.content).digest('base64url').slice(0, 32)}"`;
  return { fileName: file.fileName, content: file.content, etag, size: file.content.length };
}
