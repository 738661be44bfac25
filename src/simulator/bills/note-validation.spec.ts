import { NumberingRanges, SEEDED_RANGE_IDS } from '../ranges/numbering-ranges';
import type { DocumentStatus, StoredDocument } from './bill-store';
import { validateBill, validateDocument, ValidationContext } from './bill-validation';
import { BILL, CREDIT_NOTE, DEBIT_NOTE, DocumentKind } from './document-kind';
import { amount } from './money';
import { JsonBody, officialBill } from './testing/bill-payloads';
import {
  noteWithoutReference,
  officialCreditNote,
  officialDebitNote,
} from './testing/note-payloads';

const NOW = Date.parse('2026-05-13T13:21:49Z');
const BILL_NUMBER = 'SETP990000001';

/** A stored invoice `SETP990000001` with a natural-person customer, in the given DIAN state. */
function storedInvoice(status: DocumentStatus = 'validated'): StoredDocument {
  const body = officialBill('FV-1');
  body.customer = {
    identification_document_code: '13',
    identification: '1017000111',
    names: 'Ada Lovelace',
    email: 'ada@example.com',
    legal_organization_code: '2',
  };
  const result = validateBill(body, context());
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return {
    kind: BILL,
    id: 1,
    companyId: 'company-1',
    referenceCode: 'FV-1',
    number: BILL_NUMBER,
    range: { ...result.range, resolutionNumber: null, startDate: null, endDate: null },
    request: result.request,
    totals: result.totals,
    status,
    uniqueCode: 'c'.repeat(96),
    issueDate: '2026-05-10',
    issueTime: '08:00:00',
    createdAt: NOW,
    validatedAt: status === 'validated' ? NOW : null,
    errors: {},
    rejectionAsList: false,
    emails: { day: '2026-05-13', count: 0 },
    note: null,
  };
}

function context(bills: StoredDocument[] = []): ValidationContext {
  return {
    ranges: new NumberingRanges(() => NOW),
    today: '2026-05-13',
    findBill: (number) => bills.find((bill) => bill.number === number),
  };
}

function validate(kind: DocumentKind, body: JsonBody, bills = [storedInvoice()]) {
  return validateDocument(kind, body, context(bills));
}

function errorsOf(kind: DocumentKind, body: JsonBody, bills = [storedInvoice()]) {
  const result = validate(kind, body, bills);
  if (result.ok) throw new Error('expected validation errors');
  return result.errors;
}

function without(body: JsonBody, ...keys: string[]): JsonBody {
  const copy = { ...body };
  keys.forEach((key) => delete copy[key]);
  return copy;
}

describe('validateDocument for credit and debit notes', () => {
  it('accepts the official credit-note example: type 91, customization 20, the invoice reference', () => {
    const result = validate(CREDIT_NOTE, officialCreditNote());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.range.id).toBe(SEEDED_RANGE_IDS.creditNote);
    expect(amount(result.totals.total)).toBe('83300.00');
    expect(result.request).toMatchObject({ document: '91', operationType: '20' });
    expect(result.note).toEqual({
      correctionConceptCode: '2',
      bill: { number: BILL_NUMBER, cufe: 'c'.repeat(96), issueDate: '2026-05-10' },
    });
  });

  it('defaults customization_id to 20 (credit) and 30 (debit), and picks the one active range', () => {
    const credit = validate(
      CREDIT_NOTE,
      without(officialCreditNote(), 'customization_id', 'numbering_range_id'),
    );
    const debit = validate(
      DEBIT_NOTE,
      without(officialDebitNote(), 'customization_id', 'numbering_range_id'),
    );
    expect(credit.ok && [credit.request.operationType, credit.range.id]).toEqual(['20', 1776]);
    expect(
      debit.ok && [debit.request.document, debit.request.operationType, debit.range.id],
    ).toEqual(['92', '30', 1777]);
  });

  it('takes correction concepts 1-6 for credit notes and 1-4 for debit notes; required', () => {
    for (const code of ['1', '2', '3', '4', '5', '6', 6]) {
      expect(
        validate(CREDIT_NOTE, { ...officialCreditNote(), correction_concept_code: code }).ok,
      ).toBe(true);
    }
    for (const code of ['1', '2', '3', '4']) {
      expect(
        validate(DEBIT_NOTE, { ...officialDebitNote(), correction_concept_code: code }).ok,
      ).toBe(true);
    }
    const invalid = (field: string) => ({ [field]: [`El campo ${field} es inválido.`] });
    expect(
      errorsOf(CREDIT_NOTE, { ...officialCreditNote(), correction_concept_code: '7' }),
    ).toEqual(invalid('correction_concept_code'));
    expect(errorsOf(DEBIT_NOTE, { ...officialDebitNote(), correction_concept_code: '5' })).toEqual(
      invalid('correction_concept_code'),
    );
    expect(errorsOf(CREDIT_NOTE, without(officialCreditNote(), 'correction_concept_code'))).toEqual(
      {
        correction_concept_code: ['El campo correction_concept_code es obligatorio.'],
      },
    );
  });

  it('takes customizations 20/22 for credit notes and 30/32 for debit notes', () => {
    expect(errorsOf(CREDIT_NOTE, { ...officialCreditNote(), customization_id: '30' })).toEqual({
      customization_id: ['El campo customization_id es inválido.'],
    });
    expect(errorsOf(DEBIT_NOTE, { ...officialDebitNote(), customization_id: '20' })).toEqual({
      customization_id: ['El campo customization_id es inválido.'],
    });
    expect(validate(CREDIT_NOTE, noteWithoutReference(officialCreditNote(), '22')).ok).toBe(true);
    expect(validate(DEBIT_NOTE, noteWithoutReference(officialDebitNote(), '32')).ok).toBe(true);
  });

  it('requires bill_number with reference, naming a validated invoice of the company', () => {
    expect(errorsOf(DEBIT_NOTE, without(officialDebitNote(), 'bill_number'))).toEqual({
      bill_number: ['El campo bill_number es obligatorio cuando customization_id es 30.'],
    });
    expect(errorsOf(CREDIT_NOTE, officialCreditNote('N', 'SETP990000002'))).toEqual({
      bill_number: ['El campo bill_number es inválido.'],
    });
    expect(errorsOf(CREDIT_NOTE, officialCreditNote(), [])).toEqual({
      bill_number: ['El campo bill_number es inválido.'],
    });
    for (const status of ['pending', 'rejected'] as const) {
      expect(errorsOf(CREDIT_NOTE, officialCreditNote(), [storedInvoice(status)])).toEqual({
        bill_number: [
          `La factura ${BILL_NUMBER} del campo bill_number no ha sido validada por la DIAN.`,
        ],
      });
    }
  });

  it('ignores bill_number without reference (22 / 32)', () => {
    const body = { ...noteWithoutReference(officialCreditNote(), '22'), bill_number: 'NOPE' };
    const result = validate(CREDIT_NOTE, body, []);
    expect(result.ok && result.note).toEqual({ correctionConceptCode: '2', bill: null });
  });

  it('requires billing_period without reference (22 / 32), and validates it when sent', () => {
    const credit = without(noteWithoutReference(officialCreditNote(), '22'), 'billing_period');
    expect(errorsOf(CREDIT_NOTE, credit)).toEqual({
      billing_period: ['El campo billing_period es obligatorio cuando customization_id es 22.'],
    });
    const debit = without(noteWithoutReference(officialDebitNote(), '32'), 'billing_period');
    expect(errorsOf(DEBIT_NOTE, debit)).toEqual({
      billing_period: ['El campo billing_period es obligatorio cuando customization_id es 32.'],
    });
    const bad = {
      ...debit,
      billing_period: { start_date: '2026-04-30', end_date: '2026-04-01' },
    };
    expect(errorsOf(DEBIT_NOTE, bad)).toEqual({
      'billing_period.end_date': [
        'El campo fecha de fin debe ser una fecha posterior a fecha de inicio.',
      ],
    });
  });

  it("takes the referenced invoice's customer when the note omits it", () => {
    const result = validate(CREDIT_NOTE, without(officialCreditNote(), 'customer'));
    expect(result.ok && result.request.customer).toEqual(storedInvoice().request.customer);
    // The copy is the note's own: changing it does not change the invoice.
    const invoice = storedInvoice();
    const copy = validate(CREDIT_NOTE, without(officialCreditNote(), 'customer'), [invoice]);
    if (copy.ok) copy.request.customer.responsibilities.push('O-13');
    expect(invoice.request.customer.responsibilities).toEqual(['R-99-PN']);
  });

  it("validates a sent customer as an invoice's; without reference it is required", () => {
    const body = officialCreditNote();
    body.customer = { ...(body.customer as JsonBody), dv: '1' };
    expect(errorsOf(CREDIT_NOTE, body)).toEqual({
      'customer.dv': ['El campo customer.dv es inválido.'],
    });
    const bare = without(noteWithoutReference(officialDebitNote(), '32'), 'customer');
    expect(errorsOf(DEBIT_NOTE, bare)).toEqual({
      customer: ['El campo customer es obligatorio cuando customization_id es 32.'],
    });
    // With an unknown invoice and no customer, only bill_number is reported.
    expect(errorsOf(CREDIT_NOTE, without(officialCreditNote(), 'customer'), [])).toEqual({
      bill_number: ['El campo bill_number es inválido.'],
    });
  });

  it("uses the note's ranges, limits and wording", () => {
    expect(errorsOf(CREDIT_NOTE, { ...officialCreditNote(), numbering_range_id: 389 })).toEqual({
      numbering_range_id: ['El campo id rango de numeración es inválido.'],
    });
    expect(errorsOf(DEBIT_NOTE, { ...officialDebitNote(), numbering_range_id: 1776 })).toEqual({
      numbering_range_id: ['El campo id rango de numeración es inválido.'],
    });
    const ranges = new NumberingRanges(() => NOW);
    ranges.byId(SEEDED_RANGE_IDS.creditNote)!.isActive = false;
    const inactive = validateDocument(
      CREDIT_NOTE,
      without(officialCreditNote(), 'numbering_range_id'),
      { ...context([storedInvoice()]), ranges },
    );
    expect(!inactive.ok && inactive.errors).toEqual({
      numbering_range_id: ['No se encontró un rango de numeración activo para notas crédito.'],
    });

    // Notes and invoices allow 500 characters of observation (the newest v2 pages).
    expect(
      validate(CREDIT_NOTE, { ...officialCreditNote(), observation: 'x'.repeat(500) }).ok,
    ).toBe(true);
    expect(
      errorsOf(CREDIT_NOTE, { ...officialCreditNote(), observation: 'x'.repeat(501) }),
    ).toEqual({ observation: ['El campo observation no debe ser mayor que 500 caracteres.'] });
    expect(validateBill({ ...officialBill(), observation: 'x'.repeat(500) }, context()).ok).toBe(
      true,
    );

    const unpaid = officialDebitNote();
    unpaid.payment_details = [{ payment_form: '1', payment_method_code: '10', amount: '1000' }];
    expect(errorsOf(DEBIT_NOTE, unpaid).payment_details).toEqual([
      'La suma de los montos de payment_details (1000.00) debe ser igual al total de la nota ' +
        'débito (83300.00) más cash_rounding_amount (0.00): 83300.00.',
    ]);
  });

  it('reads no invoice-only field on a note', () => {
    const body = {
      ...officialCreditNote(),
      document: '99',
      operation_type: 'ZZ',
      prepayment_details: 'nope',
      order_reference: 7,
      related_documents: 'nope',
    };
    const result = validate(CREDIT_NOTE, body);
    expect(result.ok && result.request).toMatchObject({
      document: '91',
      operationType: '20',
      prepaymentDetails: [],
      orderReference: null,
      relatedDocuments: [],
    });
  });
});
