import { DomainError } from '../../common/errors/domain-error';

export class ReferencedSupportDocumentNotFoundError extends DomainError {
  readonly code = 'REFERENCED_SUPPORT_DOCUMENT_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'The referenced support document does not exist';
  constructor(number: string) {
    super(
      `Factus has no support document ${number}; an adjustment note can only correct an existing support document.`,
      {
        errors: [
          { field: 'supportDocumentNumber', message: `support document ${number} does not exist` },
        ],
      },
    );
  }
}

export class ReferencedSupportDocumentNotValidatedError extends DomainError {
  readonly code = 'REFERENCED_SUPPORT_DOCUMENT_NOT_VALIDATED';
  readonly kind = 'conflict';
  readonly title = 'The referenced support document is not validated by DIAN';
  /** `alreadyProcessed`: DIAN rule 90 on the support document, which must be neither resent nor deleted. */
  constructor(number: string, status: string, alreadyProcessed = false) {
    super(
      `Support document ${number} is ${status}, not validated by DIAN: only a validated support document can be adjusted. ` +
        (alreadyProcessed
          ? 'DIAN reports it as already processed (rule 90): do not delete it and do not resend it; ask Factus support to reconcile its status with DIAN.'
          : 'Finish it (resend it while pending) or delete it (when rejected) instead.'),
      {
        errors: [
          { field: 'supportDocumentNumber', message: `support document ${number} is ${status}` },
        ],
      },
    );
  }
}

/** An adjustment note may not take off more than what is left of its support document. */
export class AdjustmentExceedsRemainderError extends DomainError {
  readonly code = 'ADJUSTMENT_EXCEEDS_SUPPORT_DOCUMENT_REMAINDER';
  readonly kind = 'unprocessable';
  readonly title = 'The adjustment note exceeds what remains adjustable on the support document';
  constructor(number: string, requested: string, remaining: string, documentTotal: string) {
    super(
      `The adjustment note totals ${requested} but only ${remaining} remains adjustable on support document ${number} ` +
        `(total ${documentTotal} minus earlier adjustment notes).`,
      {
        errors: [
          {
            field: 'items',
            message: `the note totals ${requested}; at most ${remaining} remains adjustable`,
          },
        ],
        extensions: { supportDocumentNumber: number, requested, remaining, documentTotal },
      },
    );
  }
}
