import { DomainError } from '../../common/errors/domain-error';
import type { AcquirerQuery } from './acquirer';

export class AcquirerNotFoundError extends DomainError {
  readonly code = 'ACQUIRER_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'Acquirer not found';

  constructor(query: AcquirerQuery, providerMessage?: string) {
    super(
      `DIAN has no acquirer with identification ${query.identification} (document type ${query.identificationDocumentCode})` +
        `${providerMessage ? `: ${providerMessage}` : ''}. Check the number and the document type, or ask the customer for the data.`,
    );
  }
}
