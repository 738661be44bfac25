import type { ProviderSession } from '../../auth/domain/provider-session';
import type { CompanyLogo } from './company-logo';
import type { CompanyProfile } from './company-profile';
import type { CompanyUpdate } from './company-update';
import type { Subscription } from './subscription';

export const ACCOUNT_GATEWAY = Symbol('ACCOUNT_GATEWAY');

/** The account behind the session at the e-invoicing provider: its company and subscriptions. */
export interface AccountGateway {
  company(session: ProviderSession): Promise<CompanyProfile>;
  /** Changes the issuer profile and returns it as the provider now holds it. */
  updateCompany(update: CompanyUpdate, session: ProviderSession): Promise<CompanyProfile>;
  /** Replaces the company logo and returns the profile (with the logo's new URL). */
  uploadLogo(logo: CompanyLogo, session: ProviderSession): Promise<CompanyProfile>;
  subscriptions(session: ProviderSession): Promise<Subscription[]>;
}
