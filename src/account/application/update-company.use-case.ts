import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { RequestValidationError } from '../../common/errors/common.errors';
import { ACCOUNT_GATEWAY, AccountGateway } from '../domain/account-gateway.port';
import type { CompanyProfile } from '../domain/company-profile';
import { CompanyUpdate, companyUpdateProblems } from '../domain/company-update';

/** Changes the issuer profile, once the names its legal organization requires are there. */
@Injectable()
export class UpdateCompanyUseCase {
  constructor(@Inject(ACCOUNT_GATEWAY) private readonly gateway: AccountGateway) {}

  async execute(update: CompanyUpdate, session: ProviderSession): Promise<CompanyProfile> {
    const problems = companyUpdateProblems(update);
    if (problems.length > 0) throw new RequestValidationError(problems);
    return this.gateway.updateCompany(update, session);
  }
}
