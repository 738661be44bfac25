/**
 * Complete note bodies for Swagger UI. `billNumber` must name a validated invoice of yours: issue
 * the invoice example first, then put its number here.
 */
export const CREDIT_NOTE_EXAMPLES = {
  voidInvoice: {
    summary: 'Void the whole invoice of the 83 300 example (concept 2)',
    value: {
      referenceCode: 'NC-2026-0015',
      correctionConceptCode: '2',
      billNumber: 'SETP990000001',
      paymentDetails: [{ paymentForm: '1', paymentMethodCode: '42', amount: '83300.00' }],
      items: [
        {
          codeReference: 'PROD-000A',
          name: 'Producto A',
          quantity: '1.00',
          price: '10000.00',
          unitMeasureCode: '94',
          standardCode: '999',
          taxes: [{ code: '01', rate: '19.00' }],
        },
        {
          codeReference: 'PROD-000B',
          name: 'Producto B',
          quantity: '3.00',
          price: '20000.00',
          unitMeasureCode: '94',
          standardCode: '999',
          taxes: [{ code: '01', rate: '19.00' }],
        },
      ],
    },
  },
  partialReturn: {
    summary: 'Return one unit of Producto B (concept 1)',
    value: {
      referenceCode: 'NC-2026-0016',
      correctionConceptCode: '1',
      billNumber: 'SETP990000001',
      paymentDetails: [{ paymentForm: '1', paymentMethodCode: '42', amount: '23800.00' }],
      items: [
        {
          codeReference: 'PROD-000B',
          name: 'Producto B',
          quantity: '1.00',
          price: '20000.00',
          unitMeasureCode: '94',
          standardCode: '999',
          taxes: [{ code: '01', rate: '19.00' }],
        },
      ],
    },
  },
};

export const DEBIT_NOTE_EXAMPLES = {
  interest: {
    summary: 'Charge late-payment interest on an invoice (concept 1)',
    value: {
      referenceCode: 'ND-2026-0007',
      correctionConceptCode: '1',
      billNumber: 'SETP990000001',
      paymentDetails: [{ paymentForm: '1', paymentMethodCode: '47', amount: '5950.00' }],
      items: [
        {
          codeReference: 'INT-01',
          name: 'Intereses de mora',
          quantity: '1.00',
          price: '5000.00',
          unitMeasureCode: '94',
          standardCode: '999',
          taxes: [{ code: '01', rate: '19.00' }],
        },
      ],
    },
  },
};
