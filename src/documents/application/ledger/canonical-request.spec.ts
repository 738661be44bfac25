import { fingerprintOf } from './canonical-request';

describe('fingerprintOf', () => {
  it('is equal for equal requests in any key order and differs for another body', () => {
    const one = fingerprintOf({ reference_code: 'INV-1', items: [{ price: '1.00' }] });
    const same = fingerprintOf({ items: [{ price: '1.00' }], reference_code: 'INV-1' });
    const other = fingerprintOf({ reference_code: 'INV-1', items: [{ price: '1.01' }] });

    expect(one).toBe(same);
    expect(one).not.toBe(other);
    expect(one).toMatch(/^[0-9a-f]{64}$/);
  });
});
