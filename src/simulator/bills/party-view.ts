import {
  codeName,
  COUNTRIES,
  CUSTOMER_TRIBUTES,
  IDENTIFICATION_DOCUMENTS,
  LEGAL_ORGANIZATIONS,
  municipality,
} from '../catalogs/dian-codes';
import type { SimulatorCompany } from '../company/simulator-company';
import type { CustomerRequest, EstablishmentRequest } from './bill-request';

/** The name printed on the graphic representation: the company for a legal person. */
export function graphicName(customer: CustomerRequest): string {
  return customer.legalOrganizationCode === '1'
    ? (customer.company ?? customer.names ?? '')
    : (customer.names ?? customer.company ?? '');
}

export function companyView(company: SimulatorCompany, establishment: EstablishmentRequest | null) {
  const own = {
    name: company.tradeName,
    address: company.address,
    phone_number: company.phone,
    email: company.email,
    municipality: municipality(company.municipalityCode) ?? null,
  };
  return {
    url_logo: company.urlLogo,
    nit: company.nit,
    dv: company.dv,
    company: company.company,
    name: company.company,
    graphic_representation_name: company.company,
    registration_code: company.registrationCode,
    economic_activity: company.economicActivity,
    phone: company.phone,
    email: company.email,
    direction: company.address,
    municipality: municipality(company.municipalityCode)?.name ?? null,
    establishment: establishment
      ? {
          name: establishment.name,
          address: establishment.address,
          phone_number: establishment.phoneNumber,
          email: establishment.email,
          municipality: municipality(establishment.municipalityCode) ?? null,
        }
      : own,
  };
}

export function customerView(customer: CustomerRequest) {
  return {
    identification_document: codeName(
      IDENTIFICATION_DOCUMENTS,
      customer.identificationDocumentCode,
    ),
    identification: customer.identification,
    dv: customer.dv,
    graphic_representation_name: graphicName(customer),
    trade_name: customer.tradeName,
    company: customer.company,
    names: customer.names ?? customer.company,
    // Factus fills what a minimal customer leaves out (factus-api.md §3.3).
    address: customer.address ?? 'No informado',
    email: customer.email,
    phone: customer.phone,
    legal_organization: codeName(LEGAL_ORGANIZATIONS, customer.legalOrganizationCode),
    tribute: codeName(CUSTOMER_TRIBUTES, customer.tributeCode),
    responsibilities: customer.responsibilities,
    country: codeName(COUNTRIES, customer.countryCode),
    municipality: customer.municipalityCode
      ? (municipality(customer.municipalityCode) ?? null)
      : null,
  };
}
