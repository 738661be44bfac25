import type { FieldError } from '../../common/errors/domain-error';

/** `legalOrganizationCode` of a legal person (persona jurídica) and of a natural person. */
export const LEGAL_PERSON = '1';
export const NATURAL_PERSON = '2';

/**
 * A change of the issuer profile Factus holds (v2 empresas/actualizar). A field left out is not
 * sent (Factus keeps it); an empty text is sent as such and clears it (Laravel reads "" as null).
 * Codes are DIAN codes.
 */
export interface CompanyUpdate {
  legalOrganizationCode: string;
  /** Company name; required for a legal person. */
  company?: string;
  tradeName?: string;
  /** Names and surnames; both required for a natural person. */
  names?: string;
  surnames?: string;
  registrationCode?: string;
  /** Main economic activity (CIIU code). */
  economicActivity?: string;
  phone?: string;
  email?: string;
  address?: string;
  /** Customer tribute table: 01 IVA, ZZ not applicable. */
  tributeCode?: string;
  /** DIVIPOLA municipality code. */
  municipalityCode: string;
  /** One fiscal responsibility code (O-13, O-15, O-23, O-47, R-99-PN). */
  responsibilities?: string;
}

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

const PERSON: Readonly<Record<string, string>> = {
  [LEGAL_PERSON]: 'legal person',
  [NATURAL_PERSON]: 'natural person',
};

/** Why a name is missing: the same words from the HTTP checks and from the rule below. */
export function requiredNameMessage(field: string, legalOrganizationCode: string): string {
  return `${field} is required for a ${PERSON[legalOrganizationCode] ?? 'person'} (legalOrganizationCode ${legalOrganizationCode})`;
}

/**
 * The names the legal organization requires (v2 empresas/actualizar): `company` when it is 1,
 * `names` and `surnames` when it is 2. Every missing one is reported.
 */
export function companyUpdateProblems(update: CompanyUpdate): FieldError[] {
  const problems: FieldError[] = [];
  const require = (field: 'company' | 'names' | 'surnames') => {
    if (blank(update[field])) {
      problems.push({ field, message: requiredNameMessage(field, update.legalOrganizationCode) });
    }
  };
  if (update.legalOrganizationCode === LEGAL_PERSON) require('company');
  if (update.legalOrganizationCode === NATURAL_PERSON) {
    require('names');
    require('surnames');
  }
  return problems;
}
