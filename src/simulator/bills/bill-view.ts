import {
  ALLOWANCE_CONCEPTS,
  codeName,
  COUNTRIES,
  CUSTOMER_TRIBUTES,
  IDENTIFICATION_DOCUMENTS,
  LEGAL_ORGANIZATIONS,
  municipality,
  OPERATION_TYPES,
  PAYMENT_FORMS,
  PAYMENT_METHODS,
  STANDARD_CODES,
  TAX_TRIBUTES,
  UNIT_MEASURES,
  WITHHOLDING_TRIBUTES,
} from '../catalogs/dian-codes';
import type { SimulatorCompany } from '../company/simulator-company';
import type { BillRequest, CustomerRequest, EstablishmentRequest } from './bill-request';
import type { StoredDocument } from './bill-store';
import type { LineTax } from './bill-totals';
import { factusDate, factusTimestamp, monthsBetween } from './factus-dates';
import { amount } from './money';
import { NO_RELATED_NOTES, RelatedNotesView } from './related-notes';

/**
 * The v2 document body Factus answers on create and show (factus-api.md §3.4, the field tables of
 * v2 facturas/crear-y-validar): flattened, amounts as two-decimal strings, codes as {code, name},
 * dates `DD-MM-YYYY`, timestamps `DD-MM-YYYY hh:mm:ss AM/PM` in Bogotá time. A note's body is an
 * invoice's with `cude` for `cufe`, its correction concept, customization and `bill_number`, and
 * without the invoice-only fields (operation type, order reference, RADIAN flags, prepayments,
 * related documents and notes).
 */
export interface ViewContext {
  company: SimulatorCompany;
  /** Where the graphic representation is served (`public_url`). */
  publicBaseUrl: string;
  /** The notes referencing an invoice (none when not given). */
  relatedNotes?: (bill: StoredDocument) => RelatedNotesView;
}

const DIAN_QR_URL = 'https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=';

export function publicUrl(document: StoredDocument, baseUrl: string): string {
  return `${baseUrl}/documents/${document.kind.path}/${publicHash(document)}`;
}

/** The public page's opaque id: derived from the CUFE / CUDE, so it is stable for a document. */
export function publicHash(document: StoredDocument): string {
  return document.uniqueCode.slice(0, 40);
}

export function documentView(
  document: StoredDocument,
  context: ViewContext,
): Record<string, unknown> {
  return document.kind.note ? noteView(document, context) : billView(document, context);
}

export function billView(bill: StoredDocument, context: ViewContext): Record<string, unknown> {
  const { request } = bill;
  return {
    reference_code: bill.referenceCode,
    number: bill.number,
    document_type: codeName(bill.kind.documentTypes, request.document),
    operation_type: codeName(OPERATION_TYPES, request.operationType),
    order_reference: request.orderReference
      ? {
          reference_code: request.orderReference.referenceCode,
          issue_date:
            request.orderReference.issueDate && factusDate(request.orderReference.issueDate),
        }
      : null,
    send_email: request.sendEmail,
    has_claim: false,
    is_negotiable_instrument: false,
    ...validationState(bill),
    observation: request.observation,
    created_at: factusTimestamp(bill.createdAt),
    cufe: bill.uniqueCode,
    links: links(bill, context),
    ...amountsAndParties(bill, context),
    prepayment_details: request.prepaymentDetails.map((p) => ({
      reference_code: p.referenceCode,
      received_date: p.receivedDate,
      amount: amount(p.amount),
      note: p.note,
    })),
    ...charges(bill),
    related_documents: request.relatedDocuments.map((d) => ({
      code: d.code,
      issue_date: factusDate(d.issueDate),
      number: d.number,
    })),
    related_notes: context.relatedNotes?.(bill) ?? NO_RELATED_NOTES,
  };
}

export function noteView(note: StoredDocument, context: ViewContext): Record<string, unknown> {
  const { request } = note;
  return {
    reference_code: note.referenceCode,
    number: note.number,
    document_type: codeName(note.kind.documentTypes, request.document),
    ...noteFields(note),
    send_email: request.sendEmail,
    ...validationState(note),
    observation: request.observation,
    created_at: factusTimestamp(note.createdAt),
    cude: note.uniqueCode,
    links: links(note, context),
    ...amountsAndParties(note, context),
    ...charges(note),
  };
}

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

/** `bill_number`, `correction_concept` and `customization` of a note. */
function noteFields(note: StoredDocument) {
  const rules = note.kind.note;
  return {
    bill_number: note.note?.bill?.number ?? null,
    correction_concept: codeName(
      rules?.correctionConcepts ?? {},
      note.note?.correctionConceptCode ?? '',
    ),
    customization: codeName(rules?.customizations ?? {}, note.request.operationType),
  };
}

function validationState(document: StoredDocument) {
  return {
    is_validated: document.status === 'validated',
    validated_at: document.validatedAt === null ? null : factusTimestamp(document.validatedAt),
    errors: document.status === 'pending' ? {} : { ...document.errors },
  };
}

function links(document: StoredDocument, context: ViewContext) {
  return {
    qr: `${DIAN_QR_URL}${document.uniqueCode}`,
    public_url: publicUrl(document, context.publicBaseUrl),
  };
}

/** Totals, billing period, payments, range, parties and lines: the same for every kind. */
function amountsAndParties(document: StoredDocument, context: ViewContext) {
  const { request, totals, range } = document;
  return {
    totals: {
      prepayment_amount: amount(totals.prepaymentAmount),
      gross_amount: amount(totals.grossAmount),
      taxable_amount: amount(totals.taxableAmount),
      tax_amount: amount(totals.taxAmount),
      surcharge_amount: amount(totals.surchargeAmount),
      total: amount(totals.total),
    },
    billing_period: request.billingPeriod && {
      start_date: factusDate(request.billingPeriod.startDate),
      start_time: request.billingPeriod.startTime,
      end_date: factusDate(request.billingPeriod.endDate),
      end_time: request.billingPeriod.endTime,
    },
    payment_details: request.paymentDetails.map((p) => ({
      payment_form: codeName(PAYMENT_FORMS, p.paymentForm),
      payment_method: codeName(PAYMENT_METHODS, p.paymentMethodCode),
      reference_code: p.referenceCode,
      amount: amount(p.amount),
      due_date: p.dueDate && factusDate(p.dueDate),
    })),
    cash_rounding_amount: amount(request.cashRoundingAmount),
    numbering_range: {
      prefix: range.prefix,
      from: range.from,
      to: range.to,
      resolution_number: range.resolutionNumber,
      start_date: range.startDate && factusDate(range.startDate),
      end_date: range.endDate && factusDate(range.endDate),
      months:
        range.startDate && range.endDate ? monthsBetween(range.startDate, range.endDate) : null,
    },
    health: null,
    beneficiary: null,
    company: companyView(context.company, request.establishment),
    customer: customerView(request.customer),
    items: itemsView(request, document),
  };
}

/** Document-level allowances and charges, and the tax and withholding summaries. */
function charges(document: StoredDocument) {
  const { request, totals } = document;
  return {
    allowance_charges: request.allowanceCharges.map((c) => ({
      concept_type: codeName(ALLOWANCE_CONCEPTS, c.conceptType),
      is_surcharge: c.isSurcharge,
      reason: c.reason,
      base_amount: amount(c.baseAmount),
      percentage: c.baseAmount.gt(0) ? amount(c.amount.div(c.baseAmount).times(100)) : '0.00',
      amount: amount(c.amount),
    })),
    taxes: totals.taxSummary.map((tax) => taxView(tax.code, [tax])),
    withholding_taxes: totals.withholdingSummary.map((w) => ({
      tribute: codeName(WITHHOLDING_TRIBUTES, w.code),
      value: amount(w.amount),
    })),
  };
}

/** The name printed on the graphic representation: the company for a legal person. */
export function graphicName(customer: CustomerRequest): string {
  return customer.legalOrganizationCode === '1'
    ? (customer.company ?? customer.names ?? '')
    : (customer.names ?? customer.company ?? '');
}

function companyView(company: SimulatorCompany, establishment: EstablishmentRequest | null) {
  const own = {
    name: company.tradeName,
    address: company.address,
    phone_number: company.phone,
    email: company.email,
    municipality: municipality(company.municipalityCode) ?? null,
  };
  return {
    url_logo: company.urlLogo,
    nit: company.nit,
    dv: company.dv,
    company: company.company,
    name: company.company,
    graphic_representation_name: company.company,
    registration_code: company.registrationCode,
    economic_activity: company.economicActivity,
    phone: company.phone,
    email: company.email,
    direction: company.address,
    municipality: municipality(company.municipalityCode)?.name ?? null,
    establishment: establishment
      ? {
          name: establishment.name,
          address: establishment.address,
          phone_number: establishment.phoneNumber,
          email: establishment.email,
          municipality: municipality(establishment.municipalityCode) ?? null,
        }
      : own,
  };
}

function customerView(customer: CustomerRequest) {
  return {
    identification_document: codeName(
      IDENTIFICATION_DOCUMENTS,
      customer.identificationDocumentCode,
    ),
    identification: customer.identification,
    dv: customer.dv,
    graphic_representation_name: graphicName(customer),
    trade_name: customer.tradeName,
    company: customer.company,
    names: customer.names ?? customer.company,
    // Factus fills what a minimal customer leaves out (factus-api.md §3.3).
    address: customer.address ?? 'No informado',
    email: customer.email,
    phone: customer.phone,
    legal_organization: codeName(LEGAL_ORGANIZATIONS, customer.legalOrganizationCode),
    tribute: codeName(CUSTOMER_TRIBUTES, customer.tributeCode),
    responsibilities: customer.responsibilities,
    country: codeName(COUNTRIES, customer.countryCode),
    municipality: customer.municipalityCode
      ? (municipality(customer.municipalityCode) ?? null)
      : null,
  };
}

function itemsView(request: BillRequest, bill: StoredDocument) {
  return request.items.map((item, index) => {
    const line = bill.totals.lines[index];
    const taxes = item.taxes.some((t) => t.excluded)
      ? [
          {
            tribute: codeName(TAX_TRIBUTES, '01'),
            is_excluded: true,
            rates: [{ taxable_amount: '0.00', tax_amount: '0.00', rate: '0.00' }],
          },
        ]
      : [];
    return {
      code_reference: item.codeReference,
      name: item.name,
      quantity: amount(item.quantity),
      unit_measure: codeName(UNIT_MEASURES, item.unitMeasureCode),
      standard_code: codeName(STANDARD_CODES, item.standardCode),
      discount_rate: amount(line.discountRate),
      discount: amount(line.discount),
      gross_value: amount(line.base),
      price: amount(item.price),
      total: amount(line.total),
      note: item.note,
      scheme_id: null,
      collection_concept: null,
      mandate: null,
      additional_properties: [],
      taxes: [...line.taxes.map((tax) => taxView(tax.code, [tax])), ...taxes],
      withholding_taxes: line.withholdings.map((w) => ({
        tribute: codeName(WITHHOLDING_TRIBUTES, w.code),
        rates: [
          {
            taxable_amount: amount(w.taxableAmount),
            tax_amount: amount(w.amount),
            rate: amount(w.rate),
          },
        ],
      })),
    };
  });
}

function taxView(code: string, rates: LineTax[]) {
  return {
    tribute: codeName(TAX_TRIBUTES, code),
    is_excluded: false,
    rates: rates.map((r) => ({
      taxable_amount: amount(r.taxableAmount),
      tax_amount: amount(r.taxAmount),
      rate: amount(r.rate),
    })),
  };
}
