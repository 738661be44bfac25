import { ByteBoundedLru } from './byte-bounded-lru';

const item = (size: number) => ({ size });

describe('ByteBoundedLru', () => {
  it('evicts least recently used entries once the byte budget is exceeded', () => {
    const cache = new ByteBoundedLru<{ size: number }>(100);
    cache.set('a', item(40));
    cache.set('b', item(40));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('c', item(40)); // 120 > 100: evicts b, the least recent
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.sizeInBytes).toBe(80);
  });

  it('never stores a value larger than the whole budget', () => {
    const cache = new ByteBoundedLru<{ size: number }>(100);
    cache.set('a', item(50));
    cache.set('huge', item(101));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
  });

  it('replaces a key without counting it twice, and counts hits and misses', () => {
    const cache = new ByteBoundedLru<{ size: number }>(100);
    cache.set('a', item(60));
    cache.set('a', item(70));
    expect(cache.sizeInBytes).toBe(70);
    cache.get('a');
    cache.get('zzz');
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });
});
