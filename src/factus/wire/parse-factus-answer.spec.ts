import { z } from 'zod';
import { FactusBadResponseError } from '../factus.errors';
import { decimalAmount } from './decimal-amount';
import { factusEnvelope, factusPage } from './factus-envelope';
import { requiredText } from './loose-scalars';
import { fieldPath, parseFactusAnswer } from './parse-factus-answer';

const BILL_ANSWER = factusEnvelope(
  z.object({
    bill: z.object({ number: requiredText, total: decimalAmount }),
    items: z.array(z.object({ name: requiredText })),
  }),
);
const ENDPOINT = 'GET /v2/bills/:number';

function failure(body: unknown): FactusBadResponseError {
  try {
    parseFactusAnswer(BILL_ANSWER, body, ENDPOINT);
  } catch (error) {
    if (error instanceof FactusBadResponseError) return error;
    throw error;
  }
  throw new Error('expected the answer to be refused');
}

describe('parseFactusAnswer', () => {
  it('returns the parsed answer, typed, without the fields it does not know', () => {
    const parsed = parseFactusAnswer(
      BILL_ANSWER,
      { data: { bill: { number: 'SETP1', total: '83300.00', cufe: 'x' }, items: [] }, extra: 1 },
      ENDPOINT,
    );
    expect(parsed.data.bill.total.toFixed(2)).toBe('83300.00');
    expect(parsed).toEqual({
      status: undefined,
      message: undefined,
      data: { bill: { number: 'SETP1', total: parsed.data.bill.total }, items: [] },
    });
  });

  it('names the endpoint and the field path of an unreadable amount, not its value', () => {
    const error = failure({
      data: { bill: { number: 'SETP1', total: 'ana@correo.co' }, items: [] },
    });
    expect(error.code).toBe('FACTUS_BAD_RESPONSE');
    expect(error.kind).toBe('upstream_bad_response');
    expect(error.message).toBe(
      'Factus answered GET /v2/bills/:number with a body we cannot use: data.bill.total is not an amount.',
    );
    expect(error.message).not.toContain('ana@correo.co');
    expect(error.cause).toBeUndefined();
  });

  it('says a missing field is missing, indexes list members, and keeps the detail short', () => {
    const error = failure({
      data: { bill: { total: 1 }, items: [{ name: 'ok' }, { name: null }, {}, {}, {}] },
    });
    expect(error.message).toContain('data.bill.number is missing; data.items[1].name is missing');
    expect(error.message).toContain('(and 2 more)');
  });

  it('describes zod’s own type issues without the received value', () => {
    expect(failure({ data: { bill: 'SECRET-NAME', items: [] } }).message).toContain(
      'data.bill is not an object.',
    );
    expect(failure({ data: { bill: { number: 'a', total: 1 }, items: 'x' } }).message).toContain(
      'data.items is not a list.',
    );
    expect(failure('<html>').message).toContain('the body is not an object.');
    expect(failure({ status: 'OK' }).message).toContain('data is missing');
  });

  it('names the row of a bad list member', () => {
    const pageAnswer = factusEnvelope(factusPage(z.object({ number: requiredText })));
    expect(() =>
      parseFactusAnswer(
        pageAnswer,
        { data: { data: [{ number: 'A' }, { number: '' }] } },
        'GET /v2/bills',
      ),
    ).toThrow('GET /v2/bills with a body we cannot use: data.data[1].number is missing.');
  });
});

describe('fieldPath', () => {
  it('writes dotted members and bracketed indexes', () => {
    expect(fieldPath(['data', 'items', 0, 'taxes', 2, 'rate'])).toBe('data.items[0].taxes[2].rate');
    expect(fieldPath([0, 'id'])).toBe('[0].id');
    expect(fieldPath([])).toBe('the body');
  });
});
