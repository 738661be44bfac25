import { RequestValidationError } from '../../common/errors/common.errors';
import type { AccountGateway } from '../domain/account-gateway.port';
import type { CompanyProfile } from '../domain/company-profile';
import type { CompanyUpdate } from '../domain/company-update';
import { UpdateCompanyUseCase } from './update-company.use-case';

const SESSION = { accessToken: 'tok', accountKey: 'token:x' };
const PROFILE = { nit: '900825759' } as CompanyProfile;

function useCase() {
  const sent: CompanyUpdate[] = [];
  const gateway: AccountGateway = {
    company: () => Promise.resolve(PROFILE),
    subscriptions: () => Promise.resolve([]),
    updateCompany: (update) => {
      sent.push(update);
      return Promise.resolve(PROFILE);
    },
    uploadLogo: () => Promise.reject(new Error('not used')),
  };
  return { useCase: new UpdateCompanyUseCase(gateway), sent };
}

describe('UpdateCompanyUseCase', () => {
  it('sends a complete update and answers the profile Factus now holds', async () => {
    const { useCase: update, sent } = useCase();
    const change = {
      legalOrganizationCode: '2',
      names: 'Alan',
      surnames: 'Turing',
      municipalityCode: '68872',
    };
    await expect(update.execute(change, SESSION)).resolves.toBe(PROFILE);
    expect(sent).toEqual([change]);
  });

  it('refuses, without sending, a natural person without surnames', async () => {
    const { useCase: update, sent } = useCase();
    const error = await update
      .execute({ legalOrganizationCode: '2', names: 'Alan', municipalityCode: '68872' }, SESSION)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).errors.map((e) => e.field)).toEqual(['surnames']);
    expect(sent).toEqual([]);
  });
});
