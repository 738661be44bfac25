import request from 'supertest';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { factusDocuments } from './support/ledger-polling';
import { aFullCreditNote } from './support/ledger-notes';
import { SimulatorControl } from './support/simulator-control';
import { loginAsDemo, startTestService, TestService } from './support/test-service';

jest.setTimeout(60_000);

const STORES: Array<[string, Record<string, string>]> = [
  ['PostgreSQL', {}],
  ['the embedded PGlite', { DATABASE_URL: '' }],
];

describe.each(STORES)('Concurrent credit notes on one invoice, on %s (e2e)', (store, storeEnv) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ env: storeEnv });
  });
  afterAll(() => service?.close());

  it('ten full credit notes at once on an 83 300 invoice: one validated, nine refused with CREDIT_EXCEEDS_INVOICE_REMAINDER, one at Factus', async () => {
    const auth = await loginAsDemo(service);
    const invoice = await request(service.url)
      .post('/api/v1/invoices')
      .set(auth)
      .send(officialExampleInvoice())
      .expect(201);
    const billNumber = invoice.body.number as string;
    expect(invoice.body.totals.total).toBe('83300.00');

    const notes = Array.from({ length: 10 }, () => aFullCreditNote(billNumber));
    const answers = await Promise.all(
      notes.map((note) => request(service.url).post('/api/v1/credit-notes').set(auth).send(note)),
    );

    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(9).fill(422)]);
    const issued = answers.find((answer) => answer.status === 201)!;
    expect(issued.body).toMatchObject({ status: 'validated', billNumber });
    for (const refused of answers.filter((answer) => answer.status === 422))
      expect(refused.body).toMatchObject({
        code: 'CREDIT_EXCEEDS_INVOICE_REMAINDER',
        remaining: '0.00',
        requested: '83300.00',
      });

    const creditNotes = (
      await factusDocuments(service.simulator.url, { kind: 'credit_note' })
    ).filter((document) => document.bill_number === billNumber);
    expect(creditNotes).toEqual([expect.objectContaining({ number: issued.body.number })]);
    // The nine refused notes were never sent, not even to be refused by Factus.
    const sent = (await new SimulatorControl(service.simulator.url).requests()).filter(
      (entry) => entry.method === 'POST' && entry.path === '/v2/credit-notes/validate',
    );
    expect(sent).toHaveLength(1);
    console.log(
      `credit-note race (${store}): ${statuses.filter((s) => s === 201).length} validated, ` +
        `${statuses.filter((s) => s === 422).length} refused CREDIT_EXCEEDS_INVOICE_REMAINDER, ` +
        `${creditNotes.length} credit note(s) at Factus for ${billNumber}`,
    );
  });
});
