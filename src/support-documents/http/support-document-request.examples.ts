/**
 * Complete bodies for Swagger UI. The support-document example is the official one
 * (documentos-soporte/crear-validar) with its payments made to add up: its 2 × 50 000 at 20 %
 * discount plus 19 % IVA total 95 200, while the page pays 80 000.
 */
const PROVIDER = {
  identificationDocumentCode: '31',
  identification: '2343543',
  dv: '7',
  names: 'Pepito Perez',
  address: 'calle 4',
  countryCode: 'CO',
  municipalityCode: '68679',
  legalOrganizationCode: '2',
};

const LINE = {
  codeReference: '12345',
  name: 'producto de prueba',
  unitMeasureCode: '94',
  standardCode: '999',
  withholdingTaxes: [{ code: '06', rate: '3.50' }],
  taxes: [{ code: '01', rate: '19.00' }],
};

export const SUPPORT_DOCUMENT_EXAMPLES = {
  official: {
    summary: 'The official example: a resident provider (NIT), IVA and ReteRenta 3.5 %',
    value: {
      referenceCode: 'DS-2026-v2-0001',
      createdTime: '15:30:00',
      paymentDetails: [
        {
          paymentForm: '1',
          paymentMethodCode: '42',
          referenceCode: 'pago-002',
          amount: '40000.00',
        },
        {
          paymentForm: '2',
          paymentMethodCode: '10',
          referenceCode: 'pago-003',
          amount: '55200.00',
          dueDate: '2028-05-25',
        },
      ],
      provider: PROVIDER,
      items: [{ ...LINE, quantity: '2.00', discountRate: '20.00', price: '50000.00' }],
    },
  },
  nonResident: {
    summary: 'A provider abroad (foreign identification, no municipality), an excluded line',
    value: {
      referenceCode: 'DS-2026-v2-0002',
      paymentDetails: [{ paymentForm: '1', paymentMethodCode: '47', amount: '120000.00' }],
      provider: {
        identificationDocumentCode: '42',
        identification: 'P-99887766',
        names: 'John Smith',
        address: '221B Baker Street, London',
        countryCode: 'GB',
        email: 'john.smith@example.com',
      },
      items: [
        {
          codeReference: 'SRV-01',
          name: 'Consultoría remota',
          quantity: '1.00',
          price: '120000.00',
          unitMeasureCode: '94',
          standardCode: '999',
          taxes: [{ isExcluded: true }],
        },
      ],
    },
  },
};

export const ADJUSTMENT_NOTE_EXAMPLES = {
  partialReturn: {
    summary: 'Return one of the two units of the official support document (concept 1)',
    value: {
      referenceCode: 'NA-2026-v2-0005',
      supportDocumentNumber: 'SEDS984000001',
      correctionConceptCode: '1',
      paymentDetails: [{ paymentForm: '1', paymentMethodCode: '42', amount: '47600.00' }],
      provider: PROVIDER,
      items: [{ ...LINE, quantity: '1.00', discountRate: '20.00', price: '50000.00' }],
    },
  },
};
