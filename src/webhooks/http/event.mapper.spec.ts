import { decodeEventCursor, encodeEventCursor, toEventResponse } from './event.mapper';

describe('event mapper', () => {
  it('gives an event the shape its webhook deliveries carry', () => {
    const createdAt = new Date('2026-12-01T15:04:05.000Z');
    expect(
      toEventResponse({
        id: 'evt_1',
        seq: '7',
        accountKey: 'secret-account-key',
        type: 'invoice.validated',
        documentId: '7f6c1f9e-1d2b-4c3a-9a8b-0c1d2e3f4a5b',
        createdAt,
        data: { state: 'validated' },
      }),
    ).toEqual({
      id: 'evt_1',
      type: 'invoice.validated',
      createdAt: '2026-12-01T15:04:05.000Z',
      data: { state: 'validated' },
    });
  });

  it('reads back the cursors it writes, in both orders', () => {
    for (const cursor of [
      { order: 'newest' as const, seq: '42' },
      { order: 'oldest' as const, seq: '9007199254740993' },
    ])
      expect(decodeEventCursor(encodeEventCursor(cursor))).toEqual(cursor);
  });

  it('refuses a cursor it did not write', () => {
    for (const text of [
      '',
      'abc',
      Buffer.from('n:').toString('base64url'),
      Buffer.from('n:1 or 1=1').toString('base64url'),
      Buffer.from('x:1').toString('base64url'),
      // Past PostgreSQL's bigint: the query would fail with a 500.
      Buffer.from('n:9999999999999999999').toString('base64url'),
    ])
      expect(decodeEventCursor(text)).toBeUndefined();
  });
});
