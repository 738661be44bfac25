import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { parseFactusAnswer } from '../../factus/wire';
import type { AccountGateway } from '../domain/account-gateway.port';
import { CompanyLogo, logoFileOf } from '../domain/company-logo';
import type { CompanyProfile } from '../domain/company-profile';
import type { CompanyUpdate } from '../domain/company-update';
import type { Subscription } from '../domain/subscription';
import { fromFactusCompany, fromFactusSubscription } from './factus-account.mapper';
import {
  companyAnswer,
  companyUpdateAnswer,
  factusCompanySchema,
  subscriptionsAnswer,
} from './factus-account.wire';
import { companyUpdateError, toFactusCompanyUpdate } from './factus-company-update';

/**
 * Factus v2 company (`GET` and `PUT /v2/companies`, `POST /v2/companies/logo`) and subscriptions
 * (`GET /v2/subscriptions`).
 */
@Injectable()
export class FactusAccountGateway implements AccountGateway {
  constructor(private readonly client: FactusHttpClient) {}

  async company(session: ProviderSession): Promise<CompanyProfile> {
    const { body } = await this.client.send({ method: 'GET', path: '/v2/companies', session });
    const { data } = parseFactusAnswer(companyAnswer, body, 'GET /v2/companies');
    return fromFactusCompany(data);
  }

  /**
   * v2 empresas/actualizar. The page documents no answer: the company is read from it when it
   * holds one, else asked again with `GET /v2/companies`.
   */
  async updateCompany(update: CompanyUpdate, session: ProviderSession): Promise<CompanyProfile> {
    let body: unknown;
    try {
      ({ body } = await this.client.send({
        method: 'PUT',
        path: '/v2/companies',
        json: toFactusCompanyUpdate(update),
        session,
        // The same PUT twice leaves the same profile: safe to resend after a lost answer.
        retryable: true,
      }));
    } catch (error) {
      throw companyUpdateError(error);
    }
    return this.companyAfter(body, 'PUT /v2/companies', session);
  }

  /**
   * v2 empresas/actualizar-imagen: multipart/form-data, the file in the field `image`, named and
   * typed from its sniffed type. The page documents no answer: read as the PUT's.
   */
  async uploadLogo(logo: CompanyLogo, session: ProviderSession): Promise<CompanyProfile> {
    let body: unknown;
    try {
      ({ body } = await this.client.send({
        method: 'POST',
        path: '/v2/companies/logo',
        file: { field: 'image', ...logoFileOf(logo), content: logo.content },
        session,
        // Sending the same logo twice leaves the same logo.
        retryable: true,
      }));
    } catch (error) {
      throw companyUpdateError(error, 'logo');
    }
    return this.companyAfter(body, 'POST /v2/companies/logo', session);
  }

  /** The company an update answered with, else the company as Factus now shows it. */
  private async companyAfter(
    body: unknown,
    endpoint: string,
    session: ProviderSession,
  ): Promise<CompanyProfile> {
    const { data } = parseFactusAnswer(companyUpdateAnswer, body, endpoint);
    const company = factusCompanySchema.safeParse(data);
    return company.success ? fromFactusCompany(company.data) : this.company(session);
  }

  async subscriptions(session: ProviderSession): Promise<Subscription[]> {
    const { body } = await this.client.send({ method: 'GET', path: '/v2/subscriptions', session });
    const { data } = parseFactusAnswer(subscriptionsAnswer, body, 'GET /v2/subscriptions');
    return data.map(fromFactusSubscription);
  }
}
