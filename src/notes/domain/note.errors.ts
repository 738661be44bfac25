import { DomainError } from '../../common/errors/domain-error';

export class ReferencedInvoiceNotFoundError extends DomainError {
  readonly code = 'REFERENCED_INVOICE_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'The referenced invoice does not exist';

  constructor(billNumber: string) {
    super(`Factus has no invoice ${billNumber}; a note can only correct an existing invoice.`, {
      errors: [{ field: 'billNumber', message: `invoice ${billNumber} does not exist` }],
    });
  }
}

export class ReferencedInvoiceNotValidatedError extends DomainError {
  readonly code = 'REFERENCED_INVOICE_NOT_VALIDATED';
  readonly kind = 'conflict';
  readonly title = 'The referenced invoice is not validated by DIAN';

  /** `alreadyProcessed`: DIAN rule 90 on the invoice, which must be neither resent nor deleted. */
  constructor(billNumber: string, status: string, alreadyProcessed = false) {
    super(
      `Invoice ${billNumber} is ${status}, not validated by DIAN: only a validated invoice can be corrected with a note. ` +
        (alreadyProcessed
          ? 'DIAN reports it as already processed (rule 90): do not delete it and do not resend it; ask Factus support to reconcile its status with DIAN.'
          : 'Finish it (resend it while pending) or delete it (when rejected) instead.'),
      { errors: [{ field: 'billNumber', message: `invoice ${billNumber} is ${status}` }] },
    );
  }
}

/** A credit note may not credit more than what is left of the invoice after earlier credit notes. */
export class CreditExceedsRemainderError extends DomainError {
  readonly code = 'CREDIT_EXCEEDS_INVOICE_REMAINDER';
  readonly kind = 'unprocessable';
  readonly title = 'The credit note exceeds what remains creditable on the invoice';

  constructor(billNumber: string, requested: string, remaining: string, invoiceTotal: string) {
    super(
      `The credit note totals ${requested} but only ${remaining} remains creditable on invoice ${billNumber} ` +
        `(total ${invoiceTotal} minus earlier credit notes).`,
      {
        errors: [
          {
            field: 'items',
            message: `the note totals ${requested}; at most ${remaining} remains creditable`,
          },
        ],
        extensions: { billNumber, requested, remaining, invoiceTotal },
      },
    );
  }
}
