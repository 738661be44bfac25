import type { LedgerRecord } from '../domain/document-ledger.port';
import type { LedgerState } from '../domain/ledger-state';
import {
  decodeLedgerCursor,
  encodeLedgerCursor,
  toLedgerRecordResponse,
} from './ledger-record.mapper';

const ID = '7f8c1a52-5d0e-4a57-9b7d-0a1b2c3d4e5f';

function aRecord(overrides: Partial<LedgerRecord> = {}): LedgerRecord {
  return {
    id: ID,
    accountKey: 'account-a',
    documentType: 'invoice',
    referenceCode: 'INV-1',
    fingerprint: 'fp',
    request: { secret: 'not shown' },
    state: 'validated',
    attempts: 1,
    number: 'SETP990000001',
    trackId: 'track-1',
    dianMessages: [],
    nextAttemptAt: new Date('2026-03-02T08:00:05.000Z'),
    createdAt: new Date('2026-03-02T08:00:00.000Z'),
    updatedAt: new Date('2026-03-02T08:00:01.000Z'),
    ...overrides,
  };
}

describe('toLedgerRecordResponse', () => {
  it('shows an invoice track id as cufe, with links to the record and the document', () => {
    const body = toLedgerRecordResponse(aRecord());

    expect(body).toMatchObject({
      documentType: 'invoice',
      referenceCode: 'INV-1',
      state: 'validated',
      number: 'SETP990000001',
      cufe: 'track-1',
      attempts: 1,
      createdAt: '2026-03-02T08:00:00.000Z',
      updatedAt: '2026-03-02T08:00:01.000Z',
      links: {
        self: '/api/v1/invoices/by-reference/INV-1',
        document: '/api/v1/invoices/SETP990000001',
      },
    });
    expect(body).not.toHaveProperty('cude');
  });

  it.each([
    ['credit-note', 'credit-notes'],
    ['debit-note', 'debit-notes'],
  ] as const)('shows a %s track id as cude, under /%s', (documentType, route) => {
    const body = toLedgerRecordResponse(aRecord({ documentType }));

    expect(body).toMatchObject({ cude: 'track-1' });
    expect(body).not.toHaveProperty('cufe');
    expect(body.links.self).toBe(`/api/v1/${route}/by-reference/INV-1`);
  });

  it.each([
    ['support-document', 'support-documents'],
    ['adjustment-note', 'adjustment-notes'],
  ] as const)('shows a %s track id as cuds, under /%s', (documentType, route) => {
    const body = toLedgerRecordResponse(aRecord({ documentType }));

    expect(body).toMatchObject({ cuds: 'track-1' });
    expect(body).not.toHaveProperty('cude');
    expect(body).not.toHaveProperty('cufe');
    expect(body.links.self).toBe(`/api/v1/${route}/by-reference/INV-1`);
  });

  it('shows neither the request, the fingerprint nor the account', () => {
    const body = JSON.stringify(toLedgerRecordResponse(aRecord()));

    expect(body).not.toContain('not shown');
    expect(body).not.toContain('account-a');
    expect(body).not.toContain('"fp"');
  });

  it.each<[LedgerState, boolean]>([
    ['queued', true],
    ['pending_dian', true],
    ['sending', false],
    ['validated', false],
    ['rejected', false],
    ['failed', false],
  ])('in state %s, shows nextAttemptAt: %p', (state, shown) => {
    const body = toLedgerRecordResponse(aRecord({ state }));

    if (shown) expect(body.nextAttemptAt).toBe('2026-03-02T08:00:05.000Z');
    else expect(body).not.toHaveProperty('nextAttemptAt');
  });

  it('leaves out what the record does not have, and encodes the reference in links', () => {
    const body = toLedgerRecordResponse(
      aRecord({ state: 'queued', number: undefined, trackId: undefined, referenceCode: 'A/B ?' }),
    );

    expect(body).not.toHaveProperty('number');
    expect(body).not.toHaveProperty('cufe');
    expect(body).not.toHaveProperty('lastError');
    expect(body).not.toHaveProperty('history');
    expect(body.links).toEqual({ self: '/api/v1/invoices/by-reference/A%2FB%20%3F' });
  });

  it('shows the last error and the history, oldest first', () => {
    const body = toLedgerRecordResponse(
      aRecord({
        state: 'queued',
        lastError: { code: 'FACTUS_UNAVAILABLE', message: 'maintenance' },
        history: [
          { at: new Date('2026-03-02T08:00:00.000Z'), to: 'queued', reason: 'received' },
          {
            at: new Date('2026-03-02T08:00:01.000Z'),
            from: 'queued',
            to: 'sending',
            reason: 'claimed',
          },
        ],
      }),
    );

    expect(body.lastError).toEqual({ code: 'FACTUS_UNAVAILABLE', message: 'maintenance' });
    expect(body.history).toEqual([
      { at: '2026-03-02T08:00:00.000Z', to: 'queued', reason: 'received' },
      { at: '2026-03-02T08:00:01.000Z', from: 'queued', to: 'sending', reason: 'claimed' },
    ]);
  });
});

describe('ledger cursors', () => {
  it('round-trips the position of the last record', () => {
    const cursor = { createdAt: new Date('2026-03-02T08:00:00.123Z'), id: ID };

    const text = encodeLedgerCursor(cursor);

    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeLedgerCursor(text)).toEqual(cursor);
  });

  const b64 = (text: string) => Buffer.from(text).toString('base64url');
  it.each([
    ['garbage', 'not a cursor!'],
    ['empty', ''],
    ['a bad date', b64(`yesterday|${ID}`)],
    ['no id', b64('2026-03-02T08:00:00.000Z|')],
    ['an id that is no uuid', b64("2026-03-02T08:00:00.000Z|1' or '1'='1")],
    ['an extra part', b64(`2026-03-02T08:00:00.000Z|${ID}|x`)],
  ])('decodes %s to undefined', (_what, text) => {
    expect(decodeLedgerCursor(text)).toBeUndefined();
  });
});
