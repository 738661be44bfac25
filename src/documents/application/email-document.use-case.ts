import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DOCUMENT_GATEWAY, DocumentGateway } from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';

/** Has Factus e-mail a validated document (PDF and XML) to an address. */
@Injectable()
export class EmailDocumentUseCase {
  constructor(@Inject(DOCUMENT_GATEWAY) private readonly gateway: DocumentGateway) {}

  execute(
    type: DocumentType,
    number: string,
    email: string,
    session: ProviderSession,
  ): Promise<void> {
    return this.gateway.sendEmail(type, number, email, session);
  }
}
