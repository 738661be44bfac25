/**
 * Factus v2 request bodies for tests: the official "Factura de venta" example of
 * v2 facturas/crear-y-validar (total 83300.00), the cash-rounding example (260564.81) and the
 * self-withholding example of facturas/ejemplos/estandar-autorrentenciones (1190000.00).
 */
export type JsonBody = Record<string, unknown>;

export function officialBill(referenceCode = 'FACT-2026-0124'): JsonBody {
  return {
    reference_code: referenceCode,
    document: '01',
    numbering_range_id: 389,
    operation_type: '10',
    observation: 'Observación de prueba',
    payment_details: [
      { payment_form: '1', payment_method_code: '42', reference_code: 'pago-001', amount: '83300' },
    ],
    cash_rounding_amount: '0.00',
    customer: {
      identification_document_code: '31',
      identification: '123456789',
      company: 'Alan company name',
      trade_name: 'Alan trade name',
      address: 'calle 1 # 1-1',
      email: 'alan.company@email.com',
      phone: '1234567890',
      legal_organization_code: '1',
      tribute_code: 'ZZ',
      country_code: 'CO',
      responsibilities: ['R-99-PN'],
      municipality_code: '68679',
    },
    items: [
      {
        code_reference: 'PROD-000A',
        name: 'Producto A',
        quantity: '1.00',
        discount_rate: '0.00',
        price: '10000.00',
        unit_measure_code: '94',
        standard_code: '999',
        taxes: [{ code: '01', rate: '19.00' }],
      },
      {
        code_reference: 'PROD-000B',
        name: 'Producto B',
        quantity: '3.00',
        discount_rate: '0.00',
        price: '20000.00',
        unit_measure_code: '94',
        standard_code: '999',
        taxes: [{ code: '01', rate: '19.00' }],
      },
    ],
  };
}

/**
 * The "Informar autorretenciones" example: one line of 1000000.00 with IVA 19 % and the
 * self-withholdings ReteIVA (05) at 2.00 and ReteRenta (06) at 4.00. It is paid 1190000,
 * the total before withholdings: self-withholdings do not change what the customer pays.
 */
export function selfWithholdingBill(referenceCode = 'FACT-2026-0131'): JsonBody {
  return {
    reference_code: referenceCode,
    document: '01',
    numbering_range_id: 389,
    operation_type: '10',
    observation: 'Observación de factura con autorretenciones',
    payment_details: [
      {
        payment_form: '1',
        payment_method_code: '47',
        reference_code: 'pago-001',
        amount: '1190000',
      },
    ],
    cash_rounding_amount: '0.00',
    customer: {
      identification_document_code: '31',
      identification: '123456789',
      company: 'Alan company name',
      trade_name: 'Alan trade name',
      address: 'calle 1 # 1-1',
      email: 'alan.company@email.com',
      phone: '1234567890',
      legal_organization_code: '1',
      tribute_code: 'ZZ',
      municipality_code: '68679',
    },
    items: [
      {
        code_reference: 'PROD-000A',
        name: 'Producto A',
        quantity: '1.00',
        discount_rate: '0.00',
        price: '1000000.00',
        unit_measure_code: '94',
        standard_code: '999',
        taxes: [{ code: '01', rate: '19.00' }],
        withholding_taxes: [
          { code: '05', rate: '2.00' },
          { code: '06', rate: '4.00' },
        ],
      },
    ],
  };
}

export function cashRoundingBill(referenceCode = 'FACT-2026-0129'): JsonBody {
  return {
    reference_code: referenceCode,
    numbering_range_id: 389,
    payment_details: [
      {
        payment_form: 1,
        payment_method_code: '48',
        reference_code: 'REF_PAY_1962-1',
        amount: '100000',
      },
      {
        payment_form: 1,
        payment_method_code: '10',
        reference_code: 'REF_PAY_1962-1',
        amount: '160550',
      },
    ],
    cash_rounding_amount: '-14.81',
    customer: {
      identification_document_code: '13',
      identification: '222222222222',
      names: 'Consumidor Final',
      legal_organization_code: '2',
    },
    items: [
      item('P1', '175925.93', '1', '04', '8.00'),
      item('P2', '14814.81', '2', '04', '8.00'),
      item('P3', '32407.41', '1', '01', '19.00'),
    ],
  };
}

function item(code: string, price: string, quantity: string, tax: string, rate: string) {
  return {
    code_reference: code,
    name: `Producto ${code}`,
    quantity,
    price,
    unit_measure_code: '94',
    standard_code: '999',
    taxes: [{ code: tax, rate }],
  };
}
