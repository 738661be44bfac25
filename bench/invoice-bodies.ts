/*
 * Invoice bodies for the load: the same invoice in the service's camelCase and in Factus v2's
 * snake_case (what the baseline and the direct runs send). Payments add up by the rules the
 * service and Factus apply: line = round2(price × quantity), IVA 19 % = round2(line × 19 / 100),
 * total = Σ (line + IVA). Amounts are computed in integer cents, so nothing is left to floats.
 */
import { randomUUID } from 'node:crypto';

export interface Line {
  /** Unit price in cents. */
  priceCents: number;
  quantity: number;
}

/** `count` varied lines (prices with cents, quantities 1 to 5), the same on every call. */
export function invoiceLines(count: number): Line[] {
  return Array.from({ length: count }, (_, i) => ({
    priceCents: 100_000 + ((i * 7919) % 900_000) + (i % 100),
    quantity: 1 + (i % 5),
  }));
}

/** round(a / b) half away from zero, for a ≥ 0 and b > 0, in integers. */
function divRound(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

/** Σ (price × quantity + IVA 19 %) in cents. */
export function totalCents(lines: readonly Line[]): number {
  return lines.reduce((total, line) => {
    const base = line.priceCents * line.quantity;
    return total + base + divRound(base * 19, 100);
  }, 0);
}

export function money(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

export function uniqueReference(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

const CUSTOMER = {
  identificationDocumentCode: '31',
  identification: '900825759',
  company: 'Bench company',
  tradeName: 'Bench trade name',
  address: 'calle 1 # 1-1',
  email: 'bench@example.com',
  phone: '1234567890',
  legalOrganizationCode: '1',
  tributeCode: 'ZZ',
  countryCode: 'CO',
  responsibilities: ['R-99-PN'],
  municipalityCode: '68679',
};

/** `POST /api/v1/invoices` body (the service). */
export function serviceInvoice(referenceCode: string, lines: readonly Line[]) {
  return {
    referenceCode,
    document: '01',
    numberingRangeId: 389,
    operationType: '10',
    observation: 'Benchmark',
    paymentDetails: [
      { paymentForm: '1', paymentMethodCode: '42', amount: money(totalCents(lines)) },
    ],
    customer: CUSTOMER,
    items: lines.map((line, i) => ({
      codeReference: `BENCH-${i + 1}`,
      name: `Item ${i + 1}`,
      quantity: `${line.quantity}.00`,
      price: money(line.priceCents),
      unitMeasureCode: '94',
      standardCode: '999',
      taxes: [{ code: '01', rate: '19.00' }],
    })),
  };
}

/** `POST /v2/bills/validate` body (Factus v2; the baseline and direct runs). */
export function factusBill(referenceCode: string, lines: readonly Line[]) {
  return {
    reference_code: referenceCode,
    document: '01',
    numbering_range_id: 389,
    operation_type: '10',
    observation: 'Benchmark',
    payment_details: [
      { payment_form: '1', payment_method_code: '42', amount: money(totalCents(lines)) },
    ],
    customer: {
      identification_document_code: CUSTOMER.identificationDocumentCode,
      identification: CUSTOMER.identification,
      dv: '7',
      company: CUSTOMER.company,
      trade_name: CUSTOMER.tradeName,
      address: CUSTOMER.address,
      email: CUSTOMER.email,
      phone: CUSTOMER.phone,
      legal_organization_code: CUSTOMER.legalOrganizationCode,
      tribute_code: CUSTOMER.tributeCode,
      country_code: CUSTOMER.countryCode,
      municipality_code: CUSTOMER.municipalityCode,
      responsibilities: CUSTOMER.responsibilities,
    },
    items: lines.map((line, i) => ({
      code_reference: `BENCH-${i + 1}`,
      name: `Item ${i + 1}`,
      quantity: `${line.quantity}.00`,
      price: money(line.priceCents),
      unit_measure_code: '94',
      standard_code: '999',
      taxes: [{ code: '01', rate: '19.00' }],
    })),
  };
}

/** `POST /api/v1/credit-notes` body: credits one unit of the invoice's first line. */
export function serviceCreditNote(billNumber: string, referenceCode: string, line: Line) {
  const one = { priceCents: line.priceCents, quantity: 1 };
  return {
    referenceCode,
    billNumber,
    correctionConceptCode: '2',
    observation: 'Benchmark credit',
    paymentDetails: [
      { paymentForm: '1', paymentMethodCode: '42', amount: money(totalCents([one])) },
    ],
    items: [
      {
        codeReference: 'BENCH-1',
        name: 'Item 1',
        quantity: '1.00',
        price: money(one.priceCents),
        unitMeasureCode: '94',
        standardCode: '999',
        taxes: [{ code: '01', rate: '19.00' }],
      },
    ],
  };
}
