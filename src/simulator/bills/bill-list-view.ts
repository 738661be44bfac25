import { codeName, PAYMENT_FORMS } from '../catalogs/dian-codes';
import type { StoredDocument } from './bill-store';
import { noteFields, ViewContext } from './bill-view';
import { factusTimestamp } from './factus-dates';
import { amount } from './money';
import { graphicName } from './party-view';
import { NO_RELATED_NOTES, RelatedNotesView } from './related-notes';

/** One row of `GET /v2/bills` (no CUFE or links: the list carries the summary only). */
export function billListRow(
  bill: StoredDocument,
  relatedNotes: RelatedNotesView = NO_RELATED_NOTES,
): Record<string, unknown> {
  return {
    ...listRowHead(bill),
    has_claim: 0,
    is_negotiable_instrument: 0,
    payment_form: codeName(PAYMENT_FORMS, bill.request.paymentDetails[0].paymentForm),
    created_at: factusTimestamp(bill.createdAt),
    credit_notes: relatedNotes.credit_notes,
    debit_notes: relatedNotes.debit_notes,
  };
}

/** One row of `GET /v2/credit-notes` / `GET /v2/debit-notes`: a bill row's summary plus the note's. */
export function noteListRow(note: StoredDocument): Record<string, unknown> {
  return {
    ...listRowHead(note),
    payment_form: codeName(PAYMENT_FORMS, note.request.paymentDetails[0].paymentForm),
    created_at: factusTimestamp(note.createdAt),
    ...noteFields(note),
  };
}

export function documentListRow(
  document: StoredDocument,
  context: Pick<ViewContext, 'relatedNotes'> = {},
): Record<string, unknown> {
  return document.kind.note
    ? noteListRow(document)
    : billListRow(document, context.relatedNotes?.(document));
}

function listRowHead(document: StoredDocument) {
  const { customer } = document.request;
  return {
    id: document.id,
    document: codeName(document.kind.documentTypes, document.request.document),
    number: document.number,
    api_client_name: 'Factus simulator',
    reference_code: document.referenceCode,
    identification: customer.identification,
    graphic_representation_name: graphicName(customer),
    company: customer.company ?? '',
    trade_name: customer.tradeName ?? '',
    names: customer.names ?? '',
    email: customer.email ?? '',
    total: amount(document.totals.total),
    status: document.status === 'validated' ? 1 : 0,
    is_validated: document.status === 'validated',
    errors: document.status === 'pending' ? {} : { ...document.errors },
    send_email: document.request.sendEmail ? 1 : 0,
  };
}
