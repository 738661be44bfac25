import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DOCUMENT_GATEWAY, DocumentGateway } from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';

/** Deletes an unvalidated (pending or rejected) document by its reference, so it stops blocking. */
@Injectable()
export class DeleteDocumentUseCase {
  constructor(@Inject(DOCUMENT_GATEWAY) private readonly gateway: DocumentGateway) {}

  execute(type: DocumentType, referenceCode: string, session: ProviderSession): Promise<void> {
    return this.gateway.deleteByReference(type, referenceCode, session);
  }
}
