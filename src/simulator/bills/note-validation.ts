import { msg } from '../core/laravel-validation';
import type { BillingPeriodRequest, CustomerRequest } from './bill-request';
import type { NoteDetails, StoredDocument } from './bill-store';
import { readCustomer } from './customer-validation';
import type { NoteRules } from './document-kind';
import type { FieldReader, JsonObject } from './field-reader';

/*
 * What only credit and debit notes validate (v2 notas-credito / notas-debito, crear-y-validar;
 * factus-api.md §2.3, §2.4, §3.6):
 * - `correction_concept_code` is required: 1–6 for credit notes, 1–4 for debit notes;
 * - `customization_id` is optional: 20 (credit, default) or 22, 30 (debit, default) or 32;
 * - `bill_number` is required unless the note is "sin referencia" (22 / 32), and must name an
 *   invoice of the company that DIAN has validated (a note of a document DIAN does not have would
 *   be rejected there); without reference it is ignored;
 * - `billing_period` is required without reference;
 * - `customer` is optional: when omitted the note takes the referenced invoice's customer, so it
 *   is required only without reference. When sent it is validated as an invoice's.
 */
export interface NoteHeader {
  /** Undefined when missing or not in the kind's table (the error is recorded). */
  correctionConceptCode?: string;
  customizationId: string;
  withoutReference: boolean;
  /** The referenced, validated invoice; null without reference or when `bill_number` failed. */
  bill: StoredDocument | null;
}

export function readNoteHeader(
  f: FieldReader,
  root: JsonObject,
  rules: NoteRules,
  findBill: ((number: string) => StoredDocument | undefined) | undefined,
): NoteHeader {
  const correctionConceptCode = f.code(
    root,
    'correction_concept_code',
    'correction_concept_code',
    rules.correctionConcepts,
    { required: true },
  );
  // An invalid customization is reported; the other rules then apply as for the default.
  const customizationId =
    f.code(root, 'customization_id', 'customization_id', rules.customizations) ??
    rules.withReference;
  const withoutReference = customizationId === rules.withoutReference;
  const header: NoteHeader = {
    correctionConceptCode,
    customizationId,
    withoutReference,
    bill: null,
  };
  if (withoutReference) return header;

  const billNumber = f.string(root, 'bill_number', 'bill_number');
  if (billNumber === undefined) {
    if (!f.errors.has('bill_number')) {
      f.errors.add(
        'bill_number',
        msg.requiredIf('bill_number', 'customization_id', customizationId),
      );
    }
    return header;
  }
  const bill = findBill?.(billNumber);
  if (!bill) {
    f.errors.add('bill_number', msg.invalid('bill_number'));
  } else if (bill.status !== 'validated') {
    f.errors.add(
      'bill_number',
      `La factura ${bill.number} del campo bill_number no ha sido validada por la DIAN.`,
    );
  } else {
    header.bill = bill;
  }
  return header;
}

/** Without reference (22 / 32) the note must say which period it corrects. */
export function requireBillingPeriod(
  f: FieldReader,
  header: NoteHeader,
  billingPeriod: BillingPeriodRequest | null,
): void {
  if (!header.withoutReference || billingPeriod !== null) return;
  if (f.errors.hasUnder('billing_period')) return;
  f.errors.add(
    'billing_period',
    msg.requiredIf('billing_period', 'customization_id', header.customizationId),
  );
}

/** The sent customer, validated; else the referenced invoice's; required without reference. */
export function readNoteCustomer(
  f: FieldReader,
  root: JsonObject,
  header: NoteHeader,
): CustomerRequest | undefined {
  if (f.present(root.customer)) return readCustomer(f, root);
  if (header.bill) {
    const customer = header.bill.request.customer;
    return { ...customer, responsibilities: [...customer.responsibilities] };
  }
  if (header.withoutReference) {
    f.errors.add(
      'customer',
      msg.requiredIf('customer', 'customization_id', header.customizationId),
    );
  }
  // With reference and no usable bill_number, that field's error already says what is wrong.
  return undefined;
}

/** The note-only fields stored with a valid note. */
export function noteDetails(header: NoteHeader): NoteDetails {
  return {
    correctionConceptCode: header.correctionConceptCode ?? '',
    bill: header.bill
      ? {
          number: header.bill.number,
          cufe: header.bill.uniqueCode,
          issueDate: header.bill.issueDate,
        }
      : null,
  };
}
