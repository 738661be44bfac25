import { Inject, Injectable } from '@nestjs/common';
import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { CLOCK, Clock } from '../../common/domain/clock';
import { RequestValidationError } from '../../common/errors/common.errors';
import { bogotaDate } from '../../common/time/bogota-time';
import type { InvoiceDraft } from '../domain/invoice-draft';
import type { ComputedDocumentTotals } from '../../documents/domain/document-totals';
import { validateDocumentDraft } from '../../documents/domain/document-rules';

/**
 * Computes an invoice exactly as Factus will, without calling Factus. Payments are optional here
 * (finding out what to pay is the point); when given, they are checked like on create.
 */
@Injectable()
export class PreviewInvoiceUseCase {
  constructor(
    private readonly catalog: DianCatalog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(draft: InvoiceDraft): ComputedDocumentTotals {
    const result = validateDocumentDraft(draft, {
      today: bogotaDate(this.clock.now()),
      catalog: this.catalog,
    });
    const errors =
      draft.paymentDetails.length === 0
        ? result.errors.filter((e) => e.field !== 'paymentDetails')
        : result.errors;
    if (errors.length > 0) throw new RequestValidationError(errors);
    return result.totals;
  }
}
