import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DOCUMENT_GATEWAY, DocumentGateway } from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';
import { CachedDocumentFile, toCached } from './document-file-cache';

/**
 * A document's AttachedDocument XML with its ETag. Asked of Factus each time (not kept in the
 * file cache): it is downloaded rarely, by callers delivering documents themselves.
 */
@Injectable()
export class DownloadAttachedDocumentUseCase {
  constructor(@Inject(DOCUMENT_GATEWAY) private readonly gateway: DocumentGateway) {}

  async execute(
    type: DocumentType,
    number: string,
    session: ProviderSession,
  ): Promise<CachedDocumentFile> {
    return toCached(await this.gateway.downloadAttachedDocument(type, number, session));
  }
}
