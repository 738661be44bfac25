import { Dec } from '../../../common/domain/decimal';
import type { Customer, DocumentDraft, DocumentItem, ItemTax } from '../document-draft';

/** A draft with its customer, as invoices always have one. */
export type TestDraft = DocumentDraft & { customer: Customer };

/** Test helper: a decimal from a literal. */
export const dec = (value: string | number): Dec => new Dec(value);

export const iva = (rate: string | number = 19): ItemTax => ({ code: '01', rate: dec(rate) });
export const inc = (rate: string | number = 8): ItemTax => ({ code: '04', rate: dec(rate) });
export const excluded = (): ItemTax => ({ isExcluded: true });

/** An item of the official v2 example: one unit at 10000.00 with IVA 19 %. */
export function anItem(overrides: Partial<DocumentItem> = {}): DocumentItem {
  return {
    codeReference: 'PROD-000A',
    name: 'Producto A',
    quantity: dec('1.00'),
    discountRate: dec('0.00'),
    price: dec('10000.00'),
    unitMeasureCode: '94',
    standardCode: '999',
    taxes: [iva()],
    ...overrides,
  };
}

/**
 * The official Factus v2 request example (factus-api.md §3.5): 1 × 10000.00 and 3 × 20000.00 with
 * IVA 19 %, paid 83300 in one cash payment, to a legal-person NIT customer in San Gil.
 */
export function aDraft(overrides: Partial<TestDraft> = {}): TestDraft {
  return {
    referenceCode: 'FACT-2026-0124',
    document: '01',
    numberingRangeId: 389,
    operationType: '10',
    observation: 'Observación de prueba',
    paymentDetails: [
      {
        paymentForm: '1',
        paymentMethodCode: '42',
        referenceCode: 'pago-001',
        amount: dec('83300'),
      },
    ],
    cashRoundingAmount: dec('0.00'),
    customer: {
      identificationDocumentCode: '31',
      identification: '123456789',
      company: 'Alan company name',
      tradeName: 'Alan trade name',
      address: 'calle 1 # 1-1',
      email: 'alan.company@email.com',
      phone: '1234567890',
      legalOrganizationCode: '1',
      tributeCode: 'ZZ',
      countryCode: 'CO',
      responsibilities: ['R-99-PN'],
      municipalityCode: '68679',
    },
    items: [
      anItem(),
      anItem({
        codeReference: 'PROD-000B',
        name: 'Producto B',
        quantity: dec('3.00'),
        price: dec('20000.00'),
      }),
    ],
    ...overrides,
  };
}
