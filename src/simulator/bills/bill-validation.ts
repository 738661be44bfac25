import { INVOICE_DOCUMENT_TYPES, OPERATION_TYPES } from '../catalogs/dian-codes';
import { FieldErrors, msg, ValidationErrors } from '../core/laravel-validation';
import { NumberingRange, NumberingRanges } from '../ranges/numbering-ranges';
import type { BillRequest } from './bill-request';
import type { NoteDetails, StoredDocument } from './bill-store';
import { billTotals, BillTotals } from './bill-totals';
import { readCustomer, readEstablishment } from './customer-validation';
import { BILL, DocumentKind } from './document-kind';
import {
  readBillingPeriod,
  readCurrency,
  readOrderReference,
  readPaymentDetails,
  readPrepayments,
  readRelatedDocuments,
} from './document-block-validation';
import { FieldReader, JsonObject } from './field-reader';
import { readAllowanceCharges, readItems } from './item-validation';
import { amount, sum, ZERO } from './money';
import {
  noteDetails,
  readNoteCustomer,
  readNoteHeader,
  requireBillingPeriod,
} from './note-validation';
import { validateSupportKind } from './support-validation';

/**
 * The field validation Factus runs on `POST /v2/bills/validate` (and on the credit- and debit-note
 * equivalents) before anything reaches DIAN (factus-api.md §2.3, §2.4, §3.3, §4.4, §5.5): required
 * fields, codes from the published tables, amounts with at most two decimals, the numbering range,
 * the NIT check digit and the payment total. Every failure is collected (Laravel reports all
 * fields at once), keyed by dotted path. Notes read no invoice-only field (document,
 * operation_type, prepayments, order reference, related documents: Laravel ignores unknown keys)
 * and add theirs (note-validation.ts).
 */
export interface ValidationContext {
  ranges: NumberingRanges;
  /** Today in Bogotá, `YYYY-MM-DD`. */
  today: string;
  /** The company's invoice with this number, for a note's `bill_number`. */
  findBill?: (number: string) => StoredDocument | undefined;
  /** The company's support document with this number, for an adjustment note. */
  findSupportDocument?: (number: string) => StoredDocument | undefined;
}

export type DocumentValidation =
  | {
      ok: true;
      request: BillRequest;
      range: NumberingRange;
      totals: BillTotals;
      /** Null for invoices. */
      note: NoteDetails | null;
    }
  | { ok: false; errors: FieldErrors };

export type BillValidation = DocumentValidation;

/** `|cash_rounding_amount|` may not exceed this (docs: "El valor máximo permitido es ±500.00"). */
export const CASH_ROUNDING_LIMIT = 500;

/** Factus's own attribute names where a captured response shows them. */
const RANGE_ATTRIBUTE = 'id rango de numeración';

export function validateBill(body: unknown, context: ValidationContext): BillValidation {
  return validateDocument(BILL, body, context);
}

export function validateDocument(
  kind: DocumentKind,
  body: unknown,
  context: ValidationContext,
): DocumentValidation {
  if (kind.support) return validateSupportKind(kind, kind.support, body, context);
  const errors = new ValidationErrors();
  const f = new FieldReader(errors);
  const root: JsonObject = f.isObject(body) ? body : {};
  const note = kind.note;

  const referenceCode = f.string(root, 'reference_code', 'reference_code', { required: true });
  const header = note ? readNoteHeader(f, root, note, context.findBill) : undefined;
  const document = note
    ? note.documentType
    : (f.code(root, 'document', 'document', INVOICE_DOCUMENT_TYPES) ?? '01');
  const range = chooseRange(f, root, context.ranges, kind);
  const operationType = header
    ? header.customizationId
    : (f.code(root, 'operation_type', 'operation_type', OPERATION_TYPES) ?? '10');
  const observation =
    f.string(root, 'observation', 'observation', { max: kind.observationMax }) ?? null;
  const sendEmail = f.boolean(root, 'send_email', 'send_email') ?? true;
  const createdTime = f.time(root, 'created_time', 'created_time');
  const paymentDetails = readPaymentDetails(f, root, context.today);
  const cashRoundingAmount =
    f.money(root, 'cash_rounding_amount', 'cash_rounding_amount', {
      min: -CASH_ROUNDING_LIMIT,
      max: CASH_ROUNDING_LIMIT,
    }) ?? ZERO;
  const prepaymentDetails = note ? [] : readPrepayments(f, root);
  const currency = readCurrency(f, root);
  const orderReference = note ? null : readOrderReference(f, root);
  const billingPeriod = readBillingPeriod(f, root);
  if (header) requireBillingPeriod(f, header, billingPeriod);
  const relatedDocuments = note ? [] : readRelatedDocuments(f, root, document);
  const establishment = readEstablishment(f, root);
  const customer = header ? readNoteCustomer(f, root, header) : readCustomer(f, root);
  const items = readItems(f, root);
  const allowanceCharges = readAllowanceCharges(f, root);

  if (
    !errors.isEmpty ||
    referenceCode === undefined ||
    range === undefined ||
    customer === undefined ||
    items === undefined ||
    paymentDetails === undefined ||
    (header !== undefined && header.correctionConceptCode === undefined)
  ) {
    return { ok: false, errors: errors.toJSON() };
  }

  const totals = billTotals({ items, allowanceCharges, prepaymentDetails });
  const paid = sum(paymentDetails.map((p) => p.amount));
  const expected = totals.total.plus(cashRoundingAmount);
  if (!paid.eq(expected)) {
    errors.add(
      'payment_details',
      `La suma de los montos de payment_details (${amount(paid)}) debe ser igual al total de la ` +
        `${kind.noun.toLowerCase()} (${amount(totals.total)}) más cash_rounding_amount (${amount(cashRoundingAmount)}): ${amount(expected)}.`,
    );
    return { ok: false, errors: errors.toJSON() };
  }

  return {
    ok: true,
    range,
    totals,
    note: header ? noteDetails(header) : null,
    request: {
      referenceCode,
      document,
      numberingRangeId: range.id,
      operationType,
      observation,
      sendEmail,
      createdTime,
      paymentDetails,
      cashRoundingAmount,
      prepaymentDetails,
      currency,
      orderReference,
      billingPeriod,
      relatedDocuments,
      establishment,
      customer,
      items,
      allowanceCharges,
    },
  };
}

export function chooseRange(
  f: FieldReader,
  root: JsonObject,
  ranges: NumberingRanges,
  kind: DocumentKind,
): NumberingRange | undefined {
  const path = 'numbering_range_id';
  let id: number | undefined;
  if (f.present(root[path])) {
    const raw = root[path];
    const text = typeof raw === 'number' || typeof raw === 'string' ? String(raw).trim() : '';
    if (!/^\d+$/.test(text)) {
      f.errors.add(path, msg.invalid(RANGE_ATTRIBUTE));
      return undefined;
    }
    id = Number(text);
  }
  const choice = ranges.choose(kind.rangeDocument, id);
  if (!choice.ok) {
    const message =
      choice.reason === 'ambiguous'
        ? `${msg.required(RANGE_ATTRIBUTE).slice(0, -1)} cuando hay más de un rango activo.`
        : choice.reason === 'none-active'
          ? `No se encontró un rango de numeración activo para ${kind.plural}.`
          : msg.invalid(RANGE_ATTRIBUTE);
    f.errors.add(path, message);
    return undefined;
  }
  if (ranges.isExhausted(choice.range)) {
    f.errors.add(path, 'El rango de numeración no tiene consecutivos disponibles.');
    return undefined;
  }
  return choice.range;
}
