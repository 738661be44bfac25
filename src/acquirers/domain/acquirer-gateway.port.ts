import type { ProviderSession } from '../../auth/domain/provider-session';
import type { Acquirer, AcquirerQuery } from './acquirer';

export const ACQUIRER_GATEWAY = Symbol('ACQUIRER_GATEWAY');

/** DIAN's acquirer lookup, through the e-invoicing provider. */
export interface AcquirerGateway {
  /** Throws AcquirerNotFoundError when DIAN has no acquirer with that identification. */
  find(query: AcquirerQuery, session: ProviderSession): Promise<Acquirer>;
}
