import { Dec } from '../../common/domain/decimal';
import {
  factusAdjustmentNoteSchema,
  factusSupportDocumentSchema,
} from './factus-support-document.answer';
import {
  fromFactusAdjustmentNote,
  fromFactusSupportDocument,
  toFactusAdjustmentNoteRequest,
  toFactusSupportDocumentRequest,
} from './factus-support-document.mapper';

/** The `data` of the official adjustment-note answer (notas-ajuste-documentos-soporte/ver). */
const OFFICIAL_NOTE = {
  reference_code: '2fca4b6c-638c-4bd9-bbb2-7981f99a05ba',
  number: 'NA1',
  payment_details: [
    {
      payment_form: { code: '1', name: 'Pago de contado' },
      payment_method: { code: '42', name: 'Consignación' },
      reference_code: 'pago-002',
      amount: '100000.00',
      due_date: null,
    },
  ],
  correction_concept: { code: '5', name: 'Otros' },
  is_validated: true,
  validated_at: '06-05-2026 11:44:12 AM',
  errors: [
    'Regla: NSAX04, Notificación: No se encuentra el grupo TaxSubtotal',
    'Regla: NSAJ43b, Notificación: Nombre informado No corresponde al registrado en el RUT con respecto al Nit suminstrado.',
  ],
  observation: null,
  created_at: '06-05-2026 11:44:11 AM',
  provider: {
    identification_document: { code: '31', name: 'NIT' },
    identification: '2343543',
    dv: '7',
    graphic_representation_name: 'Pepito Perez',
    trade_name: null,
    names: 'Pepito Perez',
    address: 'calle 4',
    email: null,
    phone: null,
    legal_organization: { code: '2', name: 'Persona Natural' },
    tribute: { code: 'ZZ', name: 'No aplica' },
    municipality: { code: '68679', name: 'San Gil', department: { code: '68', name: 'Santander' } },
  },
  items: [
    {
      code_reference: '12345',
      name: 'producto de prueba',
      quantity: '2.00',
      unit_measure: { code: '94', name: 'unidad' },
      standard_code: { code: '999', name: 'Estándar de adopción del contribuyente' },
      discount_rate: '0.00',
      discount: '0.00',
      gross_value: '50000.00',
      withholding_taxes: [
        {
          tribute_code: '06',
          name: 'ReteRenta',
          value: '3500.00',
          rates: [{ code: '06', name: 'ReteRenta', rate: '3.50' }],
        },
      ],
      price: '50000.00',
      total: '100000.00',
    },
  ],
  withholding_taxes: [{ tribute_code: '06', name: 'ReteRenta', value: '3500.00' }],
  totals: { gross_amount: '100000.00', total: '100000.00' },
  cuds: '8cd9bd7c00cbcb0c9cc9e4299eb605efc324a2748d12abc10201bc043ed5446465abe9c94e9bd4479bb7cd09c1fcc651',
  support_document: {
    reference_code: '0e3579fa-207b-4d23-8858-465022677321',
    number: 'SEDS984000004',
    cuds: '174d8d1a07a4d03bfd5c4cc6ddfc7b8abd247f959530b0fb4b9906e6eb3ed77f0918b2ea944806018168d57a7740c046',
  },
  links: { qr: 'https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=8cd9' },
};

describe('Factus support-document and adjustment-note mapping', () => {
  it('reads the official adjustment-note answer: provider, CUDS, withholdings, its support document', () => {
    const note = fromFactusAdjustmentNote(factusAdjustmentNoteSchema.parse(OFFICIAL_NOTE));
    expect(note).toMatchObject({
      number: 'NA1',
      status: 'validated',
      cuds: OFFICIAL_NOTE.cuds,
      supportDocumentNumber: 'SEDS984000004',
      supportDocumentCuds: OFFICIAL_NOTE.support_document.cuds,
      correctionConcept: { code: '5', name: 'Otros' },
      provider: { identification: '2343543', dv: '7', names: 'Pepito Perez' },
    });
    expect(note.totals.total.toFixed(2)).toBe('100000.00');
    expect(note.withholdingTaxes.map((w) => [w.code, w.name, w.value.toFixed(2)])).toEqual([
      ['06', 'ReteRenta', '3500.00'],
    ]);
    expect(note.dianMessages.map((m) => [m.rule, m.kind])).toEqual([
      ['NSAX04', 'notice'],
      ['NSAJ43b', 'notice'],
    ]);
  });

  it('reads a support document with bill-style withholdings ({tribute, value})', () => {
    const document = fromFactusSupportDocument(
      factusSupportDocumentSchema.parse({
        ...OFFICIAL_NOTE,
        number: 'SEDS984000004',
        withholding_taxes: [{ tribute: { code: '06', name: 'ReteRenta' }, value: '1400.00' }],
      }),
    );
    expect(document.withholdingTaxes).toEqual([
      { code: '06', name: 'ReteRenta', value: new Dec('1400.00') },
    ]);
  });

  it('sends provider, support_document_number and correction concept (a note has no period)', () => {
    const body = toFactusAdjustmentNoteRequest({
      referenceCode: 'NA-1',
      supportDocumentNumber: 'SEDS984000004',
      correctionConceptCode: '1',
      paymentDetails: [{ paymentForm: '1', paymentMethodCode: '42', amount: new Dec('47600') }],
      provider: {
        identificationDocumentCode: '42',
        identification: 'P-1',
        names: 'John Smith',
        address: 'London',
        countryCode: 'GB',
      },
      items: [
        {
          codeReference: '1',
          name: 'x',
          quantity: new Dec('1'),
          price: new Dec('40000'),
          unitMeasureCode: '94',
          standardCode: '999',
          taxes: [{ code: '01', rate: new Dec('19') }],
        },
      ],
    });
    expect(body).toMatchObject({
      reference_code: 'NA-1',
      support_document_number: 'SEDS984000004',
      correction_concept_code: '1',
      provider: {
        identification_document_code: '42',
        identification: 'P-1',
        names: 'John Smith',
        address: 'London',
        country_code: 'GB',
      },
      items: [{ price: '40000.00' }],
    });
    expect((body.items as object[])[0]).not.toHaveProperty('period');
    expect(body).not.toHaveProperty('customer');
    expect(body.provider).not.toHaveProperty('municipality_code');
  });

  it('sends a support document: its provider with the dv, amounts as two-decimal strings, item periods', () => {
    const body = toFactusSupportDocumentRequest({
      referenceCode: 'DS-1',
      paymentDetails: [{ paymentForm: '1', paymentMethodCode: '42', amount: new Dec('95200') }],
      provider: {
        identificationDocumentCode: '31',
        identification: '2343543',
        dv: '7',
        names: 'Pepito Perez',
        address: 'calle 4',
        countryCode: 'CO',
        municipalityCode: '68679',
      },
      items: [
        {
          codeReference: '12345',
          name: 'producto de prueba',
          quantity: new Dec('2'),
          discountRate: new Dec('20'),
          price: new Dec('50000'),
          unitMeasureCode: '94',
          standardCode: '999',
          taxes: [{ code: '01', rate: new Dec('19') }],
          withholdingTaxes: [{ code: '06', rate: new Dec('3.5') }],
          period: { generationMode: '2', startDate: '2026-11-27' },
        },
      ],
    });
    expect(body).toMatchObject({
      reference_code: 'DS-1',
      payment_details: [{ payment_form: '1', payment_method_code: '42', amount: '95200.00' }],
      provider: {
        identification_document_code: '31',
        identification: '2343543',
        dv: '7',
        country_code: 'CO',
        municipality_code: '68679',
      },
      items: [
        {
          quantity: '2.00',
          discount_rate: '20.00',
          price: '50000.00',
          taxes: [{ code: '01', rate: '19.00' }],
          withholding_taxes: [{ code: '06', rate: '3.50' }],
          period: { generation_mode: '2', start_date: '2026-11-27' },
        },
      ],
    });
    expect(body).not.toHaveProperty('customer');
  });
});
