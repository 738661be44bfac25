import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DOCUMENT_GATEWAY, DocumentGateway } from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';
import type { IssuedDocument } from '../domain/issued-document';

/** One document, by its number. */
@Injectable()
export class GetDocumentUseCase {
  constructor(@Inject(DOCUMENT_GATEWAY) private readonly gateway: DocumentGateway) {}

  execute<TIssued extends IssuedDocument>(
    type: DocumentType<unknown, TIssued>,
    number: string,
    session: ProviderSession,
  ): Promise<TIssued> {
    return this.gateway.get(type, number, session);
  }
}
