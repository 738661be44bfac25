import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DOCUMENT_GATEWAY, DocumentGateway } from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';
import type { DocumentListFilter, DocumentSummary, Page } from '../domain/issued-document';

/** A page of one document type's documents, as Factus holds them. */
@Injectable()
export class ListDocumentsUseCase {
  constructor(@Inject(DOCUMENT_GATEWAY) private readonly gateway: DocumentGateway) {}

  execute(
    type: DocumentType,
    filter: DocumentListFilter,
    session: ProviderSession,
  ): Promise<Page<DocumentSummary>> {
    return this.gateway.list(type, filter, session);
  }
}
