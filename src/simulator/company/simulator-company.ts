import { nitCheckDigit } from '../bills/nit-check-digit';

/**
 * The issuing company behind the simulator's demo user. Factus bills carry no issuer block: the
 * issuer's fiscal profile comes from the account (factus-api.md §2.10), so it is seeded here.
 * The NIT is the one the brief fixes for the CUFE; the names are the simulator's own.
 */
export interface SimulatorCompany {
  id: string;
  nit: string;
  dv: string;
  /** Company name of a legal person; of a natural person, names and surnames (graphic name). */
  company: string;
  /** A natural person's names and surnames (empty for a legal person). */
  names?: string;
  surnames?: string;
  tradeName: string;
  registrationCode: string;
  economicActivity: string;
  phone: string;
  email: string;
  address: string;
  municipalityCode: string;
  /** 1 legal person, 2 natural person. */
  legalOrganizationCode: string;
  /** Customer tribute table: 01 IVA, ZZ not applicable. */
  tributeCode: string;
  /** Fiscal responsibilities (DIAN `TaxLevelCode`). */
  responsibilities: readonly string[];
  urlLogo: string;
  /** When the profile last changed (`PUT`, logo); the seeded record's date when absent. */
  updatedAt?: string;
}

export const DEMO_COMPANY: SimulatorCompany = {
  id: 'company-1',
  nit: '901724254',
  dv: String(nitCheckDigit('901724254')),
  company: 'EMPRESA DEMO SIMULADOR S.A.S.',
  tradeName: 'Demo Simulador',
  registrationCode: '0000000-00',
  economicActivity: '6201',
  phone: '6010000000',
  email: 'facturacion@simulator.factus.local',
  address: 'Calle 1 # 2-3',
  municipalityCode: '68679',
  legalOrganizationCode: '1',
  tributeCode: '01',
  responsibilities: ['O-13'],
  urlLogo: 'https://app-sandbox.factus.com.co/images/logo.png',
};

const COMPANIES: readonly SimulatorCompany[] = [DEMO_COMPANY];

/**
 * The company a user issues for, as seeded. The simulator has one demo user and one company; its
 * profile as changed by `PUT /v2/companies` lives in CompanyProfiles.
 */
export function companyOfUser(_userId: string): SimulatorCompany {
  return DEMO_COMPANY;
}

export function companyById(id: string): SimulatorCompany | undefined {
  return COMPANIES.find((company) => company.id === id);
}

/**
 * The companies as `PUT /v2/companies` and `POST /v2/companies/logo` left them, and the logos
 * uploaded (served under `/storage/images/logos/`). One per simulator; cleared by a reset.
 *
 * Assumption: documents keep the seeded issuer profile (their routes read companyOfUser); only
 * the company routes show the changed one. The NIT, which issuing hashes, cannot change anyway.
 */
export class CompanyProfiles {
  private readonly changed = new Map<string, SimulatorCompany>();
  private readonly logos = new Map<string, { content: Buffer; contentType: string }>();

  ofUser(userId: string): SimulatorCompany {
    const seeded = companyOfUser(userId);
    return this.changed.get(seeded.id) ?? seeded;
  }

  replace(company: SimulatorCompany): void {
    this.changed.set(company.id, company);
  }

  storeLogo(name: string, content: Buffer, contentType: string): void {
    this.logos.set(name, { content, contentType });
  }

  logo(name: string): { content: Buffer; contentType: string } | undefined {
    return this.logos.get(name);
  }

  reset(): void {
    this.changed.clear();
    this.logos.clear();
  }
}
