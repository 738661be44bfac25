import type { FastifyInstance } from 'fastify';
import {
  codeName,
  CUSTOMER_TRIBUTES,
  FISCAL_RESPONSIBILITIES,
  LEGAL_ORGANIZATIONS,
  municipality,
} from '../catalogs/dian-codes';
import type { SimulatorState } from '../core/simulator-state';
import { simRoute } from '../core/sim-route';
import { companyOfUser, SimulatorCompany } from './simulator-company';

/** Seeded once: the demo company's record has not changed since. */
const CREATED_AT = '2023-06-01T08:00:38Z';

/**
 * `GET /v2/companies` (factus-api.md §2.10): the authenticated user's company, shaped as the
 * docs' example (empty strings for what does not apply, `economic_activity` as a number).
 */
export function registerCompanyRoutes(app: FastifyInstance, state: SimulatorState): void {
  simRoute(app, state, 'GET', '/v2/companies', { auth: 'bearer' }, ({ userId }) => ({
    status: 200,
    body: {
      status: 'OK',
      message: 'Solicitud exitosa',
      data: companyView(companyOfUser(userId ?? '')),
    },
  }));
}

export function companyView(company: SimulatorCompany) {
  const legalPerson = company.legalOrganizationCode === '1';
  return {
    url_logo: company.urlLogo,
    nit: company.nit,
    dv: company.dv,
    company: legalPerson ? company.company : '',
    trade_name: company.tradeName,
    names: legalPerson ? '' : company.company,
    surnames: '',
    graphic_representation_name: company.company,
    registration_code: company.registrationCode,
    economic_activity: Number(company.economicActivity),
    phone: company.phone,
    email: company.email,
    address: company.address,
    tribute: codeName(CUSTOMER_TRIBUTES, company.tributeCode),
    legal_organization: codeName(LEGAL_ORGANIZATIONS, company.legalOrganizationCode),
    municipality: municipality(company.municipalityCode) ?? null,
    responsibilities: company.responsibilities.map((code) =>
      codeName(FISCAL_RESPONSIBILITIES, code),
    ),
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
  };
}
