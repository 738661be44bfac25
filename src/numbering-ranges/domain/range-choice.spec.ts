import { matchesFilter } from './numbering-range';
import { checkRangeChoice } from './range-choice';
import { aRange } from './testing/numbering-range.builder';

const SETP = aRange();
const SETT = aRange({
  id: 390,
  prefix: 'SETT',
  isActive: false,
  isExpired: true,
  endDate: '2024-01-19',
});
const NC = aRange({
  id: 1776,
  document: '22',
  documentName: 'Nota Crédito',
  prefix: 'NC',
  resolutionNumber: null,
  technicalKey: null,
  startDate: null,
  endDate: null,
});
const SEEDED = [SETP, SETT, NC];

const messageOf = (errors: Array<{ field: string; message: string }>) => {
  expect(errors).toHaveLength(1);
  expect(errors[0].field).toBe('numberingRangeId');
  return errors[0].message;
};

describe('checkRangeChoice', () => {
  describe('without numberingRangeId', () => {
    it('is fine with exactly one active, unexpired invoice range (Factus picks it)', () => {
      expect(checkRangeChoice(SEEDED, '21', undefined)).toEqual([]);
    });

    it('requires the id when several invoice ranges are active, listing them', () => {
      const other = aRange({ id: 391, prefix: 'SETQ' });
      const message = messageOf(checkRangeChoice([...SEEDED, other], '21', undefined));
      expect(message).toMatch(/^numberingRangeId is required/);
      expect(message).toContain('2 active invoice numbering ranges, 389 (SETP), 391 (SETQ)');
    });

    it('counts an active but expired range as active, as Factus does', () => {
      const expired = aRange({ id: 392, prefix: 'OLD', isExpired: true });
      expect(messageOf(checkRangeChoice([SETP, expired], '21', undefined))).toContain(
        '389 (SETP), 392 (OLD)',
      );
    });

    it('says so when there is no active invoice range', () => {
      const message = messageOf(checkRangeChoice([SETT, NC], '21', undefined));
      expect(message).toMatch(/no active invoice numbering range/);
    });

    it('refuses when the only active range has expired or run out', () => {
      expect(
        messageOf(
          checkRangeChoice([{ ...SETP, isExpired: true, endDate: '2025-01-01' }], '21', undefined),
        ),
      ).toContain('389 (SETP), expired on 2025-01-01');
      expect(
        messageOf(checkRangeChoice([{ ...SETP, current: SETP.to + 1 }], '21', undefined)),
      ).toContain('has no numbers left');
    });

    it('works for other document types (credit notes)', () => {
      expect(checkRangeChoice(SEEDED, '22', undefined)).toEqual([]);
      expect(messageOf(checkRangeChoice(SEEDED, '23', undefined))).toContain(
        'no active debit note numbering range',
      );
    });
  });

  describe('with numberingRangeId', () => {
    it('accepts an active, unexpired invoice range', () => {
      expect(checkRangeChoice(SEEDED, '21', 389)).toEqual([]);
    });

    it('names an unknown id and the usable ranges', () => {
      const message = messageOf(checkRangeChoice(SEEDED, '21', 987654));
      expect(message).toContain('numberingRangeId 987654 is not a numbering range');
      expect(message).toContain('Usable invoice ranges: 389 (SETP).');
    });

    it('refuses a range of another document type', () => {
      expect(messageOf(checkRangeChoice(SEEDED, '21', 1776))).toContain(
        'numberingRangeId 1776 (NC) is a Nota Crédito range (document 22), not an invoice range (21)',
      );
    });

    it('refuses an inactive, an expired and an exhausted range', () => {
      expect(messageOf(checkRangeChoice(SEEDED, '21', 390))).toContain(
        'numberingRangeId 390 (SETT) is not active',
      );
      expect(
        messageOf(
          checkRangeChoice([{ ...SETP, isExpired: true, endDate: '2024-01-19' }], '21', 389),
        ),
      ).toContain('expired on 2024-01-19: DIAN would reject the invoice');
      expect(messageOf(checkRangeChoice([{ ...SETP, current: SETP.to + 1 }], '21', 389))).toContain(
        'has no numbers left',
      );
    });

    it('says when no range at all is usable', () => {
      expect(messageOf(checkRangeChoice([SETT], '21', 390))).toContain(
        'The account has no usable invoice range',
      );
    });
  });
});

describe('matchesFilter', () => {
  describe('with a range whose document type Factus named in a way no code matches', () => {
    const unknownType = aRange({
      id: 500,
      prefix: 'FEX',
      document: 'Factura electrónica de exportación',
      documentName: 'Factura electrónica de exportación',
    });

    it('lets an invoice without id through to Factus rather than refusing every invoice', () => {
      const onlyUnknown = [{ ...unknownType }, SETT, NC];
      expect(checkRangeChoice(onlyUnknown, '21', undefined)).toEqual([]);
      expect(checkRangeChoice([SETP, unknownType, NC], '21', undefined)).toEqual([]);
    });

    it('still refuses what is certain: several active ranges of the type', () => {
      const other = aRange({ id: 391, prefix: 'SETQ' });
      const message = messageOf(checkRangeChoice([SETP, other, unknownType], '21', undefined));
      expect(message).toMatch(/^numberingRangeId is required/);
    });

    it('does not hold its unknown type against an id that names it, but its state still counts', () => {
      expect(checkRangeChoice([SETP, unknownType], '21', 500)).toEqual([]);
      const inactive = { ...unknownType, isActive: false };
      expect(messageOf(checkRangeChoice([SETP, inactive], '21', 500))).toContain('is not active');
    });

    it('ignores an inactive one: the rules stay as they are', () => {
      const inactive = { ...unknownType, isActive: false };
      expect(messageOf(checkRangeChoice([SETT, inactive], '21', undefined))).toMatch(
        /no active invoice numbering range/,
      );
    });
  });

  it('filters by document, active and expired', () => {
    expect(SEEDED.filter((r) => matchesFilter(r, { document: '21' })).map((r) => r.id)).toEqual([
      389, 390,
    ]);
    expect(SEEDED.filter((r) => matchesFilter(r, { active: true })).map((r) => r.id)).toEqual([
      389, 1776,
    ]);
    expect(
      SEEDED.filter((r) => matchesFilter(r, { document: '21', expired: true })).map((r) => r.id),
    ).toEqual([390]);
    expect(SEEDED.filter((r) => matchesFilter(r, {}))).toHaveLength(3);
  });
});
