import { FactusBadResponseError } from '../../factus/factus.errors';
import { parseFactusAnswer } from '../../factus/wire';
import { DOCUMENT_LIST_ANSWER } from './factus-document.answer';
import { toPage } from './factus-document-list';

const ROW = {
  number: 'SETP1',
  reference_code: 'R1',
  total: '90000.00',
  status: 1,
  names: 'Alan Turing',
  created_at: '17-07-2024 03:54:10 PM',
  errors: ['Regla: FAJ43b, Notificación: x'],
};
const FILTER = { page: 1, perPage: 10 };
const read = (data: unknown) =>
  toPage(parseFactusAnswer(DOCUMENT_LIST_ANSWER, { data }, 'GET /v2/bills').data, FILTER);

describe('a Factus document list page', () => {
  it('maps a row and Factus pagination', () => {
    const page = read({
      data: [ROW],
      pagination: { total: '31', per_page: 10, current_page: '2', last_page: 4 },
    });
    expect(page.data[0]).toMatchObject({
      number: 'SETP1',
      status: 'validated',
      customerName: 'Alan Turing',
    });
    expect(page.data[0].total.toFixed(2)).toBe('90000.00');
    expect(page.data[0].createdAt?.toISOString()).toBe('2024-07-17T20:54:10.000Z');
    expect(page).toMatchObject({ page: 2, perPage: 10, total: 31, lastPage: 4 });
  });

  it('fills pagination Factus left out from the rows and the filter', () => {
    expect(read({ data: [ROW, { ...ROW, number: 'SETP2' }] })).toMatchObject({
      page: 1,
      perPage: 10,
      total: 2,
      lastPage: 1,
    });
  });

  it('reads the documented v2 row: the party nested, errors as an array, booleans, validated_at', () => {
    // notas-ajuste-documentos-soporte/ver-y-filtrar.md, the only v2 list example.
    const nested = {
      api_client_name: 'test-oscar',
      number: 'NA1',
      reference_code: '2fca4b6c',
      provider: {
        identification_document: { code: '31', name: 'NIT' },
        identification: '2343543',
        dv: '7',
        trade_name: null,
        names: 'Pepito Perez',
        email: null,
      },
      total: '100000.00',
      errors: ['Regla: NSAX04, Notificación: No se encuentra el grupo TaxSubtotal'],
      send_email: false,
      is_validated: true,
      validated_at: '06-05-2026 11:44:12 AM',
      created_at: '06-05-2026 11:44:11 AM',
    };
    const customer = { ...nested, provider: undefined, customer: nested.provider };
    for (const row of [nested, customer]) {
      const [summary] = read({ data: [row] }).data;
      expect(summary).toMatchObject({
        number: 'NA1',
        status: 'validated',
        identification: '2343543',
        customerName: 'Pepito Perez',
        dianMessages: [
          { rule: 'NSAX04', kind: 'notice', message: 'No se encuentra el grupo TaxSubtotal' },
        ],
      });
      expect(summary.validatedAt?.toISOString()).toBe('2026-05-06T16:44:12.000Z');
    }
  });

  it('refuses a row whose total is not an amount, naming it', () => {
    expect(() => read({ data: [{ ...ROW, total: 'abc' }] })).toThrow(FactusBadResponseError);
    expect(() => read({ data: [{ ...ROW, total: 'abc' }] })).toThrow(
      'data.data[0].total is not an amount',
    );
  });
});
