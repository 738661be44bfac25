import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { ACCOUNT_GATEWAY, AccountGateway } from '../domain/account-gateway.port';
import type { CompanyProfile } from '../domain/company-profile';

/** The issuer profile Factus holds for the session's account. */
@Injectable()
export class GetCompanyUseCase {
  constructor(@Inject(ACCOUNT_GATEWAY) private readonly gateway: AccountGateway) {}

  execute(session: ProviderSession): Promise<CompanyProfile> {
    return this.gateway.company(session);
  }
}
