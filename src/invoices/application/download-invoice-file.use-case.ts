import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { ByteBoundedLru } from '../../common/cache/byte-bounded-lru';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { INVOICE_GATEWAY, InvoiceGateway } from '../domain/invoice-gateway.port';

export type InvoiceFileKind = 'pdf' | 'xml';

export interface InvoiceFile {
  fileName: string;
  content: Buffer;
  /** Strong validator: a hash of the bytes. */
  etag: string;
  size: number;
}

/**
 * Factus only produces files for validated documents, and a validated document never changes, so
 * a downloaded file is kept (bounded by bytes) and served again without asking Factus. Entries are
 * partitioned by the session's account so one account never gets another's files.
 */
@Injectable()
export class DownloadInvoiceFileUseCase {
  private readonly cache: ByteBoundedLru<InvoiceFile>;
  private readonly inFlight = new Map<string, Promise<InvoiceFile>>();

  constructor(
    @Inject(INVOICE_GATEWAY) private readonly gateway: InvoiceGateway,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new ByteBoundedLru(config.documentCacheMaxBytes);
  }

  async execute(
    number: string,
    kind: InvoiceFileKind,
    session: ProviderSession,
  ): Promise<InvoiceFile> {
    const key = `${session.accountKey}|${kind}|${number}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    // Concurrent downloads of the same file share one Factus call.
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const fetching = this.fetch(number, kind, session).finally(() => this.inFlight.delete(key));
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

  private async fetch(
    number: string,
    kind: InvoiceFileKind,
    session: ProviderSession,
  ): Promise<InvoiceFile> {
    const file =
      kind === 'pdf'
        ? await this.gateway.downloadPdf(number, session)
        : await this.gateway.downloadXml(number, session);
    const etag = `"${createHash('sha256').update(file.content).digest('base64url').slice(0, 32)}"`;
    return { fileName: file.fileName, content: file.content, etag, size: file.content.length };
  }
}
