import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DOCUMENT_GATEWAY, DocumentEmail, DocumentGateway } from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';

/** Has Factus e-mail a validated document (PDF, Factus's or the caller's own, and XML) to an address. */
@Injectable()
export class EmailDocumentUseCase {
  constructor(@Inject(DOCUMENT_GATEWAY) private readonly gateway: DocumentGateway) {}

  execute(
    type: DocumentType,
    number: string,
    email: DocumentEmail,
    session: ProviderSession,
  ): Promise<void> {
    return this.gateway.sendEmail(type, number, email, session);
  }
}
