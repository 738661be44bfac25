export interface CodeName {
  code: string;
  name: string;
}

/**
 * The issuer's fiscal profile as Factus holds it. Invoices carry no issuer block: DIAN receives
 * this profile, so it is what to check when DIAN complains about the issuer.
 */
export interface CompanyProfile {
  nit: string;
  /** NIT check digit. */
  dv: string | null;
  /** Company name (legal persons). */
  company: string | null;
  tradeName: string | null;
  /** Names and surnames (natural persons). */
  names: string | null;
  surnames: string | null;
  registrationCode: string | null;
  /** Main economic activity (CIIU code). */
  economicActivity: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  tribute: CodeName | null;
  legalOrganization: CodeName | null;
  municipality: (CodeName & { department: CodeName | null }) | null;
  responsibilities: CodeName[];
  urlLogo: string | null;
}
