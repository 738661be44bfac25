import type { ProviderSession } from '../../auth/domain/provider-session';
import type { NumberingRange, NumberingRangeFilter } from './numbering-range';

export const NUMBERING_RANGE_GATEWAY = Symbol('NUMBERING_RANGE_GATEWAY');

/** The e-invoicing provider's numbering ranges of the session's account. */
export interface NumberingRangeGateway {
  /** Every range matching the filter (all pages). */
  list(filter: NumberingRangeFilter, session: ProviderSession): Promise<NumberingRange[]>;
  /** One range; throws NumberingRangeNotFoundError when the account has no such range. */
  get(id: number, session: ProviderSession): Promise<NumberingRange>;
}
