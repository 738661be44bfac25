import { scanJsonStructure } from './json-structure-scan';
import { REQUEST_LIMITS } from './request-shape';

const scan = (text: string) => scanJsonStructure(text, REQUEST_LIMITS);
const keys = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}`;

describe('scanJsonStructure', () => {
  it('accepts ordinary bodies, braces inside strings included', () => {
    expect(scan('{"a":"{[,:]}\\"","b":[1,2,3],"c":{"d":[{"e":1}]}}')).toBeUndefined();
    expect(scan(keys(100))).toBeUndefined();
    expect(scan(`[${'0,'.repeat(499)}0]`)).toBeUndefined();
  });

  it('refuses too many members, naming the object', () => {
    expect(scan(keys(101))).toEqual({
      field: '(body)',
      message: '(body) must have at most 100 fields',
    });
    expect(scan(`{"items":[{},{"taxes":${keys(101)}}]}`)?.field).toBe('items[1].taxes');
  });

  it('refuses too many elements and too deep nesting', () => {
    expect(scan(`{"items":[${'0,'.repeat(500)}0]}`)).toEqual({
      field: 'items',
      message: 'items must have at most 500 elements',
    });
    expect(scan('['.repeat(100))?.message).toContain('nested more than 32 levels');
  });

  it('scans a 120k-key megabyte in well under the time JSON.parse takes', () => {
    const text = keys(120_000);
    const started = performance.now();
    expect(scan(text)?.message).toBe('(body) must have at most 100 fields');
    expect(performance.now() - started).toBeLessThan(50);
  });
});
