import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import type { NewNumberingRange, NumberingRange } from '../domain/numbering-range';
import {
  NUMBERING_RANGE_GATEWAY,
  NumberingRangeGateway,
} from '../domain/numbering-range-gateway.port';
import { NumberingRangeCache } from './numbering-range-cache';

/**
 * Creating, renumbering, activating or deactivating and deleting the account's ranges in Factus.
 * Each change forgets the account's cached list, so that the list and the range check on create
 * see it at once (a created range is usable by the next invoice, a deactivated one is not).
 */
@Injectable()
export class ManageNumberingRangesUseCase {
  constructor(
    @Inject(NUMBERING_RANGE_GATEWAY) private readonly gateway: NumberingRangeGateway,
    private readonly cache: NumberingRangeCache,
  ) {}

  create(range: NewNumberingRange, session: ProviderSession): Promise<NumberingRange> {
    return this.changing(session, () => this.gateway.create(range, session));
  }

  updateCurrent(id: number, current: number, session: ProviderSession): Promise<NumberingRange> {
    return this.changing(session, () => this.gateway.updateCurrent(id, current, session));
  }

  toggleStatus(id: number, session: ProviderSession): Promise<NumberingRange> {
    return this.changing(session, () => this.gateway.toggleStatus(id, session));
  }

  delete(id: number, session: ProviderSession): Promise<void> {
    return this.changing(session, () => this.gateway.delete(id, session));
  }

  /** Forgets the list whatever the outcome: a failed or unanswered change may still have landed. */
  private async changing<T>(session: ProviderSession, change: () => Promise<T>): Promise<T> {
    try {
      return await change();
    } finally {
      this.cache.invalidate(session.accountKey);
    }
  }
}
