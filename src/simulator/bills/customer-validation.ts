import {
  COUNTRIES,
  CUSTOMER_TRIBUTES,
  FISCAL_RESPONSIBILITIES,
  IDENTIFICATION_DOCUMENTS,
  LEGAL_ORGANIZATIONS,
  municipality,
  NIT_DOCUMENT_CODE,
} from '../catalogs/dian-codes';
import { msg } from '../core/laravel-validation';
import type { CustomerRequest, EstablishmentRequest } from './bill-request';
import type { FieldReader, JsonObject } from './field-reader';
import { nitCheckDigit } from './nit-check-digit';

/*
 * Validation of the parties of a v2 document: `customer` (identification, NIT check digit,
 * company or names by legal organisation, DIAN codes with Factus's defaults) and `establishment`.
 */

export function readEstablishment(f: FieldReader, root: JsonObject): EstablishmentRequest | null {
  const e = f.object(root, 'establishment', 'establishment');
  if (!e) return null;
  const name = f.string(e, 'name', 'establishment.name', { required: true });
  const address = f.string(e, 'address', 'establishment.address', { required: true });
  const phoneNumber = f.string(e, 'phone_number', 'establishment.phone_number', {
    required: true,
  });
  const email = f.email(e, 'email', 'establishment.email', { required: true });
  const municipalityCode = readMunicipality(f, e, 'establishment.municipality_code', true);
  return name && address && phoneNumber && email && municipalityCode
    ? { name, address, phoneNumber, email, municipalityCode }
    : null;
}

function readMunicipality(
  f: FieldReader,
  parent: JsonObject,
  path: string,
  required: boolean,
): string | undefined {
  const code = f.string(parent, 'municipality_code', path, { required });
  if (code === undefined) return undefined;
  if (!municipality(code)) {
    f.errors.add(path, msg.invalid(path));
    return undefined;
  }
  return code;
}

export function readCustomer(f: FieldReader, root: JsonObject): CustomerRequest | undefined {
  const c = f.object(root, 'customer', 'customer', { required: true });
  if (!c) return undefined;
  const documentCode = f.code(
    c,
    'identification_document_code',
    'customer.identification_document_code',
    IDENTIFICATION_DOCUMENTS,
    { required: true },
  );
  const identification = f.string(c, 'identification', 'customer.identification', {
    required: true,
  });
  const numericIdentification = documentCode === NIT_DOCUMENT_CODE || documentCode === '13';
  if (identification !== undefined && numericIdentification && !/^\d{1,15}$/.test(identification)) {
    f.errors.add('customer.identification', msg.numeric('customer.identification'));
  }
  const dv = readCheckDigit(f, c, documentCode, identification);
  const legalOrganizationCode = f.code(
    c,
    'legal_organization_code',
    'customer.legal_organization_code',
    LEGAL_ORGANIZATIONS,
    { required: true },
  );
  const company = f.string(c, 'company', 'customer.company') ?? null;
  if (legalOrganizationCode === '1' && company === null && !f.errors.has('customer.company')) {
    f.errors.add(
      'customer.company',
      msg.requiredIf('customer.company', 'customer.legal_organization_code', '1'),
    );
  }
  const names = f.string(c, 'names', 'customer.names') ?? null;
  if (legalOrganizationCode === '2' && names === null && !f.errors.has('customer.names')) {
    f.errors.add(
      'customer.names',
      msg.requiredIf('customer.names', 'customer.legal_organization_code', '2'),
    );
  }
  const tributeCode = f.code(c, 'tribute_code', 'customer.tribute_code', CUSTOMER_TRIBUTES) ?? 'ZZ';
  const countryCode = f.code(c, 'country_code', 'customer.country_code', COUNTRIES) ?? 'CO';
  // "Se debe enviar el código del municipio únicamente si el municipio es de Colombia".
  const municipalityCode =
    countryCode === 'CO'
      ? (readMunicipality(f, c, 'customer.municipality_code', false) ?? null)
      : null;
  const responsibilities = readResponsibilities(f, c);
  const tradeName = f.string(c, 'trade_name', 'customer.trade_name') ?? null;
  const address = f.string(c, 'address', 'customer.address') ?? null;
  const email = f.email(c, 'email', 'customer.email') ?? null;
  const phone = f.string(c, 'phone', 'customer.phone') ?? null;
  if (!documentCode || !identification || !legalOrganizationCode) return undefined;
  return {
    identificationDocumentCode: documentCode,
    identification,
    dv,
    company,
    tradeName,
    names,
    address,
    email,
    phone,
    legalOrganizationCode,
    tributeCode,
    countryCode,
    municipalityCode,
    responsibilities,
  };
}

/** A NIT's check digit must match DIAN's módulo 11 when sent, and is computed when omitted. */
function readCheckDigit(
  f: FieldReader,
  c: JsonObject,
  documentCode: string | undefined,
  identification: string | undefined,
): string | null {
  if (documentCode !== NIT_DOCUMENT_CODE) return null;
  const sent = f.string(c, 'dv', 'customer.dv');
  if (identification === undefined || !/^\d{1,15}$/.test(identification)) return sent ?? null;
  const expected = String(nitCheckDigit(identification));
  if (sent !== undefined && sent !== expected) {
    f.errors.add('customer.dv', msg.invalid('customer.dv'));
  }
  return expected;
}

function readResponsibilities(f: FieldReader, c: JsonObject): string[] {
  const raw = c.responsibilities;
  if (!f.present(raw)) return ['R-99-PN'];
  // The company endpoint takes a string ("R-99-PN"); accept it here too.
  const list = typeof raw === 'string' ? raw.split(/[;,]/) : raw;
  if (!Array.isArray(list)) {
    f.errors.add('customer.responsibilities', msg.array('customer.responsibilities'));
    return ['R-99-PN'];
  }
  const codes: string[] = [];
  list.forEach((value, i) => {
    const code = typeof value === 'string' ? value.trim() : '';
    if (!Object.prototype.hasOwnProperty.call(FISCAL_RESPONSIBILITIES, code)) {
      f.errors.add(`customer.responsibilities.${i}`, msg.invalid(`customer.responsibilities.${i}`));
    } else {
      codes.push(code);
    }
  });
  return codes.length > 0 ? codes : ['R-99-PN'];
}
