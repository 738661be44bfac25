import { toBogotaIso } from '../../common/time/bogota-time';
import type { WireCodeName } from '../../factus/wire';
import type { CodeName, CompanyProfile } from '../domain/company-profile';
import type { Subscription } from '../domain/subscription';
import { FactusCompanyWire, FactusSubscriptionWire, UNLIMITED } from './factus-account.wire';

/** The parsed Factus company → our profile; "not set" is null in this domain. */
export function fromFactusCompany(wire: FactusCompanyWire): CompanyProfile {
  return {
    nit: wire.nit,
    dv: wire.dv ?? null,
    company: wire.company ?? null,
    tradeName: wire.trade_name ?? null,
    names: wire.names ?? null,
    surnames: wire.surnames ?? null,
    registrationCode: wire.registration_code ?? null,
    economicActivity: wire.economic_activity ?? null,
    phone: wire.phone ?? null,
    email: wire.email ?? null,
    address: wire.address ?? null,
    tribute: codeNameOf(wire.tribute),
    legalOrganization: codeNameOf(wire.legal_organization),
    municipality: municipalityOf(wire.municipality),
    responsibilities: (wire.responsibilities ?? [])
      .map(codeNameOf)
      .filter((entry): entry is CodeName => entry !== null),
    urlLogo: wire.url_logo ?? null,
  };
}

function municipalityOf(wire: FactusCompanyWire['municipality']): CompanyProfile['municipality'] {
  if (!wire) return null;
  const { code, name, department } = wire;
  return {
    code,
    name: name ?? code,
    // A department given by name only: its DANE code is the municipality code's first two digits.
    department:
      typeof department === 'string'
        ? { code: code.slice(0, 2), name: department }
        : codeNameOf(department),
  };
}

export function fromFactusSubscription(wire: FactusSubscriptionWire): Subscription {
  const quota = wire.documents_quota;
  const consumed = wire.documents_consumed;
  const available = wire.documents_available;
  const unlimited = wire.has_unlimited_quota === true || available === UNLIMITED;
  return {
    name: wire.name,
    supportedDocumentTypes: wire.supported_document_types ?? [],
    documentsQuota: quota,
    documentsConsumed: consumed,
    documentsAvailable: unlimited
      ? null
      : typeof available === 'number'
        ? available
        : Math.max(0, quota - consumed),
    unlimited,
    daysUntilExpiration: wire.days_until_expiration ?? null,
    activatedAt: wire.activated_at ? toBogotaIso(wire.activated_at) : null,
    expiresAt: wire.expires_at ? toBogotaIso(wire.expires_at) : null,
    hasExpired: wire.has_expired,
    isActive: wire.is_active,
  };
}

/** A Factus entry without a name is shown by its code. */
function codeNameOf(entry: WireCodeName | undefined): CodeName | null {
  return entry ? { code: entry.code, name: entry.name ?? entry.code } : null;
}
