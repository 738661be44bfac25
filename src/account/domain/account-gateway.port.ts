import type { ProviderSession } from '../../auth/domain/provider-session';
import type { CompanyProfile } from './company-profile';
import type { Subscription } from './subscription';

export const ACCOUNT_GATEWAY = Symbol('ACCOUNT_GATEWAY');

/** The account behind the session at the e-invoicing provider: its company and subscriptions. */
export interface AccountGateway {
  company(session: ProviderSession): Promise<CompanyProfile>;
  subscriptions(session: ProviderSession): Promise<Subscription[]>;
}
