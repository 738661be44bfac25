import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { CLOCK, Clock } from '../../common/domain/clock';
import { Dec, toAmountString } from '../../common/domain/decimal';
import { RequestValidationError } from '../../common/errors/common.errors';
import { bogotaDate } from '../../common/time/bogota-time';
import { DOCUMENT_GATEWAY, DocumentGateway } from '../../documents/domain/document-gateway.port';
import { DocumentIssuer, IssueAnswer } from '../../documents/application/ledger/document-issuer';
import { validatedReference } from '../../documents/application/referenced-document';
import type { CreditCheck } from '../../documents/domain/document-ledger.port';
import { INVOICE } from '../../documents/domain/document-type';
import { DocumentNotFoundError } from '../../documents/domain/document.errors';
import type { CorrectableDocument } from '../../documents/domain/issued-document';
import { NumberingRangeSelector } from '../../numbering-ranges/application/numbering-range-selector';
import { IssuedCredit, remainderWithRecorded } from '../domain/creditable-remainder';
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
    private readonly issuer: DocumentIssuer,
  ) {}

  async execute(
    kind: NoteKind,
    draft: NoteDraft,
    session: ProviderSession,
    options: { respondAsync?: boolean } = {},
  ): Promise<IssueAnswer<IssuedNote>> {
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

    let creditCheck: CreditCheck | undefined;
    if (draft.billNumber !== undefined) {
      const invoice = await this.referencedInvoice(draft.billNumber, session);
      if (kind === 'credit')
        creditCheck = this.creditCheck(
          draft.billNumber,
          invoice,
          await this.creditsOn(invoice, session),
          result.totals.total,
        );
    }

    const toSend: NoteDraft =
      result.customerDv === undefined || !draft.customer
        ? draft
        : { ...draft, customer: { ...draft.customer, dv: result.customerDv } };
    const answer = await this.issuer.issue(
      {
        type: spec.type,
        draft: toSend,
        amount: result.totals.total,
        referencedNumber: draft.billNumber,
        creditCheck,
        respondAsync: options.respondAsync ?? false,
      },
      session,
    );
    // Factus numbered it (or will): the range list shows the new `current` next time.
    this.ranges.markIssued(session.accountKey);
    return answer;
  }

  /**
   * Run by the ledger inside the invoice's lock, so that notes on one invoice are admitted one at
   * a time (across replicas): Factus's validated credits plus the ones the ledger is issuing.
   */
  private creditCheck(
    billNumber: string,
    invoice: CorrectableDocument,
    credits: IssuedCredit[],
    requested: Dec,
  ): CreditCheck {
    return (recorded) => {
      const remaining = remainderWithRecorded(
        invoice.totals.total,
        credits,
        recorded.map((note) => ({ number: note.number, total: note.amount })),
      );
      if (requested.greaterThan(remaining))
        throw new CreditExceedsRemainderError(
          billNumber,
          toAmountString(requested),
          toAmountString(remaining),
          toAmountString(invoice.totals.total),
        );
    };
  }

  /**
   * The credit notes against the invoice, from facts: `related_notes.credit_notes` has no
   * documented element schema, so an entry that does not give its total or state is completed by
   * fetching the note (`GET /v2/credit-notes/:number`). A note Factus does not have credits
   * nothing; any other failure to learn a total fails the request rather than count it as zero.
   */
  private async creditsOn(
    invoice: CorrectableDocument,
    session: ProviderSession,
  ): Promise<IssuedCredit[]> {
    const credits = await Promise.all(
      invoice.relatedNotes.creditNotes.map(async (note): Promise<IssuedCredit | undefined> => {
        if (note.total !== undefined && note.isValidated !== undefined) {
          return { number: note.number, total: note.total, isValidated: note.isValidated };
        }
        try {
          const fetched = await this.documents.get(NOTE_KINDS.credit.type, note.number, session);
          return {
            number: note.number,
            total: fetched.totals.total,
            isValidated: fetched.status === 'validated',
          };
        } catch (error) {
          if (error instanceof DocumentNotFoundError) return undefined;
          throw error;
        }
      }),
    );
    return credits.filter((credit): credit is IssuedCredit => credit !== undefined);
  }

  private referencedInvoice(
    billNumber: string,
    session: ProviderSession,
  ): Promise<CorrectableDocument> {
    return validatedReference(this.documents, INVOICE, billNumber, session, {
      notFound: (number) => new ReferencedInvoiceNotFoundError(number),
      notValidated: (number, status, alreadyProcessed) =>
        new ReferencedInvoiceNotValidatedError(number, status, alreadyProcessed),
    });
  }
}
