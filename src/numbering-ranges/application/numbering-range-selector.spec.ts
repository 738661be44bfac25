import type { ProviderSession } from '../../auth/domain/provider-session';
import type { CacheConfig } from '../../config/config-tokens';
import { aRange } from '../domain/testing/numbering-range.builder';
import { NumberingRangeCache } from './numbering-range-cache';
import { NumberingRangeSelector } from './numbering-range-selector';
import { QueryNumberingRangesUseCase } from './query-numbering-ranges.use-case';
import { FakeRangeGateway } from './testing/fake-numbering-range.gateway';

const session = (accountKey = 'token:a'): ProviderSession => ({ accessToken: 't', accountKey });

describe('NumberingRangeSelector and its cache', () => {
  let now: number;
  let gateway: FakeRangeGateway;
  let cache: NumberingRangeCache;
  let selector: NumberingRangeSelector;

  const build = (ttlMs = 60_000) => {
    const config: CacheConfig = {
      numberingRangesTtlMs: ttlMs,
      documentFilesMaxBytes: 0,
      documentFilesTokenTrustMs: 0,
    };
    cache = new NumberingRangeCache(gateway, config, { now: () => new Date(now) });
    selector = new NumberingRangeSelector(cache);
  };

  beforeEach(() => {
    now = Date.parse('2026-05-13T13:00:00Z');
    gateway = new FakeRangeGateway();
    build();
  });

  it('answers from memory within the TTL, per account, and asks again after it', async () => {
    expect(await selector.check('21', undefined, session())).toEqual([]);
    expect(await selector.check('21', 389, session())).toEqual([]);
    expect(gateway.listCalls).toEqual([{ filter: {}, accountKey: 'token:a' }]);

    await selector.check('21', undefined, session('token:b'));
    expect(gateway.listCalls).toHaveLength(2);

    // lru-cache holds an entry stale once its age exceeds the TTL (not when it reaches it).
    now += 60_001;
    await selector.check('21', undefined, session());
    expect(gateway.listCalls).toHaveLength(3);
  });

  it('shares one Factus call between concurrent checks', async () => {
    let release!: () => void;
    gateway.pending = new Promise((resolve) => (release = resolve));
    const checks = [1, 2, 3].map(() => selector.check('21', undefined, session()));
    release();
    expect(await Promise.all(checks)).toEqual([[], [], []]);
    expect(gateway.listCalls).toHaveLength(1);
  });

  it('looks again once before refusing, so a range just created in Factus is found', async () => {
    await selector.check('21', undefined, session());
    gateway.ranges.push(aRange({ id: 391, prefix: 'SETQ' }));

    expect(await selector.check('21', 391, session())).toEqual([]);
    expect(gateway.listCalls).toHaveLength(2);
    // The fresh list is cached: now two ranges are active, so omitting the id is refused.
    const [error] = await selector.check('21', undefined, session());
    expect(error.message).toContain('389 (SETP), 391 (SETQ)');
    expect(gateway.listCalls).toHaveLength(3);
  });

  it('does not look twice when the list it refused with was just fetched', async () => {
    gateway.ranges = [];
    const errors = await selector.check('21', undefined, session());
    expect(errors[0].message).toMatch(/no active invoice numbering range/);
    expect(gateway.listCalls).toHaveLength(1);
  });

  it('keeps nothing with a TTL of 0', async () => {
    build(0);
    await selector.check('21', undefined, session());
    await selector.check('21', undefined, session());
    expect(gateway.listCalls).toHaveLength(2);
  });

  it('fetches the list again after invalidate, for that account only', async () => {
    await selector.check('21', undefined, session());
    await selector.check('21', undefined, session('token:b'));
    cache.invalidate('token:a');
    expect((await cache.all(session())).fromCache).toBe(false);
    expect((await cache.all(session('token:b'))).fromCache).toBe(true);
    expect(gateway.listCalls.map((call) => call.accountKey)).toEqual([
      'token:a',
      'token:b',
      'token:a',
    ]);
  });

  it('invalidated while fetching: the waiting check gets its answer, which is not kept', async () => {
    let release!: () => void;
    gateway.pending = new Promise((resolve) => (release = resolve));
    const waiting = cache.all(session());
    cache.invalidate('token:a');
    release();
    expect((await waiting).ranges).toHaveLength(1);
    gateway.pending = undefined;
    expect((await cache.all(session())).fromCache).toBe(false);
    expect(gateway.listCalls).toHaveLength(2);
  });

  it('shares a failed Factus call between concurrent checks, and keeps nothing', async () => {
    let fail!: (error: Error) => void;
    gateway.pending = new Promise((_resolve, reject) => (fail = reject));
    const checks = [1, 2].map(() => selector.check('21', undefined, session()));
    fail(new Error('Factus is down'));
    for (const check of checks) await expect(check).rejects.toThrow('Factus is down');
    gateway.pending = undefined;
    expect(await selector.check('21', undefined, session())).toEqual([]);
    expect(gateway.listCalls).toHaveLength(2);
  });

  it('lists from the same cache, filtered locally', async () => {
    gateway.ranges.push(aRange({ id: 1776, document: '22', prefix: 'NC' }));
    const queries = new QueryNumberingRangesUseCase(cache, gateway);
    expect((await queries.list({ document: '22' }, session())).map((r) => r.id)).toEqual([1776]);
    expect((await queries.list({ active: true }, session())).map((r) => r.id)).toEqual([389, 1776]);
    await selector.check('21', undefined, session());
    expect(gateway.listCalls).toHaveLength(1);
    expect((await queries.get(1776, session())).prefix).toBe('NC');
  });
});
