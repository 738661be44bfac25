import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { ACCOUNT_GATEWAY, AccountGateway } from '../domain/account-gateway.port';
import { companyLogoOf } from '../domain/company-logo';
import type { CompanyProfile } from '../domain/company-profile';

/** Replaces the company logo, once its bytes are a PNG or JPEG within the size limit. */
@Injectable()
export class UploadCompanyLogoUseCase {
  constructor(@Inject(ACCOUNT_GATEWAY) private readonly gateway: AccountGateway) {}

  async execute(content: Buffer, session: ProviderSession): Promise<CompanyProfile> {
    return this.gateway.uploadLogo(companyLogoOf(content), session);
  }
}
