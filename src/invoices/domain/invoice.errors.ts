import { DomainError, FieldError } from '../../common/errors/domain-error';
import type { DianMessage } from './issued-invoice';

/** DIAN rejected the document. It now blocks the next ones until it is deleted by reference. */
export class InvoiceRejectedError extends DomainError {
  readonly code = 'INVOICE_REJECTED';
  readonly kind = 'unprocessable';
  readonly title = 'DIAN rejected the invoice';

  constructor(
    readonly referenceCode: string,
    readonly dianMessages: DianMessage[],
  ) {
    const rejections = dianMessages.filter((m) => m.kind === 'rejection');
    super(
      `DIAN rejected the invoice with reference ${referenceCode}: ${rejections.map((m) => `${m.rule}: ${m.message}`).join('; ') || 'no reason given'}. ` +
        `Delete it with DELETE /api/v1/invoices/by-reference/${encodeURIComponent(referenceCode)}, correct the data and send it again.`,
      { extensions: { referenceCode, dianMessages } },
    );
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
  ) {
    super(
      `DIAN reports the document with reference ${referenceCode} as already processed (rule 90). ` +
        'Do not delete it and do not resend it: ask Factus support to reconcile its status with DIAN.',
      { extensions: { referenceCode, dianMessages } },
    );
  }
}

/** Factus refuses new documents while an earlier one is pending or rejected. */
export class PendingDocumentBlocksError extends DomainError {
  readonly code = 'PENDING_DOCUMENT_BLOCKS';
  readonly kind = 'conflict';
  readonly title = 'An earlier document is pending at DIAN';

  constructor(providerMessage: string) {
    super(
      `${providerMessage}. Find it with GET /api/v1/invoices?status=pending (or status=rejected). ` +
        'If DIAN rejected it, delete it with DELETE /api/v1/invoices/by-reference/{referenceCode}; ' +
        'if DIAN has not answered yet, resend that same request to finish it. Then send this invoice again.',
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

export class InvoiceNotFoundError extends DomainError {
  readonly code = 'INVOICE_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'Invoice not found';

  constructor(what: string) {
    super(`Factus has no invoice ${what}.`);
  }
}

/** A validated invoice is final: it can only be corrected with a credit or debit note. */
export class InvoiceNotDeletableError extends DomainError {
  readonly code = 'INVOICE_ALREADY_VALIDATED';
  readonly kind = 'conflict';
  readonly title = 'A validated invoice cannot be deleted';

  constructor(referenceCode: string, providerMessage?: string) {
    super(
      `The invoice with reference ${referenceCode} is validated by DIAN and cannot be deleted${providerMessage ? ` (${providerMessage})` : ''}. ` +
        'Correct or void it with a credit note.',
    );
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
 * The creation timed out or the connection dropped after sending, and looking the invoice up by
 * its reference did not find it. Factus deduplicates by reference_code, so resending is safe.
 */
export class InvoiceOutcomeUnknownError extends DomainError {
  readonly code = 'INVOICE_OUTCOME_UNKNOWN';
  readonly kind = 'upstream_timeout';
  readonly title = 'The outcome of the invoice is not known yet';

  constructor(referenceCode: string) {
    super(
      `Factus did not answer the creation of the invoice with reference ${referenceCode} in time, and it is not in Factus yet. ` +
        'Resending the same request is safe: the reference code is the idempotency key, so it will never be created twice.',
      { extensions: { referenceCode } },
    );
  }
}
