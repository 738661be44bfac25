import type { FieldError } from '../../common/errors/domain-error';
import { FactusApiError } from '../../factus/factus.errors';
import { CompanyUpdateRefusedError } from '../domain/account.errors';
import type { CompanyUpdate } from '../domain/company-update';

/** Our field names and Factus's (v2 empresas/actualizar), in the order of its table. */
const FACTUS_FIELDS = {
  legalOrganizationCode: 'legal_organization_code',
  company: 'company',
  tradeName: 'trade_name',
  names: 'names',
  surnames: 'surnames',
  registrationCode: 'registration_code',
  economicActivity: 'economic_activity',
  phone: 'phone',
  email: 'email',
  address: 'address',
  tributeCode: 'tribute_code',
  municipalityCode: 'municipality_code',
  responsibilities: 'responsibilities',
} as const satisfies Record<keyof CompanyUpdate, string>;

const OUR_FIELDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FACTUS_FIELDS).map(([ours, theirs]) => [theirs, ours]),
);

/** The `PUT /v2/companies` body: what the update leaves out is not sent; "" clears. */
export function toFactusCompanyUpdate(update: CompanyUpdate): Record<string, string> {
  const body: Record<string, string> = {};
  for (const [ours, theirs] of Object.entries(FACTUS_FIELDS)) {
    const value = update[ours as keyof CompanyUpdate];
    if (value !== undefined) body[theirs] = value;
  }
  return body;
}

/** A 422 of `PUT /v2/companies` or of the logo upload: Factus's messages under our field names. */
export function companyUpdateError(error: unknown, what?: string): unknown {
  if (!(error instanceof FactusApiError) || error.status !== 422) return error;
  return new CompanyUpdateRefusedError(error.message, fieldErrors(error.body), what);
}

/** Laravel's `data.errors` (or top-level `errors`): field → message, or field → messages. */
function fieldErrors(body: unknown): FieldError[] {
  const record = asRecord(body);
  const errors = asRecord(asRecord(record?.data)?.errors) ?? asRecord(record?.errors);
  if (!errors) return [];
  return Object.entries(errors).flatMap(([field, messages]) =>
    (Array.isArray(messages) ? messages : [messages])
      .filter((message): message is string => typeof message === 'string')
      .map((message) => ({ field: OUR_FIELDS[field] ?? field, message })),
  );
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
