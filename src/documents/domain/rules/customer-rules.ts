import type { Customer } from '../document-draft';
import { isNitNumber, NIT_MAX_DIGITS, nitCheckDigit } from '../nit-check-digit';
import { isBlank, RuleContext } from './rule-context';

export const IDENTIFICATION_TYPE = { CEDULA: '13', NIT: '31' } as const;
const LEGAL_PERSON = '1';
const NATURAL_PERSON = '2';
const COLOMBIA = 'CO';

/**
 * The customer's DIAN codes, its identification and check digit, and the name its legal
 * organization requires. Returns the NIT check digit to send, when the customer is a NIT whose
 * check digit is absent or right.
 */
export function checkCustomer(customer: Customer, ctx: RuleContext): string | undefined {
  ctx.checkCode(
    'customer.identificationDocumentCode',
    customer.identificationDocumentCode,
    'identification-document-types',
    'an identification document type',
  );
  const customerDv = checkIdentification(customer, ctx);

  if (
    ctx.checkCode(
      'customer.legalOrganizationCode',
      customer.legalOrganizationCode,
      'legal-organizations',
      'a legal organization',
    )
  ) {
    if (customer.legalOrganizationCode === LEGAL_PERSON && isBlank(customer.company)) {
      ctx.report(
        'customer.company',
        'company is required for a legal person (legalOrganizationCode 1)',
      );
    }
    if (customer.legalOrganizationCode === NATURAL_PERSON && isBlank(customer.names)) {
      ctx.report(
        'customer.names',
        'names is required for a natural person (legalOrganizationCode 2)',
      );
    }
  }

  if (customer.tributeCode !== undefined) {
    ctx.checkCode(
      'customer.tributeCode',
      customer.tributeCode,
      'customer-tributes',
      'a customer tribute',
    );
  }
  (customer.responsibilities ?? []).forEach((code, i) => checkResponsibility(code, i, ctx));
  if (customer.countryCode !== undefined) {
    ctx.checkCode(
      'customer.countryCode',
      customer.countryCode,
      'countries',
      'a country (ISO 3166-1 alpha-2)',
    );
  }
  // DIVIPOLA codes exist only for Colombia; Factus ignores a foreign customer's municipality.
  const colombian = customer.countryCode === undefined || customer.countryCode === COLOMBIA;
  if (customer.municipalityCode !== undefined && colombian) {
    ctx.checkCode(
      'customer.municipalityCode',
      customer.municipalityCode,
      'municipalities',
      'a DIVIPOLA municipality',
    );
  }
  return customerDv;
}

function checkIdentification(customer: Customer, ctx: RuleContext): string | undefined {
  const { identificationDocumentCode: type, identification } = customer;
  if (type === IDENTIFICATION_TYPE.NIT) {
    if (!isNitNumber(identification)) {
      ctx.report('customer.identification', nitFormatMessage(identification, true));
      return undefined;
    }
    const dv = nitCheckDigit(identification);
    if (customer.dv !== undefined && customer.dv !== dv) {
      ctx.report(
        'customer.dv',
        `dv ${customer.dv} is wrong for NIT ${identification}; it is ${dv}`,
      );
      return undefined;
    }
    return dv;
  }
  if (type === IDENTIFICATION_TYPE.CEDULA && !/^\d+$/.test(identification)) {
    ctx.report(
      'customer.identification',
      `a cédula de ciudadanía (13) is digits only, without dots or spaces (got '${identification}')`,
    );
  }
  return undefined;
}

/** Shared with the mandate's identification, which may also be a NIT (but has no dv field). */
export function nitFormatMessage(identification: string, hasDvField: boolean): string {
  const withDv = /^(\d+)-(\d)$/.exec(identification.replace(/[.\s]/g, ''));
  const hint = withDv && hasDvField ? `: send '${withDv[1]}' and dv '${withDv[2]}'` : '';
  return `a NIT (31) is 1 to ${NIT_MAX_DIGITS} digits, without check digit, dots or hyphen (got '${identification}')${hint}`;
}

function checkResponsibility(code: string, index: number, ctx: RuleContext): void {
  const field = `customer.responsibilities[${index}]`;
  if (ctx.catalog.has('fiscal-responsibilities', code)) return;
  // Factus's v1 table and v2 glossary write 0-15 with a zero; the code is the letter O.
  const withLetterO = code.replace(/^0-/, 'O-');
  if (withLetterO !== code && ctx.catalog.has('fiscal-responsibilities', withLetterO)) {
    ctx.report(
      field,
      `'${code}' is written with a zero; the code is '${withLetterO}', with the letter O`,
    );
    return;
  }
  ctx.checkCode(field, code, 'fiscal-responsibilities', 'a fiscal responsibility');
}
