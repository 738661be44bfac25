import type { ProviderSession } from '../../auth/domain/provider-session';
import type { DocumentGateway } from '../../documents/domain/document-gateway.port';
import type { IssuedDocument } from '../../documents/domain/issued-document';
import type { InvoiceRadianGateway } from '../domain/invoice-radian-gateway.port';
import type { RadianEvent, RadianPerson } from '../domain/radian-event';
import { RadianEventNotAllowedError, ReceivedInvoiceNotFoundError } from '../domain/radian.errors';
import type { ReceivedInvoice } from '../domain/received-invoice';
import type { ReceivedInvoiceGateway } from '../domain/received-invoice-gateway.port';
import { AcceptInvoiceTacitlyUseCase } from './accept-invoice-tacitly.use-case';
import { EmitReceivedInvoiceEventUseCase } from './emit-received-invoice-event.use-case';

const SESSION: ProviderSession = { accessToken: 't', accountKey: 'k' };
const PERSON: RadianPerson = {
  identificationDocumentCode: '13',
  identification: '1',
  firstName: 'A',
  lastName: 'B',
};
const event = (code: string, effectiveDate: string): RadianEvent => ({
  number: `AP${code}`,
  cude: 'c',
  code,
  name: code,
  effectiveDate,
});

class FakeInvoiceRadian implements InvoiceRadianGateway {
  emitted: string[] = [];
  constructor(private readonly registered: RadianEvent[]) {}
  events(): Promise<RadianEvent[]> {
    return Promise.resolve(this.registered);
  }
  emitTacitAcceptance(number: string): Promise<RadianEvent[]> {
    this.emitted.push(number);
    return Promise.resolve([...this.registered, event('034', '2026-12-11')]);
  }
}

const invoiceWithPaymentForm = (code: string): Pick<DocumentGateway, 'get'> => ({
  get: <T extends IssuedDocument>() =>
    Promise.resolve({ paymentDetails: [{ paymentForm: { code, name: code } }] } as unknown as T),
});

describe('AcceptInvoiceTacitlyUseCase', () => {
  const received = [event('030', '2026-12-03'), event('032', '2026-12-04')];
  // The term of a 032 of Friday 4 December ends on Thursday 10 (Tuesday 8 is a holiday).
  const at = (iso: string) => ({ now: () => new Date(iso) });

  it('sends the 034 once the term is over', async () => {
    const radian = new FakeInvoiceRadian(received);
    const useCase = new AcceptInvoiceTacitlyUseCase(
      radian,
      invoiceWithPaymentForm('2'),
      at('2026-12-11T15:00:00Z'),
    );
    const events = await useCase.execute('SETP1', PERSON, SESSION);
    expect(radian.emitted).toEqual(['SETP1']);
    expect(events.map((e) => e.code)).toEqual(['030', '032', '034']);
  });

  it('refuses before the term is over, and cash invoices, sending nothing', async () => {
    const radian = new FakeInvoiceRadian(received);
    // 04:00Z on the 11th is still the 10th in Bogotá.
    const early = new AcceptInvoiceTacitlyUseCase(
      radian,
      invoiceWithPaymentForm('2'),
      at('2026-12-11T04:00:00Z'),
    );
    await expect(early.execute('SETP1', PERSON, SESSION)).rejects.toThrow(
      'possible from 2026-12-11',
    );
    const cash = new AcceptInvoiceTacitlyUseCase(
      radian,
      invoiceWithPaymentForm('1'),
      at('2027-01-30T15:00:00Z'),
    );
    await expect(cash.execute('SETP1', PERSON, SESSION)).rejects.toBeInstanceOf(
      RadianEventNotAllowedError,
    );
    expect(radian.emitted).toEqual([]);
  });
});

describe('AcceptInvoiceTacitlyUseCase on a fake clock, around the year end', () => {
  // 032 on Wed 30 Dec 2026: Thu 31, (Fri 1 Jan Año Nuevo, weekend) Mon 4, Tue 5 → from Wed 6 Jan.
  const received = [event('030', '2026-12-29'), event('032', '2026-12-30')];
  const at = (iso: string) => ({ now: () => new Date(iso) });

  it.each([
    ['2027-01-06T04:59:59Z', false], // 23:59:59 of Tue 5 Jan in Bogotá: the term's last day
    ['2027-01-06T05:00:00Z', true], // midnight of Wed 6 Jan in Bogotá
  ] as const)('at %s the 034 is sent: %s', async (now, sent) => {
    const radian = new FakeInvoiceRadian(received);
    const useCase = new AcceptInvoiceTacitlyUseCase(radian, invoiceWithPaymentForm('2'), at(now));
    const outcome = await useCase.execute('SETP1', PERSON, SESSION).then(
      () => 'sent',
      (error: Error) => error.message,
    );
    if (sent) expect(outcome).toBe('sent');
    else expect(outcome).toContain('possible from 2027-01-06');
    expect(radian.emitted).toEqual(sent ? ['SETP1'] : []);
  });
});

class FakeReceived implements ReceivedInvoiceGateway {
  emitted: string[] = [];
  constructor(private readonly invoice?: Partial<ReceivedInvoice>) {}
  upload(): Promise<ReceivedInvoice> {
    throw new Error('not used');
  }
  list(): Promise<never> {
    throw new Error('not used');
  }
  find(): Promise<ReceivedInvoice | undefined> {
    return Promise.resolve(this.invoice as ReceivedInvoice | undefined);
  }
  emitEvent(id: string, code: string): Promise<RadianEvent[]> {
    this.emitted.push(code);
    return Promise.resolve([event(code, '2026-12-01')]);
  }
}

describe('EmitReceivedInvoiceEventUseCase', () => {
  it("checks DIAN's order from the invoice's events before sending", async () => {
    const gateway = new FakeReceived({
      id: 'r1',
      hasClaim: false,
      events: [event('030', '2026-12-01')],
    });
    const useCase = new EmitReceivedInvoiceEventUseCase(gateway);
    await expect(useCase.execute('r1', '033', { person: PERSON }, SESSION)).rejects.toThrow(
      '(032)',
    );
    await useCase.execute('r1', '032', { person: PERSON }, SESSION);
    expect(gateway.emitted).toEqual(['032']);
  });

  it('without events in the row, refuses only what has_claim rules out', async () => {
    const gateway = new FakeReceived({ id: 'r1', hasClaim: true, events: undefined });
    const useCase = new EmitReceivedInvoiceEventUseCase(gateway);
    await expect(useCase.execute('r1', '033', { person: PERSON }, SESSION)).rejects.toThrow(
      'claimed',
    );
    await useCase.execute('r1', '030', { person: PERSON }, SESSION);
    expect(gateway.emitted).toEqual(['030']);
  });

  it('answers not found for an unknown id', async () => {
    const useCase = new EmitReceivedInvoiceEventUseCase(new FakeReceived(undefined));
    await expect(useCase.execute('x', '030', { person: PERSON }, SESSION)).rejects.toBeInstanceOf(
      ReceivedInvoiceNotFoundError,
    );
  });
});
