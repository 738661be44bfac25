import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { CACHE_CONFIG, CacheConfig } from '../../config/config-tokens';
import { FactusHttpClient } from '../../factus/factus-http.client';
import {
  DOCUMENT_GATEWAY,
  DocumentFileKind,
  DocumentGateway,
} from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';
import { CachedDocumentFile, DocumentFileCache } from './document-file-cache';

/**
 * A document's PDF or XML, through the shared file cache (partitioned by the session's account).
 *
 * The cache answers without Factus, so it must not answer a token Factus would refuse (revoked,
 * expired): a caller's own token reads the cache only when Factus accepted it within the trust
 * window (DOCUMENT_CACHE_TOKEN_TRUST_MS); otherwise the file is asked of Factus, which proves the
 * token or answers 401. The managed session is the service's own and renews itself on a 401.
 */
@Injectable()
export class DownloadDocumentFileUseCase {
  constructor(
    @Inject(DOCUMENT_GATEWAY) private readonly gateway: DocumentGateway,
    private readonly files: DocumentFileCache,
    private readonly factus: FactusHttpClient,
    @Inject(CACHE_CONFIG) private readonly config: CacheConfig,
  ) {}

  async execute(
    type: DocumentType,
    number: string,
    kind: DocumentFileKind,
    session: ProviderSession,
  ): Promise<CachedDocumentFile> {
    const key = `${session.accountKey}|${type.key}|${kind}|${number}`;
    const download = () => this.gateway.download(type, number, kind, session);
    if (this.trusted(session)) return this.files.get(key, download);
    const proved = await download();
    return this.files.get(key, () => Promise.resolve(proved));
  }

  private trusted(session: ProviderSession): boolean {
    if (session.renew) return true;
    return this.factus.tokenAcceptedWithin(
      session.accessToken,
      this.config.documentFilesTokenTrustMs,
    );
  }
}
