/**
 * Factus v2 company and subscription wire shapes (snake_case), typed as what may arrive
 * (factus-api.md §2.10, §2.11): `economic_activity` is documented as a string and shown as a
 * number; `documents_available` is a number or "Ilimitado".
 */
export type Loose = string | number | boolean | null | undefined;

export interface WireCodeName {
  code?: Loose;
  name?: Loose;
}

export interface FactusCompanyWire {
  url_logo?: Loose;
  nit?: Loose;
  dv?: Loose;
  company?: Loose;
  trade_name?: Loose;
  names?: Loose;
  surnames?: Loose;
  graphic_representation_name?: Loose;
  registration_code?: Loose;
  economic_activity?: Loose;
  phone?: Loose;
  email?: Loose;
  address?: Loose;
  tribute?: WireCodeName | null;
  legal_organization?: WireCodeName | null;
  municipality?: (WireCodeName & { department?: WireCodeName | string | null }) | null;
  responsibilities?: WireCodeName[] | null;
  created_at?: Loose;
  updated_at?: Loose;
}

export interface FactusSubscriptionWire {
  name?: Loose;
  supported_document_types?: unknown;
  documents_quota?: Loose;
  documents_consumed?: Loose;
  documents_available?: Loose;
  days_until_expiration?: Loose;
  activated_at?: Loose;
  expires_at?: Loose;
  has_expired?: Loose;
  is_active?: Loose;
  has_unlimited_quota?: Loose;
}

export interface FactusEnvelope<T> {
  status?: string;
  message?: string;
  data?: T;
}
