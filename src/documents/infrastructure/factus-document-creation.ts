import type { ProviderSession } from '../../auth/domain/provider-session';
import {
  FactusBadResponseError,
  FactusTimeoutError,
  FactusUnavailableError,
} from '../../factus/factus.errors';
import { hasAlreadyProcessed } from '../domain/dian-rule-90';
import type { DocumentType } from '../domain/document-type';
import {
  DocumentAlreadyProcessedError,
  DocumentOutcomeUnknownError,
  DocumentRejectedError,
} from '../domain/document.errors';
import type { IssuedDocument } from '../domain/issued-document';
import { isUnreadableAnswer, mapDocumentCreationError } from './factus-document-error.mapper';

/** The reads that settle a creation: the document stored under a reference, if any. */
export type FindByReference = <TIssued extends IssuedDocument>(
  type: DocumentType<unknown, TIssued>,
  referenceCode: string,
  session: ProviderSession,
) => Promise<TIssued | undefined>;

/**
 * What a creation answer means, and the lookups that settle the ambiguous ones (issue: "every
 * ambiguous creation answer is settled by a lookup by reference_code"):
 *  - a document in the answer (201 body) is read as manejo-errores.md says: validated, pending,
 *    rejected ("Rechazo" and not validated), or rule 90 — never a rejection: looked up, and
 *    DOCUMENT_ALREADY_PROCESSED unless Factus shows it validated;
 *  - an answer that may hide a stored document (timeout, dropped connection, a 5xx after the
 *    retries, a 2xx that is not JSON or does not parse, a 422 whose body is not JSON) is settled
 *    by one lookup by reference: found, it is the answer; not found, *_OUTCOME_UNKNOWN (504);
 *  - anything else is mapped by factus-document-error.mapper.
 * Each lookup has its own deadline (`lookupDeadlineMs`, FACTUS_TIMEOUT_MS), whatever its retries,
 * so a create never takes longer than its own attempts plus one lookup.
 */
export class FactusDocumentCreation {
  constructor(
    private readonly findByReference: FindByReference,
    private readonly lookupDeadlineMs: number,
  ) {}

  /** The caller's answer for a document Factus answered the creation with. */
  async fromAnswer<TIssued extends IssuedDocument>(
    type: DocumentType<unknown, TIssued>,
    document: TIssued,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<TIssued> {
    if (document.status !== 'validated' && hasAlreadyProcessed(document.dianMessages)) {
      const found = await this.lookUp(type, referenceCode, session);
      if (found?.status === 'validated') return found;
      throw new DocumentAlreadyProcessedError(
        referenceCode,
        (found ?? document).dianMessages,
        document.number,
      );
    }
    return settled(type, document, referenceCode);
  }

  /** The caller's answer when the creation call failed. */
  async fromFailure<TIssued extends IssuedDocument>(
    type: DocumentType<unknown, TIssued>,
    error: unknown,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<TIssued> {
    if (mayHaveBeenStored(error)) {
      const found = await this.lookUp(type, referenceCode, session);
      if (!found) throw new DocumentOutcomeUnknownError(referenceCode, type);
      if (found.status !== 'validated' && hasAlreadyProcessed(found.dianMessages))
        throw new DocumentAlreadyProcessedError(referenceCode, found.dianMessages, found.number);
      return settled(type, found, referenceCode);
    }
    const mapped = mapDocumentCreationError(error, referenceCode, type);
    if (mapped instanceof DocumentAlreadyProcessedError) {
      const found = await this.lookUp(type, referenceCode, session);
      if (found?.status === 'validated') return found;
    }
    throw mapped;
  }

  /** The document under `referenceCode`, or undefined when absent, failing or past the deadline. */
  private async lookUp<TIssued extends IssuedDocument>(
    type: DocumentType<unknown, TIssued>,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<TIssued | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.lookupDeadlineMs);
    });
    const lookup = this.findByReference(type, referenceCode, session).catch(() => undefined);
    try {
      return await Promise.race([lookup, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function settled<TIssued extends IssuedDocument>(
  type: DocumentType<unknown, TIssued>,
  document: TIssued,
  referenceCode: string,
): TIssued {
  if (document.status === 'rejected')
    throw new DocumentRejectedError(
      document.referenceCode || referenceCode,
      document.dianMessages,
      type,
    );
  return document;
}

/**
 * An answer that does not say whether Factus stored the document: a timeout, a connection lost
 * after sending, a 5xx after the retries or a body we cannot read (a 2xx or a 422). Maintenance
 * (503), a request never sent and an open breaker are not: Factus did not take the document.
 */
export function mayHaveBeenStored(error: unknown): boolean {
  return (
    error instanceof FactusTimeoutError ||
    (error instanceof FactusUnavailableError && error.reason === 'connection_lost') ||
    error instanceof FactusBadResponseError ||
    isUnreadableAnswer(error)
  );
}
