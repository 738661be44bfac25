import { Dec } from '../../common/domain/decimal';
import type {} from '../domain/document-draft';
import type { TestDraft } from '../domain/testing/document-draft.builder';
import { toFactusDocumentRequest } from './factus-document-request.mapper';

describe('toFactusDocumentRequest', () => {
  it('produces the official v2 request example from our camelCase draft', () => {
    const draft: TestDraft = {
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
          amount: new Dec('83300'),
        },
      ],
      cashRoundingAmount: new Dec('0'),
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
        {
          codeReference: 'PROD-000A',
          name: 'Producto A',
          quantity: new Dec('1'),
          discountRate: new Dec('0'),
          price: new Dec('10000'),
          unitMeasureCode: '94',
          standardCode: '999',
          taxes: [{ code: '01', rate: new Dec('19') }],
        },
        {
          codeReference: 'PROD-000B',
          name: 'Producto B',
          quantity: new Dec('3'),
          discountRate: new Dec('0'),
          price: new Dec('20000'),
          unitMeasureCode: '94',
          standardCode: '999',
          taxes: [{ isExcluded: true }],
        },
      ],
    };
    expect(toFactusDocumentRequest(draft)).toEqual({
      reference_code: 'FACT-2026-0124',
      document: '01',
      numbering_range_id: 389,
      operation_type: '10',
      observation: 'Observación de prueba',
      payment_details: [
        {
          payment_form: '1',
          payment_method_code: '42',
          reference_code: 'pago-001',
          amount: '83300.00',
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
          taxes: [{ is_excluded: true }],
        },
      ],
    });
  });

  it('leaves optional objects out instead of sending them empty', () => {
    const body = toFactusDocumentRequest({
      referenceCode: 'R',
      paymentDetails: [],
      customer: {
        identificationDocumentCode: '13',
        identification: '1',
        legalOrganizationCode: '2',
        names: 'A',
      },
      items: [],
    });
    expect(Object.keys(body).sort()).toEqual([
      'customer',
      'items',
      'payment_details',
      'reference_code',
    ]);
    expect(Object.keys(body.customer ?? {}).sort()).toEqual([
      'identification',
      'identification_document_code',
      'legal_organization_code',
      'names',
    ]);
  });
});
