import type { FastifyReply } from 'fastify';
import { Dec } from '../../common/domain/decimal';
import type { LedgerRecord } from '../domain/document-ledger.port';
import type { IssuedDocument } from '../domain/issued-document';
import { prefersAsync, replyWithIssueAnswer } from './issue-answer.reply';

describe('prefersAsync', () => {
  it.each([
    'respond-async',
    'RESPOND-ASYNC',
    'Respond-Async',
    'wait=5, respond-async',
    'wait=5,respond-async',
    'respond-async; foo=bar',
    ' return=minimal , respond-async ',
  ])('reads %p as asking to answer at once', (prefer) => {
    expect(prefersAsync(prefer)).toBe(true);
  });

  it.each([undefined, '', 'wait=5', 'respond-asyncx', 'x-respond-async', 'return=respond-async'])(
    'does not read %p as respond-async',
    (prefer) => {
      expect(prefersAsync(prefer)).toBe(false);
    },
  );
});

interface ReplySpy {
  statusCode: number;
  status: jest.Mock;
  header: jest.Mock;
}

function fakeReply() {
  const headers: Record<string, string> = {};
  const reply: ReplySpy = { statusCode: 0, status: jest.fn(), header: jest.fn() };
  reply.status.mockImplementation((code: number): ReplySpy => {
    reply.statusCode = code;
    return reply;
  });
  reply.header.mockImplementation((name: string, value: string): ReplySpy => {
    headers[name.toLowerCase()] = value;
    return reply;
  });
  return { reply, headers, asFastify: reply as unknown as FastifyReply };
}

const collection = {
  route: 'invoices',
  toResponse: (document: IssuedDocument, path: string) => ({ number: document.number, path }),
};

function document(status: IssuedDocument['status']): IssuedDocument {
  const zero = new Dec('0');
  return {
    number: 'SETP 990/1',
    referenceCode: 'INV-1',
    status,
    dianMessages: [],
    totals: {
      grossAmount: zero,
      taxableAmount: zero,
      taxAmount: zero,
      surchargeAmount: zero,
      prepaymentAmount: zero,
      total: zero,
    },
    customer: { identification: '1' },
    items: [],
    paymentDetails: [],
    links: {},
  };
}

const record: LedgerRecord = {
  id: '7f8c1a52-5d0e-4a57-9b7d-0a1b2c3d4e5f',
  accountKey: 'account-a',
  documentType: 'invoice',
  referenceCode: 'INV/1',
  fingerprint: 'fp',
  request: {},
  state: 'queued',
  attempts: 0,
  dianMessages: [],
  nextAttemptAt: new Date('2026-03-02T08:00:05.000Z'),
  createdAt: new Date('2026-03-02T08:00:00.000Z'),
  updatedAt: new Date('2026-03-02T08:00:00.000Z'),
};

describe('replyWithIssueAnswer', () => {
  it('answers a validated document 201 with its own Location', () => {
    const { reply, headers, asFastify } = fakeReply();

    const body = replyWithIssueAnswer(
      asFastify,
      { kind: 'document', document: document('validated') },
      collection,
      false,
    );

    expect(reply.statusCode).toBe(201);
    expect(headers.location).toBe('/api/v1/invoices/SETP%20990%2F1');
    expect(body).toEqual({ number: 'SETP 990/1', path: '/api/v1/invoices' });
  });

  it('answers a document DIAN has not answered 202', () => {
    const { reply, asFastify } = fakeReply();

    replyWithIssueAnswer(
      asFastify,
      { kind: 'document', document: document('pending') },
      collection,
      false,
    );

    expect(reply.statusCode).toBe(202);
  });

  it('answers a record 202 with Location to follow it, and Preference-Applied when asked', () => {
    const { reply, headers, asFastify } = fakeReply();

    const body = replyWithIssueAnswer(asFastify, { kind: 'record', record }, collection, true);

    expect(reply.statusCode).toBe(202);
    expect(headers.location).toBe('/api/v1/invoices/by-reference/INV%2F1');
    expect(headers['preference-applied']).toBe('respond-async');
    expect(body).toMatchObject({ referenceCode: 'INV/1', state: 'queued' });
  });

  it('sends no Preference-Applied when the wait ran out without respond-async', () => {
    const { headers, asFastify } = fakeReply();

    replyWithIssueAnswer(asFastify, { kind: 'record', record }, collection, false);

    expect(headers.location).toBe('/api/v1/invoices/by-reference/INV%2F1');
    expect(headers['preference-applied']).toBeUndefined();
  });
});
