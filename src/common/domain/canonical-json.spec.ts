import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('gives the same text whatever the order of object keys, at every depth', () => {
    const a = { b: 1, a: { y: [{ q: 1, p: 2 }], x: 'x' } };
    const b = { a: { x: 'x', y: [{ p: 2, q: 1 }] }, b: 1 };

    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"x","y":[{"p":2,"q":1}]},"b":1}');
  });

  it('keeps array order: items in another order are another request', () => {
    expect(canonicalJson({ items: [1, 2] })).not.toBe(canonicalJson({ items: [2, 1] }));
  });

  it('tells apart values that differ only in type', () => {
    expect(canonicalJson({ price: '1' })).not.toBe(canonicalJson({ price: 1 }));
    expect(canonicalJson({ note: null })).not.toBe(canonicalJson({}));
  });
});
