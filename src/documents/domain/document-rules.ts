import type { DianCatalog } from '../../catalogs/domain/dian-catalog';
import type { FieldError } from '../../common/errors/domain-error';
import type { DocumentDraft } from './document-draft';
import { computeDocumentTotals, ComputedDocumentTotals } from './document-totals';
import { checkCustomer } from './rules/customer-rules';
import { checkDocument } from './rules/header-rules';
import { checkItems } from './rules/item-rules';
import { checkPaymentDetails, checkPaymentsCoverTotal } from './rules/payment-rules';
import { RuleContext } from './rules/rule-context';

export interface DocumentValidationContext {
  /** Today in Bogotá, `YYYY-MM-DD` (see common/time bogotaDate): due dates may not be earlier. */
  today: string;
  catalog: DianCatalog;
  /** 500 characters on every sales document (the newest v2 bill and note pages). */
  maxObservationLength?: number;
}

export interface DocumentValidationResult {
  /** Every problem found (document, customer, items, payments); empty when the draft may go to Factus. */
  errors: FieldError[];
  /** The totals Factus will compute, even for a draft with errors. */
  totals: ComputedDocumentTotals;
  /**
   * The customer's NIT check digit, when the customer is a NIT and its dv was absent (computed
   * here) or right. Send it: DIAN rejects a NIT without dv (rule FAK24).
   */
  customerDv?: string;
}

/**
 * The DIAN and Factus rules a draft must meet before it is sent (factus-api.md §5.5): codes against
 * the DIAN tables, the NIT check digit, conditional fields, and payments that add up to the total.
 * Shapes and types are the request DTO's job; this is what needs the tables, the totals or today.
 * Reports every problem at once, each under its field path (`items[0].taxes[1].code`).
 */
export function validateDocumentDraft(
  draft: DocumentDraft,
  context: DocumentValidationContext,
): DocumentValidationResult {
  const ctx = new RuleContext(context.today, context.catalog);
  const totals = computeDocumentTotals(draft);

  checkDocument(draft, ctx, context.maxObservationLength);
  // A note without customer takes the referenced invoice's, which was validated with it.
  const customerDv = draft.customer ? checkCustomer(draft.customer, ctx) : undefined;
  checkItems(draft.items, draft.operationType, ctx);
  checkPaymentDetails(draft.paymentDetails, ctx);
  checkPaymentsCoverTotal(draft.paymentDetails, draft.cashRoundingAmount, totals.payable, ctx);

  return {
    errors: ctx.reported,
    totals,
    ...(customerDv !== undefined ? { customerDv } : {}),
  };
}
