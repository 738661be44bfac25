import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { CLOCK, Clock } from '../../common/domain/clock';
import { Dec, toAmountString } from '../../common/domain/decimal';
import { RequestValidationError } from '../../common/errors/common.errors';
import { bogotaDate } from '../../common/time/bogota-time';
import { DocumentIssuer, IssueAnswer } from '../../documents/application/ledger/document-issuer';
import { validatedReference } from '../../documents/application/referenced-document';
import { DOCUMENT_GATEWAY, DocumentGateway } from '../../documents/domain/document-gateway.port';
import type { CreditCheck } from '../../documents/domain/document-ledger.port';
import { NumberingRangeSelector } from '../../numbering-ranges/application/numbering-range-selector';
import { remainderWithRecorded } from '../../notes/domain/creditable-remainder';
import type {
  IssuedAdjustmentNote,
  IssuedSupportDocument,
} from '../domain/issued-support-document';
import type { AdjustmentNoteDraft } from '../domain/support-document-draft';
import {
  AdjustmentExceedsRemainderError,
  ReferencedSupportDocumentNotFoundError,
  ReferencedSupportDocumentNotValidatedError,
} from '../domain/support-document.errors';
import { validateAdjustmentNoteDraft } from '../domain/support-document-rules';
import { ADJUSTMENT_NOTE_TYPE, SUPPORT_DOCUMENT_TYPE } from '../domain/support-document-types';

/**
 * Checks an adjustment note like a support document (every problem at once), then against the
 * support document it corrects — which must exist, be validated, and still have that much left to
 * adjust — and only then issues it. The remainder is checked as a credit note's is: inside the
 * support document's lock in the ledger, so that notes on one support document are admitted one
 * at a time (across replicas), each seeing the ones before it.
 */
@Injectable()
export class IssueAdjustmentNoteUseCase {
  constructor(
    @Inject(DOCUMENT_GATEWAY) private readonly documents: DocumentGateway,
    private readonly catalog: DianCatalog,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly ranges: NumberingRangeSelector,
    private readonly issuer: DocumentIssuer,
  ) {}

  async execute(
    draft: AdjustmentNoteDraft,
    session: ProviderSession,
    options: { respondAsync?: boolean } = {},
  ): Promise<IssueAnswer<IssuedAdjustmentNote>> {
    const result = validateAdjustmentNoteDraft(draft, {
      today: bogotaDate(this.clock.now()),
      catalog: this.catalog,
    });
    const rangeErrors = await this.ranges.check(
      ADJUSTMENT_NOTE_TYPE.rangeDocument,
      draft.numberingRangeId,
      session,
    );
    const errors = [...result.errors, ...rangeErrors];
    if (errors.length > 0) throw new RequestValidationError(errors);

    const supportDocument = await this.referenced(draft.supportDocumentNumber, session);
    const toSend: AdjustmentNoteDraft =
      result.providerDv === undefined
        ? draft
        : { ...draft, provider: { ...draft.provider, dv: result.providerDv } };
    const answer = await this.issuer.issue(
      {
        type: ADJUSTMENT_NOTE_TYPE,
        draft: toSend,
        amount: result.totals.total,
        referencedNumber: draft.supportDocumentNumber,
        creditCheck: remainderCheck(
          draft.supportDocumentNumber,
          supportDocument,
          result.totals.total,
        ),
        respondAsync: options.respondAsync ?? false,
      },
      session,
    );
    this.ranges.markIssued(session.accountKey);
    return answer;
  }

  private referenced(number: string, session: ProviderSession): Promise<IssuedSupportDocument> {
    return validatedReference(this.documents, SUPPORT_DOCUMENT_TYPE, number, session, {
      notFound: (missing) => new ReferencedSupportDocumentNotFoundError(missing),
      notValidated: (unvalidated, status, alreadyProcessed) =>
        new ReferencedSupportDocumentNotValidatedError(unvalidated, status, alreadyProcessed),
    });
  }
}

/**
 * Run by the ledger inside the support document's lock: its total minus every adjustment note the
 * ledger holds against it (queued, being sent, pending at DIAN or validated). The v2 pages document
 * no list of a support document's notes (no `related_notes`), so the ledger's notes are the facts:
 * notes issued outside this service are not seen, and Factus and DIAN remain the last word.
 */
function remainderCheck(
  number: string,
  supportDocument: IssuedSupportDocument,
  requested: Dec,
): CreditCheck {
  return (recorded) => {
    const total = supportDocument.totals.total;
    const remaining = remainderWithRecorded(
      total,
      [],
      recorded.map((note) => ({ number: note.number, total: note.amount })),
    );
    if (requested.greaterThan(remaining))
      throw new AdjustmentExceedsRemainderError(
        number,
        toAmountString(requested),
        toAmountString(remaining),
        toAmountString(total),
      );
  };
}
