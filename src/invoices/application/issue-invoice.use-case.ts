import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { CLOCK, Clock } from '../../common/domain/clock';
import { RequestValidationError } from '../../common/errors/common.errors';
import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { bogotaDate } from '../../common/time/bogota-time';
import { NumberingRangeSelector } from '../../numbering-ranges/application/numbering-range-selector';
import { RANGE_DOCUMENT } from '../../numbering-ranges/domain/numbering-range';
import type { InvoiceDraft } from '../domain/invoice-draft';
import { DocumentIssuer, IssueAnswer } from '../../documents/application/ledger/document-issuer';
import { INVOICE_DOCUMENT } from '../domain/invoice-document';
import type { IssuedInvoice } from '../domain/issued-invoice';
import { validateDocumentDraft } from '../../documents/domain/document-rules';

/**
 * Checks the invoice against every DIAN rule a machine can check, then sends it. Nothing reaches
 * Factus unless the whole invoice is valid, and every problem is reported at once.
 */
@Injectable()
export class IssueInvoiceUseCase {
  constructor(
    private readonly issuer: DocumentIssuer,
    private readonly catalog: DianCatalog,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly ranges: NumberingRangeSelector,
  ) {}

  async execute(
    draft: InvoiceDraft,
    session: ProviderSession,
    options: { respondAsync?: boolean } = {},
  ): Promise<IssueAnswer<IssuedInvoice>> {
    const result = validateDocumentDraft(draft, {
      today: bogotaDate(this.clock.now()),
      catalog: this.catalog,
    });
    // The range choice is checked against the account's (cached) ranges, with the rest.
    const rangeErrors = await this.ranges.check(
      RANGE_DOCUMENT.invoice,
      draft.numberingRangeId,
      session,
    );
    const errors = [...result.errors, ...rangeErrors];
    if (errors.length > 0) throw new RequestValidationError(errors);
    const toSend: InvoiceDraft =
      result.customerDv === undefined
        ? draft
        : { ...draft, customer: { ...draft.customer, dv: result.customerDv } };
    const answer = await this.issuer.issue(
      {
        type: INVOICE_DOCUMENT,
        draft: toSend,
        amount: result.totals.total,
        respondAsync: options.respondAsync ?? false,
      },
      session,
    );
    // Factus numbered it (or will): the range list shows the new `current` next time.
    this.ranges.markIssued(session.accountKey);
    return answer;
  }
}
