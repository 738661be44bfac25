import type { StoredDocument } from './bill-store';
import { errorsView, noteFields } from './bill-view';
import { factusTimestamp } from './factus-dates';
import { amount } from './money';
import { customerView } from './party-view';

/**
 * One row of `GET /v2/bills`, `/v2/credit-notes` and `/v2/debit-notes`. The v2 bill and note list
 * pages give no row; the only v2 list example (notas-ajuste-documentos-soporte/ver-y-filtrar) is
 * followed: the party nested (here `customer`, as sales documents name it, where the example's
 * support documents say `provider`) with identification_document, identification, dv, names…,
 * `errors` as an array of strings, `send_email` and `is_validated` as booleans, `validated_at` and
 * `created_at` as Factus timestamps. No CUFE, links or lines: the list carries the summary only.
 */
export function documentListRow(document: StoredDocument): Record<string, unknown> {
  const customer = customerView(document.request.customer);
  const errors = errorsView(document);
  return {
    api_client_name: 'Factus simulator',
    number: document.number,
    reference_code: document.referenceCode,
    customer: {
      identification_document: customer.identification_document,
      identification: customer.identification,
      dv: customer.dv,
      trade_name: customer.trade_name,
      names: customer.names,
      address: customer.address,
      email: customer.email,
      phone: customer.phone,
      legal_organization: customer.legal_organization,
      municipality: customer.municipality,
    },
    total: amount(document.totals.total),
    errors: Array.isArray(errors) ? errors : Object.values(errors),
    send_email: document.request.sendEmail,
    is_validated: document.status === 'validated',
    validated_at: document.validatedAt === null ? null : factusTimestamp(document.validatedAt),
    created_at: factusTimestamp(document.createdAt),
    // Assumption (no v2 note list example): a note's row names its invoice, concept and
    // customization with the field names of the note's show body.
    ...(document.kind.note ? noteFields(document) : {}),
  };
}
