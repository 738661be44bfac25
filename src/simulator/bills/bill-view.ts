import {
  ALLOWANCE_CONCEPTS,
  codeName,
  OPERATION_TYPES,
  PAYMENT_FORMS,
  PAYMENT_METHODS,
  WITHHOLDING_TRIBUTES,
} from '../catalogs/dian-codes';
import type { SimulatorCompany } from '../company/simulator-company';
import type { StoredDocument } from './bill-store';
import { factusDate, factusTimestamp, monthsBetween } from './factus-dates';
import { itemsView, taxView } from './item-view';
import { amount } from './money';
import { companyView, customerView } from './party-view';
import { NO_RELATED_NOTES, RelatedNotesView } from './related-notes';
import { supportView } from './support-view';

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
  if (document.kind.support) return supportView(document, context);
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

/**
 * `bill_number`, `correction_concept` and `customization` of a note. Assumption: the v2 note pages
 * document `bill_number`, `correction_concept_code` and `customization_id` on create but give no
 * show schema; the answer names them as the request does, with codes as {code, name} pairs.
 */
export function noteFields(note: StoredDocument) {
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

/** `errors` keyed by rule, or the bare list of strings rule 90 arrives as. */
export function errorsView(document: StoredDocument): Record<string, string> | string[] {
  return document.rejectionAsList ? Object.values(document.errors) : { ...document.errors };
}

function validationState(document: StoredDocument) {
  return {
    is_validated: document.status === 'validated',
    validated_at: document.validatedAt === null ? null : factusTimestamp(document.validatedAt),
    errors: errorsView(document),
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
    // Assumption: the v2 response tables document `data.withholding_taxes` only as an array of
    // document-level withholdings, "empty if no global withholdings apply", and no request field
    // sets document-level ones. It is kept as the per-code total of the lines' self-withholdings,
    // {tribute, value} with a two-decimal string, and is empty when no line withholds.
    withholding_taxes: totals.withholdingSummary.map((w) => ({
      tribute: codeName(WITHHOLDING_TRIBUTES, w.code),
      value: amount(w.amount),
    })),
  };
}
