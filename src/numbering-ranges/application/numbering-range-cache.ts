import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { TtlCache } from '../../common/cache/ttl-cache';
import { CLOCK, Clock } from '../../common/domain/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { NumberingRange } from '../domain/numbering-range';
import {
  NUMBERING_RANGE_GATEWAY,
  NumberingRangeGateway,
} from '../domain/numbering-range-gateway.port';

/** Accounts whose ranges are kept at once (each entry is a few ranges). */
const MAX_ACCOUNTS = 10_000;

export interface RangeSnapshot {
  ranges: readonly NumberingRange[];
  /** True when the list was served from memory rather than fetched for this call. */
  fromCache: boolean;
}

/**
 * Every numbering range of an account, kept for NUMBERING_RANGE_CACHE_TTL_MS: invoice validation
 * consults them on each request, and without this each invoice would spend a second call of
 * Factus's rate budget (80 a minute). Concurrent lookups for one account share one Factus call.
 */
@Injectable()
export class NumberingRangeCache {
  private readonly cache: TtlCache<readonly NumberingRange[]>;
  private readonly inFlight = new Map<string, Promise<readonly NumberingRange[]>>();

  constructor(
    @Inject(NUMBERING_RANGE_GATEWAY) private readonly gateway: NumberingRangeGateway,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.cache = new TtlCache(config.numberingRangeCacheTtlMs, MAX_ACCOUNTS, () =>
      clock.now().getTime(),
    );
  }

  /** The account's ranges; `refresh` skips the cached copy (a fetch already under way is shared). */
  async all(session: ProviderSession, options: { refresh?: boolean } = {}): Promise<RangeSnapshot> {
    const key = session.accountKey;
    if (!options.refresh) {
      const cached = this.cache.get(key);
      if (cached) return { ranges: cached, fromCache: true };
    }
    let fetching = this.inFlight.get(key);
    if (!fetching) {
      fetching = this.gateway.list({}, session).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, fetching);
    }
    const ranges = await fetching;
    this.cache.set(key, ranges);
    return { ranges, fromCache: false };
  }
}
