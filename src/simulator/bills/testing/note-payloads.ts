import { JsonBody, officialBill } from './bill-payloads';

/**
 * Factus v2 note bodies for tests, after the official examples of v2 notas-credito and
 * notas-debito/crear-y-validar: the invoice example's customer and lines (total 83300.00) with the
 * note's fields. The debit-note example's payments (100000 + 19000) do not add up to its lines'
 * 83300.00, so here the same split is scaled to the total (70000 cash + 13300 on credit).
 */
export function officialCreditNote(
  referenceCode = 'NOTA-2026-0015',
  billNumber = 'SETP990000001',
): JsonBody {
  const { customer, items } = officialBill();
  return {
    reference_code: referenceCode,
    correction_concept_code: '2',
    customization_id: '20',
    bill_number: billNumber,
    numbering_range_id: 1776,
    observation:
      'Nota crédito, ahora puedes revisar la factura y buscar el campo related_notes.credit_notes',
    payment_details: [
      { payment_form: '1', payment_method_code: '42', reference_code: 'pago-001', amount: '83300' },
    ],
    customer,
    items,
  };
}

export function officialDebitNote(
  referenceCode = 'DEBITO-2026-0617',
  billNumber = 'SETP990000001',
): JsonBody {
  const { customer, items } = officialBill();
  return {
    reference_code: referenceCode,
    correction_concept_code: '4',
    customization_id: '30',
    bill_number: billNumber,
    numbering_range_id: 1777,
    send_email: false,
    payment_details: [
      { payment_form: '1', payment_method_code: '10', reference_code: 'pago-001', amount: '70000' },
      {
        payment_form: '2',
        payment_method_code: '10',
        reference_code: 'pago-002',
        due_date: '2026-07-30',
        amount: '13300',
      },
    ],
    cash_rounding_amount: '0',
    observation: 'descripcion de prueba',
    customer,
    items,
  };
}

/** A note "sin referencia" (customization 22 credit / 32 debit): no bill, a billing period. */
export function noteWithoutReference(body: JsonBody, customizationId: '22' | '32'): JsonBody {
  const { bill_number: _billNumber, ...rest } = body;
  return {
    ...rest,
    customization_id: customizationId,
    billing_period: {
      start_date: '2026-04-01',
      start_time: '00:00:00',
      end_date: '2026-04-30',
      end_time: '23:59:59',
    },
  };
}
