/**
 * Complete request bodies for Swagger UI's "Try it out". Each one is valid as it stands (its
 * payments add up to its total), so a newcomer's first click issues an invoice.
 */
export const CREATE_INVOICE_EXAMPLES = {
  official: {
    summary: "Factus's own v2 example: two lines with IVA 19 %, total 83 300",
    value: {
      referenceCode: 'FACT-2026-0124',
      numberingRangeId: 389,
      observation: 'Observación de prueba',
      paymentDetails: [
        {
          paymentForm: '1',
          paymentMethodCode: '42',
          referenceCode: 'pago-001',
          amount: '83300.00',
        },
      ],
      customer: {
        identificationDocumentCode: '31',
        identification: '900825759',
        company: 'HALLTEC S.A.S.',
        address: 'Calle 1 # 1-1',
        email: 'facturacion@cliente.co',
        phone: '1234567890',
        legalOrganizationCode: '1',
        tributeCode: 'ZZ',
        countryCode: 'CO',
        municipalityCode: '68679',
        responsibilities: ['R-99-PN'],
      },
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
  consumerOnCredit: {
    summary: 'A natural person on credit: one taxed line, one excluded line, a tip',
    value: {
      referenceCode: 'FACT-2026-0125',
      paymentDetails: [
        { paymentForm: '2', paymentMethodCode: '47', amount: '67650.00', dueDate: '2030-12-31' },
      ],
      customer: {
        identificationDocumentCode: '13',
        identification: '1234567890',
        names: 'Alan Turing',
        email: 'alan@example.com',
        legalOrganizationCode: '2',
        municipalityCode: '11001',
      },
      items: [
        {
          codeReference: 'SERV-01',
          name: 'Servicio de consultoría',
          quantity: '1.00',
          price: '50000.00',
          discountRate: '10.00',
          unitMeasureCode: '94',
          standardCode: '999',
          taxes: [{ code: '01', rate: '19.00' }],
        },
        {
          codeReference: 'LIB-01',
          name: 'Libro',
          quantity: '1.00',
          price: '10000.00',
          unitMeasureCode: '94',
          standardCode: '999',
          taxes: [{ isExcluded: true }],
        },
      ],
      allowanceCharges: [
        {
          conceptType: '03',
          isSurcharge: true,
          reason: 'Propina',
          baseAmount: '45000.00',
          amount: '4100.00',
        },
      ],
    },
  },
};
