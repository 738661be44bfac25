import {
  codeName,
  IDENTIFICATION_DOCUMENTS,
  LEGAL_ORGANIZATIONS,
  CUSTOMER_TRIBUTES,
  COUNTRIES,
  municipality,
  PAYMENT_FORMS,
  PAYMENT_METHODS,
  WITHHOLDING_TRIBUTES,
} from '../catalogs/dian-codes';
import type { CustomerRequest } from './bill-request';
import type { StoredDocument } from './bill-store';
import type { ViewContext } from './bill-view';
import { errorsView, publicUrl } from './bill-view';
import { factusDate, factusTimestamp } from './factus-dates';
import { itemsView, taxView } from './item-view';
import { amount } from './money';
import { companyView } from './party-view';

const DIAN_QR_URL = 'https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=';

/**
 * The v2 body of a support document or adjustment note on create and show. The only v2 answer of
 * the family is the adjustment note's (notas-ajuste-documentos-soporte/ver, crear-validar): flat,
 * `provider` for `customer`, `cuds`, `correction_concept`, the corrected `support_document`
 * `{reference_code, number, cuds}`, items whose `withholding_taxes` are
 * `{tribute_code, name, value, rates: [{code, name, rate}]}` and document-level
 * `withholding_taxes` `{tribute_code, name, value}`. Assumption: the support document's answer
 * has the same shape without the note's fields (its pages give none), and `totals` carries the
 * taxable and tax amounts as a bill's does (the example's shows only gross_amount and total).
 */
export function supportView(
  document: StoredDocument,
  context: ViewContext,
): Record<string, unknown> {
  const { request, totals } = document;
  const adjustment = document.kind.support?.correctionConcepts;
  return {
    reference_code: document.referenceCode,
    number: document.number,
    document_type: codeName(document.kind.documentTypes, request.document),
    payment_details: request.paymentDetails.map((p) => ({
      payment_form: codeName(PAYMENT_FORMS, p.paymentForm),
      payment_method: codeName(PAYMENT_METHODS, p.paymentMethodCode),
      reference_code: p.referenceCode,
      amount: amount(p.amount),
      due_date: p.dueDate && factusDate(p.dueDate),
    })),
    ...(adjustment
      ? { correction_concept: codeName(adjustment, document.note?.correctionConceptCode ?? '') }
      : {}),
    is_validated: document.status === 'validated',
    validated_at: document.validatedAt === null ? null : factusTimestamp(document.validatedAt),
    errors: errorsView(document),
    observation: request.observation,
    created_at: factusTimestamp(document.createdAt),
    company: companyView(context.company, request.establishment),
    provider: providerView(request.customer),
    items: itemsView(request, document).map((item, index) => ({
      ...item,
      withholding_taxes: totals.lines[index].withholdings.map((w) => ({
        tribute_code: w.code,
        name: codeName(WITHHOLDING_TRIBUTES, w.code).name,
        value: amount(w.amount),
        rates: [
          { code: w.code, name: codeName(WITHHOLDING_TRIBUTES, w.code).name, rate: amount(w.rate) },
        ],
      })),
    })),
    taxes: totals.taxSummary.map((tax) => taxView(tax.code, [tax])),
    withholding_taxes: totals.withholdingSummary.map((w) => ({
      tribute_code: w.code,
      name: codeName(WITHHOLDING_TRIBUTES, w.code).name,
      value: amount(w.amount),
    })),
    totals: {
      gross_amount: amount(totals.grossAmount),
      taxable_amount: amount(totals.taxableAmount),
      tax_amount: amount(totals.taxAmount),
      total: amount(totals.total),
    },
    cash_rounding_amount: amount(request.cashRoundingAmount),
    cuds: document.uniqueCode,
    ...(adjustment
      ? {
          support_document: document.note?.bill
            ? {
                reference_code: document.note.bill.referenceCode ?? null,
                number: document.note.bill.number,
                cuds: document.note.bill.cufe,
              }
            : null,
        }
      : {}),
    links: {
      qr: `${DIAN_QR_URL}${document.uniqueCode}`,
      public_url: publicUrl(document, context.publicBaseUrl),
    },
  };
}

/** The provider as the adjustment-note answer shows it (no company, responsibilities). */
export function providerView(provider: CustomerRequest) {
  return {
    identification_document: codeName(
      IDENTIFICATION_DOCUMENTS,
      provider.identificationDocumentCode,
    ),
    identification: provider.identification,
    dv: provider.dv,
    graphic_representation_name: provider.names,
    trade_name: provider.tradeName,
    names: provider.names,
    address: provider.address,
    email: provider.email,
    phone: provider.phone,
    legal_organization: codeName(LEGAL_ORGANIZATIONS, provider.legalOrganizationCode),
    tribute: codeName(CUSTOMER_TRIBUTES, provider.tributeCode),
    country: codeName(COUNTRIES, provider.countryCode),
    municipality: provider.municipalityCode
      ? (municipality(provider.municipalityCode) ?? null)
      : null,
  };
}
