import { parseFactusDate, toBogotaIso } from '../../common/time/bogota-time';
import { FactusBadResponseError } from '../../factus/factus.errors';
import type { CodeName, CompanyProfile } from '../domain/company-profile';
import type { Subscription } from '../domain/subscription';
import type {
  FactusCompanyWire,
  FactusSubscriptionWire,
  Loose,
  WireCodeName,
} from './factus-account.wire';

export function fromFactusCompany(wire: FactusCompanyWire): CompanyProfile {
  const nit = text(wire.nit);
  if (nit === null)
    throw new FactusBadResponseError('Factus answered the company without its NIT.');
  const municipality = codeName(wire.municipality);
  const department = wire.municipality?.department;
  return {
    nit,
    dv: text(wire.dv),
    company: text(wire.company),
    tradeName: text(wire.trade_name),
    names: text(wire.names),
    surnames: text(wire.surnames),
    registrationCode: text(wire.registration_code),
    economicActivity: text(wire.economic_activity),
    phone: text(wire.phone),
    email: text(wire.email),
    address: text(wire.address),
    tribute: codeName(wire.tribute),
    legalOrganization: codeName(wire.legal_organization),
    municipality: municipality && {
      ...municipality,
      // v1's catalogue wrote the department as a plain name; v2 nests {code, name}.
      department:
        typeof department === 'string'
          ? { code: municipality.code.slice(0, 2), name: department }
          : codeName(department),
    },
    responsibilities: (Array.isArray(wire.responsibilities) ? wire.responsibilities : [])
      .map(codeName)
      .filter((entry): entry is CodeName => entry !== null),
    urlLogo: text(wire.url_logo),
  };
}

export function fromFactusSubscription(wire: FactusSubscriptionWire): Subscription {
  const quota = int(wire.documents_quota) ?? 0;
  const consumed = int(wire.documents_consumed) ?? 0;
  const available = int(wire.documents_available);
  // "Ilimitado" (or any non-number) in documents_available means unlimited as well.
  const unlimited =
    flag(wire.has_unlimited_quota) ||
    (typeof wire.documents_available === 'string' && available === undefined);
  return {
    name: text(wire.name) ?? '',
    supportedDocumentTypes: Array.isArray(wire.supported_document_types)
      ? wire.supported_document_types.filter((t): t is string => typeof t === 'string')
      : [],
    documentsQuota: quota,
    documentsConsumed: consumed,
    documentsAvailable: unlimited ? null : (available ?? Math.max(0, quota - consumed)),
    unlimited,
    daysUntilExpiration: int(wire.days_until_expiration) ?? null,
    activatedAt: isoDate(wire.activated_at),
    expiresAt: isoDate(wire.expires_at),
    hasExpired: flag(wire.has_expired),
    isActive: flag(wire.is_active),
  };
}

/** Empty strings (Factus's "not set") become null. */
function text(value: Loose): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function codeName(value: WireCodeName | null | undefined): CodeName | null {
  if (!value || typeof value !== 'object') return null;
  const code = text(value.code);
  if (code === null) return null;
  return { code, name: text(value.name) ?? code };
}

function int(value: Loose): number | undefined {
  const raw = text(value);
  if (raw === null || !/^-?\d+$/.test(raw)) return undefined;
  return Number(raw);
}

function flag(value: Loose): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}

function isoDate(value: Loose): string | null {
  const date = parseFactusDate(value);
  return date ? toBogotaIso(date) : null;
}
