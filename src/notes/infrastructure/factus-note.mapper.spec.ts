import { aDraft } from '../../documents/domain/testing/document-draft.builder';
import { factusNoteSchema } from './factus-note.answer';
import { fromFactusNote, toFactusNoteRequest } from './factus-note.mapper';

describe('Factus note mapping', () => {
  it('sends the bill fields plus the note fields, and no customer when the note omits it', () => {
    const {
      document: _d,
      operationType: _o,
      relatedDocuments: _r,
      ...invoice
    } = aDraft({ referenceCode: 'NOTA-2026-0015' });
    const body = toFactusNoteRequest({
      ...invoice,
      customer: undefined,
      correctionConceptCode: '2',
      customizationId: '20',
      billNumber: 'SETP990002519',
    });
    expect(body).toMatchObject({
      reference_code: 'NOTA-2026-0015',
      correction_concept_code: '2',
      customization_id: '20',
      bill_number: 'SETP990002519',
      numbering_range_id: 389,
    });
    expect(body).not.toHaveProperty('customer');
    expect((body.items as unknown[]).length).toBe(2);
  });

  it('reads a note identified by its CUDE and tied to its invoice', () => {
    const note = fromFactusNote(
      factusNoteSchema.parse({
        number: 'NC12',
        reference_code: 'NOTA-2026-0015',
        is_validated: true,
        cude: 'c'.repeat(96),
        bill_number: 'SETP990002519',
        correction_concept: { code: '2', name: 'Anulación de factura electrónica' },
        customization: { code: '20', name: 'Nota Crédito que referencia una factura electrónica' },
        errors: { CBF02: 'Regla: CBF02, Notificación: no se informó el número de la factura' },
        totals: { total: '83300.00' },
      }),
    );
    expect(note).toMatchObject({
      number: 'NC12',
      status: 'validated',
      cude: 'c'.repeat(96),
      billNumber: 'SETP990002519',
      correctionConcept: { code: '2', name: 'Anulación de factura electrónica' },
      customization: { code: '20' },
      dianMessages: [
        { rule: 'CBF02', kind: 'notice', message: 'no se informó el número de la factura' },
      ],
    });
    expect(note).not.toHaveProperty('cufe');
    expect(note.totals.total.toFixed(2)).toBe('83300.00');
  });

  it.each([
    ['bill_number', { bill_number: 'SETP990002519' }],
    ['number_bill (v1 pages)', { number_bill: 'SETP990002519' }],
    ['related_bill as a number', { related_bill: 'SETP990002519' }],
    ['related_bill as an object', { related_bill: { id: 7, number: 'SETP990002519' } }],
    ['a nested bill object', { bill: { number: 'SETP990002519', cufe: 'x' } }],
    ['a billing reference', { billing_reference: { number: 'SETP990002519' } }],
    [
      'an empty bill_number beside the nested object',
      { bill_number: '', bill: { number: 'SETP990002519' } },
    ],
  ])('reads the referenced invoice from %s', (_where, patch) => {
    const note = fromFactusNote(
      factusNoteSchema.parse({
        number: 'NC12',
        reference_code: 'N-1',
        totals: { total: '1.00' },
        ...patch,
      }),
    );
    expect(note.billNumber).toBe('SETP990002519');
  });

  it('reads payment due dates DD-MM-YYYY as YYYY-MM-DD (ISO 8601)', () => {
    const note = fromFactusNote(
      factusNoteSchema.parse({
        number: 'ND1',
        reference_code: 'N-2',
        totals: { total: '1.00' },
        payment_details: [{ amount: '1.00', due_date: '30-06-2026' }],
      }),
    );
    expect(note.paymentDetails[0].dueDate).toBe('2026-06-30');
  });
});
