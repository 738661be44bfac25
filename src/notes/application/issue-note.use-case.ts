import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { CLOCK, Clock } from '../../common/domain/clock';
import { toAmountString } from '../../common/domain/decimal';
import { RequestValidationError } from '../../common/errors/common.errors';
import { bogotaDate } from '../../common/time/bogota-time';
import { DOCUMENT_GATEWAY, DocumentGateway } from '../../documents/domain/document-gateway.port';
import { INVOICE } from '../../documents/domain/document-type';
import { DocumentNotFoundError } from '../../documents/domain/document.errors';
import type { CorrectableDocument } from '../../documents/domain/issued-document';
import { NumberingRangeSelector } from '../../numbering-ranges/application/numbering-range-selector';
import { creditableRemainder } from '../domain/creditable-remainder';
import type { IssuedNote } from '../domain/issued-note';
import type { NoteDraft } from '../domain/note-draft';
import { NOTE_KINDS, NoteKind } from '../domain/note-kind';
import { validateNoteDraft } from '../domain/note-rules';
import {
  CreditExceedsRemainderError,
  ReferencedInvoiceNotFoundError,
  ReferencedInvoiceNotValidatedError,
} from '../domain/note.errors';

/**
 * Checks a credit or debit note like an invoice (every problem at once), then against the invoice
 * it corrects — which must exist and be validated, and for a credit note still have that much left
 * to credit — and only then sends it.
 */
@Injectable()
export class IssueNoteUseCase {
  constructor(
    @Inject(DOCUMENT_GATEWAY) private readonly documents: DocumentGateway,
    private readonly catalog: DianCatalog,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly ranges: NumberingRangeSelector,
  ) {}

  async execute(kind: NoteKind, draft: NoteDraft, session: ProviderSession): Promise<IssuedNote> {
    const spec = NOTE_KINDS[kind];
    const result = validateNoteDraft(draft, kind, {
      today: bogotaDate(this.clock.now()),
      catalog: this.catalog,
    });
    const rangeErrors = await this.ranges.check(
      spec.type.rangeDocument,
      draft.numberingRangeId,
      session,
    );
    const errors = [...result.errors, ...rangeErrors];
    if (errors.length > 0) throw new RequestValidationError(errors);

    if (draft.billNumber !== undefined) {
      const invoice = await this.referencedInvoice(draft.billNumber, session);
      if (kind === 'credit') {
        const remaining = creditableRemainder(invoice);
        if (result.totals.total.greaterThan(remaining)) {
          throw new CreditExceedsRemainderError(
            draft.billNumber,
            toAmountString(result.totals.total),
            toAmountString(remaining),
            toAmountString(invoice.totals.total),
          );
        }
      }
    }

    const toSend: NoteDraft =
      result.customerDv === undefined || !draft.customer
        ? draft
        : { ...draft, customer: { ...draft.customer, dv: result.customerDv } };
    return this.documents.create(spec.type, toSend, session);
  }

  private async referencedInvoice(
    billNumber: string,
    session: ProviderSession,
  ): Promise<CorrectableDocument> {
    let invoice: CorrectableDocument;
    try {
      invoice = await this.documents.get(INVOICE, billNumber, session);
    } catch (error) {
      if (error instanceof DocumentNotFoundError)
        throw new ReferencedInvoiceNotFoundError(billNumber);
      throw error;
    }
    if (invoice.status !== 'validated')
      throw new ReferencedInvoiceNotValidatedError(billNumber, invoice.status);
    return invoice;
  }
}
