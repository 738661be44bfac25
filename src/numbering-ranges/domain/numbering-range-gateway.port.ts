import type { ProviderSession } from '../../auth/domain/provider-session';
import type {
  DianResolution,
  NewNumberingRange,
  NumberingRange,
  NumberingRangeFilter,
} from './numbering-range';

export const NUMBERING_RANGE_GATEWAY = Symbol('NUMBERING_RANGE_GATEWAY');

/**
 * The e-invoicing provider's numbering ranges of the session's account. Every call naming a range
 * by id throws NumberingRangeNotFoundError when the account has no such range.
 */
export interface NumberingRangeGateway {
  /** Every range matching the filter (all pages). */
  list(filter: NumberingRangeFilter, session: ProviderSession): Promise<NumberingRange[]>;
  get(id: number, session: ProviderSession): Promise<NumberingRange>;
  create(range: NewNumberingRange, session: ProviderSession): Promise<NumberingRange>;
  /** Sets the next number the range gives out. */
  updateCurrent(id: number, current: number, session: ProviderSession): Promise<NumberingRange>;
  /** Activates an inactive range, deactivates an active one. */
  toggleStatus(id: number, session: ProviderSession): Promise<NumberingRange>;
  delete(id: number, session: ProviderSession): Promise<void>;
  /** The resolutions DIAN associated to the software, from which ranges are created. */
  dianResolutions(session: ProviderSession): Promise<DianResolution[]>;
}
