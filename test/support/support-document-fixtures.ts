import { uniqueReference } from './invoice-fixtures';

/** A resident provider (NIT 2343543, dv 7) of the official support-document example. */
export const RESIDENT_PROVIDER = {
  identificationDocumentCode: '31',
  identification: '2343543',
  names: 'Pepito Perez',
  address: 'calle 4',
  countryCode: 'CO',
  municipalityCode: '68679',
};

/**
 * The official support-document example (documentos-soporte/crear-validar) with payments that
 * add up: 2 × 50 000 at 20 % discount = 80 000, IVA 19 % = 15 200, total 95 200; ReteRenta 3.5 %
 * of 80 000 = 2 800 (it does not change the total).
 */
export function officialSupportDocument(referenceCode = uniqueReference('DS')) {
  return {
    referenceCode,
    paymentDetails: [
      { paymentForm: '1', paymentMethodCode: '42', amount: '40000.00' },
      { paymentForm: '1', paymentMethodCode: '10', amount: '55200.00' },
    ],
    provider: { ...RESIDENT_PROVIDER },
    items: [
      {
        codeReference: '12345',
        name: 'producto de prueba',
        quantity: '2.00',
        discountRate: '20.00',
        price: '50000.00',
        unitMeasureCode: '94',
        standardCode: '999',
        withholdingTaxes: [{ code: '06', rate: '3.50' }],
        taxes: [{ code: '01', rate: '19.00' }],
      },
    ],
  };
}

/** An adjustment note returning `units` of the example's line (47 600 per unit). */
export function adjustmentNote(supportDocumentNumber: string, units = 1, concept = '1') {
  const { referenceCode: _r, ...document } = officialSupportDocument();
  const total = (47600 * units).toFixed(2);
  return {
    ...document,
    referenceCode: uniqueReference('NA'),
    supportDocumentNumber,
    correctionConceptCode: concept,
    paymentDetails: [{ paymentForm: '1', paymentMethodCode: '42', amount: total }],
    items: [{ ...document.items[0], quantity: `${units}.00` }],
  };
}
