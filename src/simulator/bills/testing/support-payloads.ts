import type { JsonBody } from './bill-payloads';

/**
 * The official support-document example (documentos-soporte/crear-validar) with payments that add
 * up: the page pays 80 000 for 2 × 50 000 at 20 % discount plus 19 % IVA, which total 95 200.
 */
export function officialSupportDocument(reference = 'DS-2026-v2-0001'): JsonBody {
  return {
    reference_code: reference,
    created_time: '15:30:00',
    observation: '',
    payment_details: [
      { payment_form: '1', payment_method_code: '42', reference_code: 'pago-002', amount: '40000' },
      {
        payment_form: '2',
        payment_method_code: '10',
        reference_code: 'pago-003',
        amount: '55200',
        due_date: '2026-05-25',
      },
    ],
    cash_rounding_amount: '0.00',
    provider: {
      identification_document_code: '31',
      identification: '2343543',
      dv: '7',
      names: 'Pepito Perez',
      address: 'calle 4',
      country_code: 'CO',
      municipality_code: '68679',
      legal_organization_code: '1',
    },
    items: [
      {
        code_reference: '12345',
        name: 'producto de prueba',
        quantity: '2.00',
        discount_rate: '20.00',
        price: '50000.00',
        unit_measure_code: '94',
        standard_code: '999',
        withholding_taxes: [{ code: '06', rate: '3.50' }],
        taxes: [{ code: '01', rate: '19.00' }],
      },
    ],
  };
}

/** An adjustment note returning one unit (47 600) of the example, as the official note's body. */
export function adjustmentNote(
  supportDocumentNumber: string,
  reference = 'AN-2026-v2-0005',
): JsonBody {
  const document = officialSupportDocument(reference);
  return {
    ...document,
    support_document_number: supportDocumentNumber,
    correction_concept_code: '1',
    payment_details: [{ payment_form: '1', payment_method_code: '42', amount: '47600.00' }],
    items: [{ ...(document.items as JsonBody[])[0], quantity: '1.00' }],
  };
}
