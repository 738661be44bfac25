import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => (now = 1_000));

  it('serves a value until its TTL has passed, then forgets it', () => {
    const cache = new TtlCache<string>(100, 10, clock);
    cache.set('a', 'A');
    now += 99;
    expect(cache.get('a')).toBe('A');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.count).toBe(0);
  });

  it('keeps nothing with a TTL of 0', () => {
    const cache = new TtlCache<string>(0, 10, clock);
    cache.set('a', 'A');
    expect(cache.get('a')).toBeUndefined();
  });

  it('drops expired entries first, then the oldest, when full', () => {
    const cache = new TtlCache<string>(100, 2, clock);
    cache.set('a', 'A');
    now += 50;
    cache.set('b', 'B');
    cache.set('c', 'C'); // full: a is the oldest
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe('B');
    now += 100; // b and c were set at 1050: both have expired at 1150
    cache.set('d', 'D');
    expect(cache.count).toBe(1);
    expect(cache.get('d')).toBe('D');
  });

  it('replaces a key and renews its TTL; deletes on request', () => {
    const cache = new TtlCache<string>(100, 10, clock);
    cache.set('a', 'A');
    now += 80;
    cache.set('a', 'A2');
    now += 80;
    expect(cache.get('a')).toBe('A2');
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
  });
});
