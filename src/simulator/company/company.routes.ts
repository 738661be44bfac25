import type { FastifyInstance } from 'fastify';
import {
  codeName,
  CUSTOMER_TRIBUTES,
  FISCAL_RESPONSIBILITIES,
  has,
  LEGAL_ORGANIZATIONS,
  municipality,
} from '../catalogs/dian-codes';
import type { SimulatorState } from '../core/simulator-state';
import { simRoute } from '../core/sim-route';
import { CompanyProfiles, SimulatorCompany } from './simulator-company';
import { readCompanyUpdate } from './company-update';

/** Seeded once: the demo company's record has not changed since. */
const CREATED_AT = '2023-06-01T08:00:38Z';

/**
 * `GET /v2/companies` (factus-api.md §2.10): the authenticated user's company, shaped as the
 * docs' example (empty strings for what does not apply, `economic_activity` as a number), and
 * `PUT /v2/companies` (v2 empresas/actualizar), which changes it.
 */
export function registerCompanyRoutes(
  app: FastifyInstance,
  state: SimulatorState,
  profiles: CompanyProfiles = new CompanyProfiles(),
): CompanyProfiles {
  state.onReset(() => profiles.reset());

  simRoute(app, state, 'GET', '/v2/companies', { auth: 'bearer' }, ({ userId }) => ({
    status: 200,
    body: {
      status: 'OK',
      message: 'Solicitud exitosa',
      data: companyView(profiles.ofUser(userId ?? '')),
    },
  }));

  simRoute(app, state, 'PUT', '/v2/companies', { auth: 'bearer' }, ({ userId, body }) => {
    const current = profiles.ofUser(userId ?? '');
    const updatedAt = new Date(state.clock()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const read = readCompanyUpdate(body, current, updatedAt);
    if ('response' in read) return read.response;
    profiles.replace(read.company);
    // Assumption: the v2 page shows the request only; the answer is taken to be the company as
    // GET shows it, with a message in the style of Factus's other updates.
    return {
      status: 200,
      body: {
        status: 'OK',
        message: 'Empresa actualizada con éxito',
        data: companyView(read.company),
      },
    };
  });
  return profiles;
}

export function companyView(company: SimulatorCompany) {
  const legalPerson = company.legalOrganizationCode === '1';
  return {
    url_logo: company.urlLogo,
    nit: company.nit,
    dv: company.dv,
    company: legalPerson ? company.company : '',
    trade_name: company.tradeName,
    names: legalPerson ? '' : (company.names ?? company.company),
    surnames: legalPerson ? '' : (company.surnames ?? ''),
    graphic_representation_name: company.company,
    registration_code: company.registrationCode,
    economic_activity: company.economicActivity === '' ? '' : Number(company.economicActivity),
    phone: company.phone,
    email: company.email,
    address: company.address,
    tribute: has(CUSTOMER_TRIBUTES, company.tributeCode)
      ? codeName(CUSTOMER_TRIBUTES, company.tributeCode)
      : null,
    legal_organization: codeName(LEGAL_ORGANIZATIONS, company.legalOrganizationCode),
    municipality: municipality(company.municipalityCode) ?? null,
    responsibilities: company.responsibilities.map((code) =>
      codeName(FISCAL_RESPONSIBILITIES, code),
    ),
    created_at: CREATED_AT,
    updated_at: company.updatedAt ?? CREATED_AT,
  };
}
