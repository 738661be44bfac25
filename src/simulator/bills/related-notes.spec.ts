import { BillingState } from '../billing-state';
import { DEMO_COMPANY } from '../company/simulator-company';
import { SimulatorState } from '../core/simulator-state';
import { issueDocument, IssueContext } from './bill-issuer';
import { billView, documentView } from './bill-view';
import { BILL, CREDIT_NOTE, DEBIT_NOTE, DocumentKind } from './document-kind';
import { officialBill } from './testing/bill-payloads';
import { officialCreditNote, officialDebitNote } from './testing/note-payloads';
import { NO_RELATED_NOTES, relatedNotes } from './related-notes';

describe('related_notes of an invoice', () => {
  let now = Date.parse('2026-05-13T13:21:49Z');
  const billing = new BillingState(new SimulatorState(() => now));
  const context: IssueContext = {
    billing,
    company: DEMO_COMPANY,
    publicBaseUrl: 'http://simulator',
    relatedNotes: (bill) => relatedNotes(billing, bill),
  };
  const issue = (kind: DocumentKind, body: Record<string, unknown>) => {
    const response = issueDocument(kind, body, context);
    expect([201, 422]).toContain(response.status);
    now += 60_000;
  };

  beforeAll(() => {
    issue(BILL, officialBill('FV-1'));
    issue(BILL, officialBill('FV-2'));
    issue(CREDIT_NOTE, officialCreditNote('NC-A'));
    billing.dian.enqueue({ outcome: 'rejected', rule: 'CAJ43b', message: 'x' });
    issue(DEBIT_NOTE, officialDebitNote('ND-A'));
    issue(CREDIT_NOTE, officialCreditNote('NC-OTHER', 'SETP990000002'));
    billing.dian.enqueue({ outcome: 'pending' });
    issue(CREDIT_NOTE, { ...officialCreditNote('NC-B'), correction_concept_code: '5' });
  });

  it('lists the notes referencing the invoice, oldest first, pending and rejected ones not validated', () => {
    const bill = billing.bills.byNumber(DEMO_COMPANY.id, 'SETP990000001')!;
    expect(relatedNotes(billing, bill)).toEqual({
      credit_notes: [
        {
          number: 'NC1',
          reference_code: 'NC-A',
          total: '83300.00',
          is_validated: true,
          correction_concept: { code: '2', name: 'Anulación de factura electrónica' },
          created_at: '13-05-2026 08:23:49 AM',
        },
        {
          number: 'NC3',
          reference_code: 'NC-B',
          total: '83300.00',
          is_validated: false,
          correction_concept: { code: '5', name: 'Descuento comercial por pronto pago' },
          created_at: '13-05-2026 08:26:49 AM',
        },
      ],
      debit_notes: [
        {
          number: 'ND1',
          reference_code: 'ND-A',
          total: '83300.00',
          is_validated: false,
          correction_concept: { code: '4', name: 'Otros' },
          created_at: '13-05-2026 08:24:49 AM',
        },
      ],
    });
  });

  it("shows them in the invoice's data, and only the invoice's own", () => {
    const other = billing.bills.byNumber(DEMO_COMPANY.id, 'SETP990000002')!;
    expect(documentView(other, context).related_notes).toEqual({
      credit_notes: [expect.objectContaining({ number: 'NC2', reference_code: 'NC-OTHER' })],
      debit_notes: [],
    });
    // Without a relatedNotes source the view says none.
    expect(billView(other, { company: DEMO_COMPANY, publicBaseUrl: 'x' }).related_notes).toEqual(
      NO_RELATED_NOTES,
    );
  });

  it('drops a deleted note', () => {
    const pending = billing.creditNotes.byReference(DEMO_COMPANY.id, 'NC-B')!;
    billing.creditNotes.remove(pending);
    const bill = billing.bills.byNumber(DEMO_COMPANY.id, 'SETP990000001')!;
    expect(relatedNotes(billing, bill).credit_notes.map((n) => n.number)).toEqual(['NC1']);
  });
});
