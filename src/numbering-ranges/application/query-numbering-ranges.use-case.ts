import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import {
  DianResolution,
  matchesFilter,
  NumberingRange,
  NumberingRangeFilter,
} from '../domain/numbering-range';
import {
  NUMBERING_RANGE_GATEWAY,
  NumberingRangeGateway,
} from '../domain/numbering-range-gateway.port';
import { NumberingRangeCache } from './numbering-range-cache';

/**
 * The account's numbering ranges: the list (from the short-lived cache, fetched again after the
 * service's own issues), one range (live), and the resolutions DIAN associated to the software.
 */
@Injectable()
export class QueryNumberingRangesUseCase {
  constructor(
    private readonly ranges: NumberingRangeCache,
    @Inject(NUMBERING_RANGE_GATEWAY) private readonly gateway: NumberingRangeGateway,
  ) {}

  async list(filter: NumberingRangeFilter, session: ProviderSession): Promise<NumberingRange[]> {
    // Fresh after the service's own issues, so that list and show agree on `current`.
    const { ranges } = await this.ranges.all(session, { afterOwnIssues: true });
    return ranges.filter((range) => matchesFilter(range, filter));
  }

  get(id: number, session: ProviderSession): Promise<NumberingRange> {
    return this.gateway.get(id, session);
  }

  dianResolutions(session: ProviderSession): Promise<DianResolution[]> {
    return this.gateway.dianResolutions(session);
  }
}
