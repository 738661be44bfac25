import type { RadianEvent } from './radian-event';
import {
  buyerEventRefusal,
  tacitAcceptanceAllowedFrom,
  tacitAcceptanceRefusal,
} from './radian-event-rules';

const event = (code: string, effectiveDate = '2026-11-02'): RadianEvent => ({
  number: `AP${code}`,
  cude: 'c'.repeat(96),
  code,
  name: code,
  effectiveDate,
});

describe('buyerEventRefusal (030–033 on a received invoice)', () => {
  it.each([
    ['030', [], undefined],
    ['032', [], '(030) must be emitted before event 032'],
    ['032', ['030'], undefined],
    ['033', ['030'], '(032) must be emitted before event 033'],
    ['031', ['030'], '(032) must be emitted before event 031'],
    ['033', ['030', '032'], undefined],
    ['031', ['030', '032'], undefined],
    ['033', ['030', '032', '031'], 'claimed (031)'],
    ['031', ['030', '032', '033'], 'expressly accepted (033)'],
    ['033', ['030', '032', '034'], 'tacitly accepted (034)'],
    ['031', ['030', '032', '034'], 'tacitly accepted (034)'],
    ['032', ['030', '032'], 'already has event 032'],
    ['031', ['030', '032', '031'], 'already has event 031'],
    ['030', ['999'], undefined], // an unknown code Factus reports blocks nothing
    ['030', ['030'], 'already has event 030'],
    ['034', ['030', '032'], 'never by its buyer'],
  ] as const)('%s after %j: %s', (code, done, reason) => {
    const refusal = buyerEventRefusal(
      code,
      done.map((c) => event(c)),
    );
    if (reason === undefined) expect(refusal).toBeUndefined();
    else expect(refusal).toContain(reason);
  });
});

describe('tacitAcceptanceRefusal (034 on an issued credit invoice)', () => {
  const received = [event('030', '2026-12-03'), event('032', '2026-12-04')];

  it('is possible from the day after the third business day after the 032', () => {
    // Fri 4 Dec: Mon 7, Wed 9, Thu 10 (Tue 8 is a holiday) → from Fri 11.
    expect(tacitAcceptanceAllowedFrom('2026-12-04')).toBe('2026-12-11');
    const credit = { events: received, paymentFormCodes: ['2'] };
    expect(tacitAcceptanceRefusal({ ...credit, today: '2026-12-10' })).toContain(
      'possible from 2026-12-11',
    );
    expect(tacitAcceptanceRefusal({ ...credit, today: '2026-12-11' })).toBeUndefined();
  });

  it('refuses cash invoices, missing receipts, claims, express and earlier tacit acceptances', () => {
    const today = '2027-01-31';
    expect(tacitAcceptanceRefusal({ events: received, paymentFormCodes: ['1'], today })).toContain(
      'credit invoices',
    );
    expect(
      tacitAcceptanceRefusal({ events: [event('030')], paymentFormCodes: ['2'], today }),
    ).toContain('(032)');
    for (const [code, words] of [
      ['031', 'claimed'],
      ['033', 'expressly accepted'],
      ['034', 'already tacitly accepted'],
    ]) {
      const events = [...received, event(code)];
      expect(tacitAcceptanceRefusal({ events, paymentFormCodes: ['2'], today })).toContain(words);
    }
  });
});
