import type { CompanyProfile } from '../../account/domain/company-profile';
import type { NumberingRange } from '../../numbering-ranges/domain/numbering-range';
import type { TenantApiKeyInfo } from '../application/tenant-admin.use-cases';
import type { TenantCheck } from '../application/tenant-check.use-case';
import type { Tenant } from '../domain/tenant';
import type { TenantPatch } from '../domain/tenant-store.port';
import { RATE_LIMIT_CLEARED, type UpdateTenantDto } from './tenant.request.dto';
import type {
  TenantApiKeyResponseDto,
  TenantCheckCompanyDto,
  TenantCheckRangeDto,
  TenantCheckResponseDto,
  TenantResponseDto,
} from './tenant.response.dto';

/** A tenant as every answer shows it: its Factus account by name only, never a secret. */
export function toTenantResponse(tenant: Tenant): TenantResponseDto {
  const { baseUrl, clientId, username } = tenant.factus;
  return {
    id: tenant.id,
    name: tenant.name,
    nit: tenant.nit,
    factus: { baseUrl, clientId, username },
    rateLimit: tenant.rateLimit ?? null,
    enabled: tenant.enabled,
    source: tenant.source,
    createdAt: tenant.createdAt.toISOString(),
    updatedAt: tenant.updatedAt.toISOString(),
  };
}

export function toTenantApiKeyResponse(key: TenantApiKeyInfo): TenantApiKeyResponseDto {
  return { keyId: key.keyId, createdAt: key.createdAt.toISOString() };
}

/** The PATCH body as the store's patch: `rateLimit: null` (see RATE_LIMIT_CLEARED) clears it. */
export function toTenantPatch(body: UpdateTenantDto): TenantPatch {
  const { rateLimit, factus, ...rest } = body;
  return {
    ...rest,
    ...(factus === undefined ? {} : { factus: { ...factus } }),
    ...(rateLimit === undefined
      ? {}
      : { rateLimit: rateLimit === RATE_LIMIT_CLEARED ? null : rateLimit }),
  };
}

export function toTenantCheckResponse(check: TenantCheck): TenantCheckResponseDto {
  return {
    ok: true,
    nitMatches: check.nitMatches,
    company: companyOf(check.company),
    ranges: check.ranges.map(rangeOf),
  };
}

function companyOf(company: CompanyProfile): TenantCheckCompanyDto {
  const person = [company.names, company.surnames].filter(Boolean).join(' ');
  return {
    nit: company.nit,
    dv: company.dv,
    name: company.company ?? (person === '' ? null : person),
    tradeName: company.tradeName,
    email: company.email,
    municipality: company.municipality?.name ?? null,
  };
}

function rangeOf(range: NumberingRange): TenantCheckRangeDto {
  return {
    id: range.id,
    document: range.document,
    documentName: range.documentName,
    prefix: range.prefix,
    from: range.from,
    to: range.to,
    current: range.current,
    resolutionNumber: range.resolutionNumber,
    endDate: range.endDate,
    isActive: range.isActive,
    isExpired: range.isExpired,
  };
}
