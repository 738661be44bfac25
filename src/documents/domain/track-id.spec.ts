import { isTrackId, normalizeTrackId } from './track-id';

const CUFE = 'a'.repeat(32) + '0123456789abcdef'.repeat(4);

describe('isTrackId', () => {
  it('takes a SHA-384 digest in hex, either case', () => {
    expect(CUFE).toHaveLength(96);
    expect(isTrackId(CUFE)).toBe(true);
    expect(isTrackId(CUFE.toUpperCase())).toBe(true);
  });

  it.each([
    ['one character short', CUFE.slice(1)],
    ['one character long', `${CUFE}0`],
    ['a non-hex character', `g${CUFE.slice(1)}`],
    ['a SHA-1 (CUFE of the old technical annex)', 'f'.repeat(40)],
    ['a path segment', `../${CUFE.slice(3)}`],
    ['empty', ''],
  ])('refuses %s', (_what, value) => {
    expect(isTrackId(value)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isTrackId(undefined)).toBe(false);
    expect(isTrackId(42)).toBe(false);
  });

  it('normalizes to lower case', () => {
    expect(normalizeTrackId(CUFE.toUpperCase())).toBe(CUFE);
  });
});
