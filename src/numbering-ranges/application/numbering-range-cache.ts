import { Inject, Injectable, Optional } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { growingBound } from '../../common/cache/growing-bound';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { CLOCK, Clock } from '../../common/domain/clock';
import { CACHE_CONFIG, CacheConfig } from '../../config/config-tokens';
import type { NumberingRange } from '../domain/numbering-range';
import {
  NUMBERING_RANGE_GATEWAY,
  NumberingRangeGateway,
} from '../domain/numbering-range-gateway.port';
import { NumberingRangeLowWatch } from './numbering-range-low-watch';

/** Accounts whose ranges are kept at once (each entry is a few ranges). */
const MAX_ACCOUNTS = 10_000;

type Ranges = readonly NumberingRange[];

/** A fetched list, with how many of the account's own issues had been marked when it was asked. */
interface Fetched {
  ranges: Ranges;
  issuesSeen: number;
}

export interface RangeSnapshot {
  ranges: Ranges;
  /** True when the list was served from memory rather than fetched for this call. */
  fromCache: boolean;
}

export interface RangeReadOptions {
  /** Skip the cached copy (a fetch already under way is shared). */
  refresh?: boolean;
  /**
   * Fetch again when the service issued a document for the account since the copy was fetched
   * (`markIssued`): the list shown to callers must show each range's `current` as it now is.
   * The range check on create does not ask for it: an issue moves `current`, never what makes a
   * range usable, so its copy stays good and costs no Factus call per document.
   */
  afterOwnIssues?: boolean;
}

/**
 * Every numbering range of an account, kept for NUMBERING_RANGE_CACHE_TTL_MS: invoice validation
 * consults them on each request, and without this each invoice would spend a second call of
 * Factus's rate budget (80 a minute). Concurrent lookups for one account share one Factus call
 * (lru-cache's `fetchMethod`), whose session travels as the fetch context.
 */
@Injectable()
export class NumberingRangeCache {
  private readonly cache: LRUCache<string, Fetched, ProviderSession>;
  /** Documents issued per account (a counter, compared for equality: eviction reads as "changed"). */
  private readonly issues = new LRUCache<string, number>({ ...growingBound(MAX_ACCOUNTS) });
  /** lru-cache reads a TTL of 0 as "forever"; here it means "keep nothing". */
  private readonly disabled: boolean;

  constructor(
    @Inject(NUMBERING_RANGE_GATEWAY) gateway: NumberingRangeGateway,
    @Inject(CACHE_CONFIG) config: CacheConfig,
    @Inject(CLOCK) clock: Clock,
    // Sees every list fetched from Factus (numbering_range.low); absent in wiring tests.
    @Optional() lowWatch?: NumberingRangeLowWatch,
  ) {
    this.disabled = config.numberingRangesTtlMs <= 0;
    this.cache = new LRUCache<string, Fetched, ProviderSession>({
      ...growingBound(MAX_ACCOUNTS),
      ttl: this.disabled ? 0 : config.numberingRangesTtlMs,
      // The injected clock, read on every check (no 1 ms memo), so tests can move time.
      perf: { now: () => clock.now().getTime() },
      ttlResolution: 0,
      fetchMethod: async (key, _stale, { context }) => {
        const issuesSeen = this.issuesOf(key); // before asking: an issue during the call counts
        const ranges = await gateway.list({}, context);
        await lowWatch?.observe(key, ranges);
        return { ranges, issuesSeen };
      },
      // An invalidation while a fetch is under way: its callers still get the answer, but it is
      // not stored (it may predate what invalidated it).
      ignoreFetchAbort: true,
    });
  }

  /** The account's ranges. */
  async all(session: ProviderSession, options: RangeReadOptions = {}): Promise<RangeSnapshot> {
    let read = await this.read(session, options.refresh === true);
    // Twice at most: the first refresh may share a fetch that was asked before the last issue.
    for (let attempt = 0; options.afterOwnIssues && attempt < 2; attempt += 1) {
      if (read.fetched.issuesSeen === this.issuesOf(session.accountKey)) break;
      read = await this.read(session, true);
    }
    return { ranges: read.fetched.ranges, fromCache: read.fromCache };
  }

  /**
   * Notes that the service issued a document for the account: its range's `current` moved, so
   * the next list asked with `afterOwnIssues` is fetched again. Costs no Factus call itself.
   */
  markIssued(accountKey: string): void {
    this.issues.set(accountKey, this.issuesOf(accountKey) + 1);
  }

  /**
   * Forgets an account's ranges: after a change to the ranges themselves (created, toggled,
   * renumbered, deleted), which the range check must see too.
   */
  invalidate(accountKey: string): void {
    this.cache.delete(accountKey);
  }

  private issuesOf(accountKey: string): number {
    return this.issues.get(accountKey) ?? 0;
  }

  private async read(
    session: ProviderSession,
    refresh: boolean,
  ): Promise<{ fetched: Fetched; fromCache: boolean }> {
    const status: LRUCache.Status<string, Fetched, ProviderSession> = {};
    const fetched = await this.cache.fetch(session.accountKey, {
      context: session,
      forceRefresh: refresh || this.disabled,
      status,
    });
    // fetchMethod answers a list or throws; lru-cache's type still allows undefined.
    if (!fetched) throw new Error(`No numbering ranges fetched (${status.fetch ?? 'no fetch'})`);
    return { fetched, fromCache: status.fetch === 'hit' };
  }
}
