import { randomUUID } from 'node:crypto';

/** A unique reference per test, so that tests never see each other's documents. */
export function uniqueReference(prefix = 'E2E'): string {
  return `${prefix}-${randomUUID().slice(0, 12)}`;
}

/**
 * The official Factus v2 request example (factus-api.md §3.5) in our camelCase: two lines with
 * IVA 19 %, 70 000 + 13 300 tax = 83 300.
 */
export function officialExampleInvoice(referenceCode = uniqueReference()) {
  return {
    referenceCode,
    document: '01',
    numberingRangeId: 389,
    operationType: '10',
    observation: 'Observación de prueba',
    paymentDetails: [
      { paymentForm: '1', paymentMethodCode: '42', referenceCode: 'pago-001', amount: '83300' },
    ],
    cashRoundingAmount: '0.00',
    customer: {
      identificationDocumentCode: '31',
      identification: '900825759',
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
      {
        codeReference: 'PROD-000A',
        name: 'Producto A',
        quantity: '1.00',
        discountRate: '0.00',
        price: '10000.00',
        unitMeasureCode: '94',
        standardCode: '999',
        taxes: [{ code: '01', rate: '19.00' }],
      },
      {
        codeReference: 'PROD-000B',
        name: 'Producto B',
        quantity: 3,
        discountRate: 0,
        price: 20000,
        unitMeasureCode: '94',
        standardCode: '999',
        taxes: [{ code: '01', rate: 19 }],
      },
    ],
  };
}
