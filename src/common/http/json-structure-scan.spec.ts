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

  // Measured against JSON.parse of the same text in the same test, not a fixed bound: a loaded
  // machine slows both (a 50 ms bound failed beside three Jest workers and a CPU-bound process).
  it('refuses a 120k-key megabyte in less time than JSON.parse takes to read it', () => {
    const text = keys(120_000);
    scan(keys(101));
    const started = performance.now();
    expect(scan(text)?.message).toBe('(body) must have at most 100 fields');
    const scanMs = performance.now() - started;
    const parseStarted = performance.now();
    JSON.parse(text);
    expect(scanMs).toBeLessThan(performance.now() - parseStarted);
  });
});
