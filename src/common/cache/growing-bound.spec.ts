import { LRUCache } from 'lru-cache';
import { growingBound } from './growing-bound';

describe('growingBound', () => {
  it('keeps at most the given number of entries, evicting the least recently used', () => {
    const cache = new LRUCache<string, number>({ ...growingBound(3) });
    cache.set('a', 1).set('b', 2).set('c', 3);
    cache.get('a'); // a is now the most recently used
    cache.set('d', 4);
    expect([...cache.keys()].sort()).toEqual(['a', 'c', 'd']);
    expect(cache.size).toBe(3);
  });

  it('holds entries up to the bound with a TTL too', () => {
    const cache = new LRUCache<string, number>({ ...growingBound(1000), ttl: 60_000 });
    for (let i = 0; i < 1500; i += 1) cache.set(`k${i}`, i);
    expect(cache.size).toBe(1000);
    expect(cache.get('k1499')).toBe(1499);
    expect(cache.get('k0')).toBeUndefined();
  });
});
