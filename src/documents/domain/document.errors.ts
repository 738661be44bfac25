import { DomainError, ErrorKind, FieldError } from '../../common/errors/domain-error';
import type { RouteHint } from '../../common/errors/route-hint';
import type { DocumentType } from './document-type';
import { rejectionsOf } from './dian-rule-90';
import type { DianMessage } from './issued-document';

const deleteByReference = (type: DocumentType, referenceCode: string): RouteHint => ({
  to: 'document.delete-by-reference',
  documentType: type.key,
  referenceCode,
});

/**
 * DIAN rejected the document. At Factus it blocks the next ones until it is deleted by reference,
 * which the ledger does itself by default (`deletedAtFactus`).
 */
export class DocumentRejectedError extends DomainError {
  readonly code: string;
  readonly kind = 'unprocessable';
  readonly title: string;

  constructor(
    readonly referenceCode: string,
    readonly dianMessages: DianMessage[],
    type: DocumentType,
    options: { deletedAtFactus?: boolean } = {},
  ) {
    const rejections = rejectionsOf(dianMessages);
    super(
      `DIAN rejected the ${type.name} with reference ${referenceCode}: ${rejections.map((m) => `${m.rule}: ${m.message}`).join('; ') || 'no reason given'}. ` +
        (options.deletedAtFactus
          ? 'It was deleted at Factus so that it blocks no other document (this service keeps its record): correct the data and send it again, under the same reference or a new one.'
          : 'Delete it with {0}, correct the data and send it again.'),
      {
        extensions: { referenceCode, dianMessages },
        hints: options.deletedAtFactus ? [] : [deleteByReference(type, referenceCode)],
      },
    );
    this.code = `${type.codePrefix}_REJECTED`;
    this.title = `DIAN rejected the ${type.name}`;
  }
}

/**
 * DIAN rule 90, "documento procesado anteriormente": DIAN already holds this document (an earlier
 * answer was lost). Deleting it in Factus does not delete it at DIAN and resending repeats rule 90,
 * so neither is the way out: Factus support must reconcile it.
 */
export class DocumentAlreadyProcessedError extends DomainError {
  readonly code = 'DOCUMENT_ALREADY_PROCESSED';
  readonly kind = 'conflict';
  readonly title = 'DIAN already processed this document';

  constructor(
    readonly referenceCode: string,
    readonly dianMessages: DianMessage[],
    number?: string,
  ) {
    super(
      `DIAN reports the document with reference ${referenceCode}${number ? ` (number ${number})` : ''} as already processed (rule 90): DIAN holds it, and Factus does not show it validated yet. ` +
        'Do not delete it and do not resend it or issue it again: look it up later by its reference, or ask Factus support to reconcile its status with DIAN.',
      { extensions: { referenceCode, dianMessages, ...(number ? { number } : {}) } },
    );
  }
}

/** Factus refuses new documents while an earlier one is pending or rejected. */
export class PendingDocumentBlocksError extends DomainError {
  readonly code = 'PENDING_DOCUMENT_BLOCKS';
  readonly kind = 'conflict';
  readonly title = 'An earlier document is pending at DIAN';

  constructor(providerMessage: string, type: DocumentType) {
    super(
      `${providerMessage}. Find it with {0} (or status=rejected). ` +
        'If DIAN rejected it, delete it with {1}; ' +
        'if DIAN has not answered yet, resend that same request to finish it; ' +
        'if its DIAN messages carry rule 90 (already processed), do neither: DIAN holds it, ask Factus support to reconcile it. ' +
        `Then send this ${type.name} again.`,
      {
        hints: [
          { to: 'document.list-unfinished', documentType: type.key },
          { to: 'document.delete-by-reference-template', documentType: type.key },
        ],
      },
    );
  }
}

/** Factus refused the payload's fields (its own validation, not DIAN's). */
export class ProviderValidationError extends DomainError {
  readonly code = 'FACTUS_VALIDATION_FAILED';
  readonly kind = 'unprocessable';
  readonly title = 'Factus rejected the data';

  constructor(errors: FieldError[], message = 'Factus rejected the data.') {
    super(message, { errors });
  }
}

export class DocumentNotFoundError extends DomainError {
  readonly code: string;
  readonly kind = 'not_found';
  readonly title: string;

  constructor(what: string, type: DocumentType) {
    super(`Factus has no ${type.name} ${what}.`);
    this.code = `${type.codePrefix}_NOT_FOUND`;
    this.title = `${capitalize(type.name)} not found`;
  }
}

/** A validated document is final: it can only be corrected with a credit or debit note. */
export class DocumentNotDeletableError extends DomainError {
  readonly code: string;
  readonly kind: ErrorKind = 'conflict';
  readonly title: string;

  constructor(referenceCode: string, providerMessage: string | undefined, type: DocumentType) {
    super(
      `The ${type.name} with reference ${referenceCode} is validated by DIAN and cannot be deleted${providerMessage ? ` (${providerMessage})` : ''}. ` +
        (type.key === 'invoice'
          ? 'Correct or void it with a credit note.'
          : 'Correct it with another note.'),
    );
    this.code = `${type.codePrefix}_ALREADY_VALIDATED`;
    this.title = `A validated ${type.name} cannot be deleted`;
  }
}

/** Factus refused a deletion for a reason other than the document being validated. */
export class DocumentDeleteRefusedError extends DomainError {
  readonly code: string;
  readonly kind: ErrorKind = 'conflict';
  readonly title: string;

  constructor(referenceCode: string, providerMessage: string, type: DocumentType) {
    super(
      `Factus refused to delete the ${type.name} with reference ${referenceCode}: ${providerMessage || 'no reason given'}.`,
      { extensions: { referenceCode } },
    );
    this.code = `${type.codePrefix}_DELETE_REFUSED`;
    this.title = `Factus refused to delete the ${type.name}`;
  }
}

export class EmailLimitReachedError extends DomainError {
  readonly code = 'EMAIL_LIMIT_REACHED';
  readonly kind = 'rate_limited';
  readonly title = 'Factus e-mail limit reached';

  constructor(providerMessage: string) {
    super(
      `${providerMessage}. Try again tomorrow, or download the PDF and XML and send them yourself.`,
    );
  }
}

/**
 * The creation timed out or the connection dropped after sending, and looking the document up by
 * its reference did not find it. Factus deduplicates by reference_code, so resending is safe.
 */
export class DocumentOutcomeUnknownError extends DomainError {
  readonly code: string;
  readonly kind = 'upstream_timeout';
  readonly title: string;

  constructor(referenceCode: string, type: DocumentType) {
    super(
      `Factus did not answer the creation of the ${type.name} with reference ${referenceCode} in time, and it is not in Factus yet. ` +
        'Resending the same request is safe: the reference code is the idempotency key, so it will never be created twice.',
      { extensions: { referenceCode } },
    );
    this.code = `${type.codePrefix}_OUTCOME_UNKNOWN`;
    this.title = `The outcome of the ${type.name} is not known yet`;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
