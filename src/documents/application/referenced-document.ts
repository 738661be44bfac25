import type { ProviderSession } from '../../auth/domain/provider-session';
import { hasAlreadyProcessed } from '../domain/dian-rule-90';
import type { DocumentGateway } from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';
import { DocumentNotFoundError } from '../domain/document.errors';
import type { IssuedDocument } from '../domain/issued-document';

/** How a correcting document's type refuses a reference that is missing or not validated. */
export interface ReferenceRefusals {
  notFound(number: string): Error;
  /** `alreadyProcessed`: DIAN rule 90, which must not be answered with "resend or delete it". */
  notValidated(number: string, status: string, alreadyProcessed: boolean): Error;
}

/**
 * The document a note or an adjustment note corrects: it must exist at Factus and be validated by
 * DIAN, or the correcting type's own error says which it is not.
 */
export async function validatedReference<TIssued extends IssuedDocument>(
  documents: DocumentGateway,
  type: DocumentType<unknown, TIssued>,
  number: string,
  session: ProviderSession,
  refuse: ReferenceRefusals,
): Promise<TIssued> {
  let document: TIssued;
  try {
    document = await documents.get(type, number, session);
  } catch (error) {
    if (error instanceof DocumentNotFoundError) throw refuse.notFound(number);
    throw error;
  }
  if (document.status !== 'validated')
    throw refuse.notValidated(number, document.status, hasAlreadyProcessed(document.dianMessages));
  return document;
}
