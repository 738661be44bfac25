import {
  CUSTOMER_TRIBUTES,
  FISCAL_RESPONSIBILITIES,
  has,
  LEGAL_ORGANIZATIONS,
  municipality,
} from '../catalogs/dian-codes';
import { isEmail, msg, validationFailed, ValidationErrors } from '../core/laravel-validation';
import type { SimResponse } from '../core/sim-route';
import type { SimulatorCompany } from './simulator-company';

/** The free texts of the body and the company field each one sets. */
const TEXTS = {
  trade_name: 'tradeName',
  registration_code: 'registrationCode',
  phone: 'phone',
  email: 'email',
  address: 'address',
} as const;

/** Assumption: the page gives no lengths; Laravel's `string|max:255` is taken for every text. */
const MAX = 255;

/**
 * Reads a `PUT /v2/companies` body (v2 empresas/actualizar) the way Laravel validates it:
 * `legal_organization_code` and `municipality_code` required and from their tables; `company`
 * required when the organization is 1, `names` and `surnames` when it is 2; `tribute_code` and
 * `responsibilities` (one code, a string) from their tables; the rest optional texts.
 * A field left out keeps its value; `null` clears it.
 *
 * Assumption: the page's example sends `"responsibilities": "5"` while its field table points at
 * the fiscal-responsibility table (O-13 … R-99-PN); the simulator follows the table.
 */
export function readCompanyUpdate(
  input: unknown,
  current: SimulatorCompany,
  updatedAt: string,
): { company: SimulatorCompany } | { response: SimResponse } {
  const body = (input && typeof input === 'object' && !Array.isArray(input) ? input : {}) as Record<
    string,
    unknown
  >;
  const errors = new ValidationErrors();
  // Assumption: Laravel's default TrimStrings and ConvertEmptyStringsToNull middleware run, so a
  // blank text is absent for `required` and `required_if`.
  const present = (field: string) => {
    const value = body[field];
    return (
      value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')
    );
  };
  const text = (field: string): string | undefined => {
    const value = body[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      errors.add(field, msg.string(field));
      return undefined;
    }
    if (value.length > MAX) errors.add(field, msg.maxChars(field, MAX));
    return value;
  };
  const code = (field: string, table: Readonly<Record<string, unknown>>, required: boolean) => {
    const value = body[field];
    if (!present(field)) {
      if (required) errors.add(field, msg.required(field));
      return undefined;
    }
    if (typeof value !== 'string' || !has(table, value)) {
      errors.add(field, msg.invalid(field));
      return undefined;
    }
    return value;
  };

  const legalOrganization = code('legal_organization_code', LEGAL_ORGANIZATIONS, true);
  const municipalityCode = requiredMunicipality(body, errors);
  const tributeCode = code('tribute_code', CUSTOMER_TRIBUTES, false);
  const responsibility = code('responsibilities', FISCAL_RESPONSIBILITIES, false);
  const requiredIf = (field: string, value: string) => {
    if (legalOrganization === value && !present(field)) {
      errors.add(field, msg.requiredIf(field, 'legal_organization_code', value));
    }
  };
  requiredIf('company', '1');
  requiredIf('names', '2');
  requiredIf('surnames', '2');
  const names = { company: text('company'), names: text('names'), surnames: text('surnames') };
  const texts = Object.fromEntries(
    Object.keys(TEXTS).map((field) => [field, text(field)]),
  ) as Record<keyof typeof TEXTS, string | undefined>;
  if (texts.email !== undefined && texts.email !== '' && !isEmail(texts.email)) {
    errors.add('email', msg.email('email'));
  }
  const activity = economicActivity(body, errors);
  if (!errors.isEmpty || legalOrganization === undefined || municipalityCode === undefined) {
    return { response: validationFailed(errors.toJSON()) };
  }

  const keep = <K extends keyof SimulatorCompany>(field: string, key: K, value: unknown) =>
    field in body ? ((value ?? '') as SimulatorCompany[K]) : current[key];
  const next: SimulatorCompany = {
    ...current,
    legalOrganizationCode: legalOrganization,
    updatedAt,
  };
  next.municipalityCode = municipalityCode;
  for (const [field, key] of Object.entries(TEXTS)) {
    next[key] = keep(field, key, texts[field as keyof typeof TEXTS]);
  }
  next.economicActivity = keep('economic_activity', 'economicActivity', activity);
  if ('tribute_code' in body) next.tributeCode = tributeCode ?? '';
  if ('responsibilities' in body) next.responsibilities = responsibility ? [responsibility] : [];
  if (legalOrganization === '1') {
    next.company = names.company ?? current.company;
    next.names = '';
    next.surnames = '';
  } else {
    next.names = names.names ?? '';
    next.surnames = names.surnames ?? '';
    next.company = `${next.names} ${next.surnames}`.trim();
  }
  return { company: next };
}

function requiredMunicipality(body: Record<string, unknown>, errors: ValidationErrors) {
  const value = body.municipality_code;
  if (value === undefined || value === null || value === '') {
    errors.add('municipality_code', msg.required('municipality_code'));
    return undefined;
  }
  if (typeof value !== 'string' || !municipality(value)) {
    errors.add('municipality_code', msg.invalid('municipality_code'));
    return undefined;
  }
  return value;
}

/** Documented as a string, shown as a number by GET: either is taken (assumption). */
function economicActivity(body: Record<string, unknown>, errors: ValidationErrors) {
  const value = body.economic_activity;
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && /^\d*$/.test(value)) return value;
  errors.add('economic_activity', msg.string('economic_activity'));
  return undefined;
}
