import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { aDraft } from '../../documents/domain/testing/document-draft.builder';
import type { NoteDraft } from './note-draft';
import type { NoteKind } from './note-kind';
import { validateNoteDraft } from './note-rules';

const catalog = new DianCatalog();
const TODAY = '2026-11-27';

function aNote(overrides: Partial<NoteDraft> = {}): NoteDraft {
  const {
    document: _d,
    operationType: _o,
    relatedDocuments: _r,
    ...invoice
  } = aDraft({ referenceCode: 'NC-1' });
  return { ...invoice, correctionConceptCode: '2', billNumber: 'SETP990000001', ...overrides };
}

const errorsOf = (draft: NoteDraft, kind: NoteKind = 'credit') =>
  validateNoteDraft(draft, kind, { today: TODAY, catalog }).errors;

describe('validateNoteDraft', () => {
  it('accepts the invoice example as a void (credit concept 2) of an invoice', () => {
    expect(errorsOf(aNote())).toEqual([]);
  });

  it('accepts a note without customer: Factus takes the invoice’s', () => {
    expect(errorsOf(aNote({ customer: undefined }))).toEqual([]);
  });

  it.each<[NoteKind, string, boolean]>([
    ['credit', '6', true],
    ['credit', '7', false],
    ['debit', '4', true],
    ['debit', '5', false],
    ['debit', '6', false],
  ])('checks %s note concept %s against its own table', (kind, concept, ok) => {
    const errors = errorsOf(aNote({ correctionConceptCode: concept }), kind);
    expect(errors.some((e) => e.field === 'correctionConceptCode')).toBe(!ok);
  });

  it.each<[NoteKind, string]>([
    ['credit', '30'],
    ['debit', '20'],
    ['credit', '99'],
  ])('refuses a %s note with customization %s', (kind, customizationId) => {
    const errors = errorsOf(aNote({ customizationId, correctionConceptCode: '1' }), kind);
    expect(errors).toEqual([expect.objectContaining({ field: 'customizationId' })]);
  });

  it('requires billNumber when the note references an invoice (20 / 30, the default)', () => {
    expect(errorsOf(aNote({ billNumber: undefined }))).toEqual([
      { field: 'billNumber', message: expect.stringContaining('customizationId is 20') },
    ]);
    expect(errorsOf(aNote({ billNumber: undefined, correctionConceptCode: '1' }), 'debit')).toEqual(
      [{ field: 'billNumber', message: expect.stringContaining('customizationId is 30') }],
    );
  });

  it('requires billingPeriod and customer without a referenced invoice (22 / 32)', () => {
    const errors = errorsOf(
      aNote({ customizationId: '22', billNumber: undefined, customer: undefined }),
    );
    expect(errors.map((e) => e.field).sort()).toEqual(['billingPeriod', 'customer']);
    const fine = errorsOf(
      aNote({
        customizationId: '32',
        correctionConceptCode: '4',
        billNumber: undefined,
        billingPeriod: { startDate: '2026-11-01', endDate: '2026-11-30' },
      }),
      'debit',
    );
    expect(fine).toEqual([]);
  });

  it('allows 500 characters of observation, not 501', () => {
    expect(errorsOf(aNote({ observation: 'x'.repeat(500) }))).toEqual([]);
    expect(errorsOf(aNote({ observation: 'x'.repeat(501) }))).toEqual([
      expect.objectContaining({ field: 'observation' }),
    ]);
  });

  it('keeps every invoice rule, reported together with the note rules', () => {
    const base = aNote();
    const errors = errorsOf({
      ...base,
      correctionConceptCode: '9',
      customer: { ...base.customer!, dv: '3' },
    });
    expect(errors.map((e) => e.field).sort()).toEqual(['correctionConceptCode', 'customer.dv']);
  });
});
