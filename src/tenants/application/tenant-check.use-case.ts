import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNT_GATEWAY, type AccountGateway } from '../../account/domain/account-gateway.port';
import type { CompanyProfile } from '../../account/domain/company-profile';
import { AUTH_GATEWAY, type AuthGateway } from '../../auth/domain/auth-gateway.port';
import { AuthenticationFailedError } from '../../auth/domain/auth.errors';
import type { ProviderSession } from '../../auth/domain/provider-session';
import {
  NUMBERING_RANGE_GATEWAY,
  type NumberingRangeGateway,
} from '../../numbering-ranges/domain/numbering-range-gateway.port';
import type { NumberingRange } from '../../numbering-ranges/domain/numbering-range';
import { type Tenant, tenantAccountKey } from '../domain/tenant';
import { TENANT_STORE, type TenantStore } from '../domain/tenant-store.port';
import { TenantFactusLoginFailedError, TenantNotFoundError } from '../domain/tenant.errors';
import { managedAccountOf } from './tenant-directory';

/** What the tenant's Factus showed with its credentials. */
export interface TenantCheck {
  company: CompanyProfile;
  ranges: NumberingRange[];
  /** Whether the company Factus holds for the account has the tenant's NIT. */
  nitMatches: boolean;
}

/** Longest Factus message quoted in TENANT_FACTUS_LOGIN_FAILED. */
const FACTUS_MESSAGE_MAX = 200;

/**
 * Logs in to a tenant's Factus with its own client and user (a fresh login each time, on the
 * tenant's budget), then reads its company profile and its numbering ranges: what an operator
 * checks after registering or changing a tenant. Works on a disabled tenant too (check, then
 * enable). Refused credentials are TENANT_FACTUS_LOGIN_FAILED (422); an unreachable Factus is its
 * usual upstream error.
 */
@Injectable()
export class TenantCheckUseCase {
  constructor(
    @Inject(TENANT_STORE) private readonly store: TenantStore,
    @Inject(AUTH_GATEWAY) private readonly auth: AuthGateway,
    @Inject(ACCOUNT_GATEWAY) private readonly account: AccountGateway,
    @Inject(NUMBERING_RANGE_GATEWAY) private readonly ranges: NumberingRangeGateway,
  ) {}

  async execute(id: string): Promise<TenantCheck> {
    const tenant = await this.store.get(id);
    if (!tenant) throw new TenantNotFoundError(id);
    const session = await this.login(tenant);
    const [company, ranges] = await Promise.all([
      this.account.company(session),
      this.ranges.list({}, session),
    ]);
    return { company, ranges, nitMatches: company.nit === tenant.nit };
  }

  private async login(tenant: Tenant): Promise<ProviderSession> {
    const { client, username, password } = managedAccountOf(tenant);
    try {
      const token = await this.auth.authenticate(username, password, 'user', client);
      // The session names the account only: its client secret stays out of it.
      const { tenantId, baseUrl, rateLimit } = client;
      return {
        accessToken: token.accessToken,
        accountKey: tenantAccountKey(tenant.id),
        account: { tenantId, baseUrl, ...(rateLimit === undefined ? {} : { rateLimit }) },
      };
    } catch (error) {
      if (!(error instanceof AuthenticationFailedError)) throw error;
      const secrets = [password, client.clientSecret];
      throw new TenantFactusLoginFailedError(
        tenant.id,
        client.baseUrl,
        quotable(error.message, secrets),
      );
    }
  }
}

/** Factus's message, when it is short and repeats no secret; otherwise nothing. */
function quotable(message: string, secrets: string[]): string | undefined {
  const text = message.trim();
  if (text === '' || text.length > FACTUS_MESSAGE_MAX) return undefined;
  return secrets.some((secret) => secret !== '' && text.includes(secret)) ? undefined : text;
}
