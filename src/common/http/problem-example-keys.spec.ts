import { keyedByCode } from './problem-example-keys';

const example = (code: string) => ({ value: { code } });

describe('keyedByCode', () => {
  it('keys a lone example by its code, and several of one code as CODE.case', () => {
    expect(
      Object.keys(
        keyedByCode({
          tooEarly: example('RADIAN_EVENT_NOT_ALLOWED'),
          notCredit: example('RADIAN_EVENT_NOT_ALLOWED'),
          unknown: example('INVOICE_NOT_FOUND'),
        }),
      ),
    ).toEqual([
      'RADIAN_EVENT_NOT_ALLOWED.tooEarly',
      'RADIAN_EVENT_NOT_ALLOWED.notCredit',
      'INVOICE_NOT_FOUND',
    ]);
  });
});
