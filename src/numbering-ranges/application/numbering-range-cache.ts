import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { CLOCK, Clock } from '../../common/domain/clock';
import { CACHE_CONFIG, CacheConfig } from '../../config/config-tokens';
import type { NumberingRange } from '../domain/numbering-range';
import {
  NUMBERING_RANGE_GATEWAY,
  NumberingRangeGateway,
} from '../domain/numbering-range-gateway.port';

/** Accounts whose ranges are kept at once (each entry is a few ranges). */
const MAX_ACCOUNTS = 10_000;

type Ranges = readonly NumberingRange[];

export interface RangeSnapshot {
  ranges: Ranges;
  /** True when the list was served from memory rather than fetched for this call. */
  fromCache: boolean;
}

/**
 * Every numbering range of an account, kept for NUMBERING_RANGE_CACHE_TTL_MS: invoice validation
 * consults them on each request, and without this each invoice would spend a second call of
 * Factus's rate budget (80 a minute). Concurrent lookups for one account share one Factus call
 * (lru-cache's `fetchMethod`), whose session travels as the fetch context.
 */
@Injectable()
export class NumberingRangeCache {
  private readonly cache: LRUCache<string, Ranges, ProviderSession>;
  /** lru-cache reads a TTL of 0 as "forever"; here it means "keep nothing". */
  private readonly disabled: boolean;

  constructor(
    @Inject(NUMBERING_RANGE_GATEWAY) gateway: NumberingRangeGateway,
    @Inject(CACHE_CONFIG) config: CacheConfig,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.disabled = config.numberingRangesTtlMs <= 0;
    this.cache = new LRUCache<string, Ranges, ProviderSession>({
      max: MAX_ACCOUNTS,
      ttl: this.disabled ? 0 : config.numberingRangesTtlMs,
      // The injected clock, read on every check (no 1 ms memo), so tests can move time.
      perf: { now: () => clock.now().getTime() },
      ttlResolution: 0,
      fetchMethod: (_key, _stale, { context }) => gateway.list({}, context),
      // An invalidation while a fetch is under way: its callers still get the answer, but it is
      // not stored (it may predate what invalidated it).
      ignoreFetchAbort: true,
    });
  }

  /** The account's ranges; `refresh` skips the cached copy (a fetch already under way is shared). */
  async all(session: ProviderSession, options: { refresh?: boolean } = {}): Promise<RangeSnapshot> {
    const status: LRUCache.Status<string, Ranges, ProviderSession> = {};
    const ranges = await this.cache.fetch(session.accountKey, {
      context: session,
      forceRefresh: options.refresh === true || this.disabled,
      status,
    });
    // fetchMethod answers a list or throws; lru-cache's type still allows undefined.
    if (!ranges) throw new Error(`No numbering ranges fetched (${status.fetch ?? 'no fetch'})`);
    return { ranges, fromCache: status.fetch === 'hit' };
  }

  /**
   * Forgets an account's ranges: call it after issuing a document, whose number moved the
   * range's `current`, so the next list is fetched rather than served stale.
   */
  invalidate(accountKey: string): void {
    this.cache.delete(accountKey);
  }
}
