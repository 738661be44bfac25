import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DOCUMENT_GATEWAY, DocumentGateway } from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';
import type { DocumentEmailContent } from '../domain/issued-document';

/**
 * The subject and ZIP Factus would e-mail for a document, for callers that issue with
 * `sendEmail: false` and deliver the mail themselves.
 */
@Injectable()
export class GetEmailContentUseCase {
  constructor(@Inject(DOCUMENT_GATEWAY) private readonly gateway: DocumentGateway) {}

  execute(
    type: DocumentType,
    number: string,
    session: ProviderSession,
  ): Promise<DocumentEmailContent> {
    return this.gateway.emailContent(type, number, session);
  }
}
