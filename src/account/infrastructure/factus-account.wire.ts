import { z } from 'zod';
import {
  codeName,
  factusEnvelope,
  looseBoolean,
  looseInteger,
  looseValue,
  optionalCatalogueEntry,
  optionalCodeName,
  optionalFactusDateTime,
  optionalField,
  optionalLooseBoolean,
  optionalLooseInteger,
  optionalText,
  requiredText,
} from '../../factus/wire';

/**
 * Factus v2 company and subscription wire shapes (factus-api.md §2.10, §2.11), parsed at the
 * edge: `economic_activity` is documented as a string and shown as a number; empty strings mean
 * "not set"; `documents_available` is a number or "Ilimitado".
 */

/** v1's catalogue wrote the department as a plain name; v2 nests `{ code, name }`. */
const department = z.union([optionalCodeName, requiredText]);

const municipality = optionalCatalogueEntry(codeName.extend({ department }));

export const factusCompanySchema = z.object({
  url_logo: optionalText,
  nit: requiredText,
  dv: optionalText,
  company: optionalText,
  trade_name: optionalText,
  names: optionalText,
  surnames: optionalText,
  registration_code: optionalText,
  economic_activity: optionalText,
  phone: optionalText,
  email: optionalText,
  address: optionalText,
  tribute: optionalCodeName,
  legal_organization: optionalCodeName,
  municipality,
  responsibilities: optionalField(z.array(optionalCodeName)),
});
export type FactusCompanyWire = z.output<typeof factusCompanySchema>;

/** A count, or `"Ilimitado"` (any letter case) for an unlimited quota. */
export const UNLIMITED = 'unlimited';
const documentsAvailable = looseValue<number | typeof UNLIMITED>(
  'a count or "Ilimitado"',
  (input) =>
    typeof input === 'string' && input.trim().toLowerCase() === 'ilimitado'
      ? UNLIMITED
      : looseInteger.safeParse(input).data,
);

export const factusSubscriptionSchema = z.object({
  name: requiredText,
  supported_document_types: optionalField(z.array(requiredText)),
  documents_quota: looseInteger,
  documents_consumed: looseInteger,
  documents_available: optionalField(documentsAvailable),
  days_until_expiration: optionalLooseInteger,
  activated_at: optionalFactusDateTime,
  expires_at: optionalFactusDateTime,
  has_expired: looseBoolean,
  is_active: looseBoolean,
  has_unlimited_quota: optionalLooseBoolean,
});
export type FactusSubscriptionWire = z.output<typeof factusSubscriptionSchema>;

/** `GET /v2/companies`. */
export const companyAnswer = factusEnvelope(factusCompanySchema);

/**
 * `PUT /v2/companies`: the v2 page shows the request only. The company, when `data` holds it, is
 * read by the company schema; any other `data` (none, a message) says nothing about the profile.
 */
export const companyUpdateAnswer = factusEnvelope(z.unknown().optional());

/** `GET /v2/subscriptions`: documented as an array; a single object is accepted too. */
export const subscriptionsAnswer = factusEnvelope(
  z.preprocess(
    (input) =>
      input !== null && typeof input === 'object' && !Array.isArray(input) ? [input] : input,
    z.array(factusSubscriptionSchema),
  ),
);
