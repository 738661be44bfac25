import { TENANT_ID_PATTERN } from '../../tenants/domain/tenant';

/**
 * A tenant id as a metrics label, or `other`: the label set stays bounded by the tenants (and
 * `default`), whatever a caller passed (a NIT, a name or a URL would never be an id).
 */
export function tenantLabel(tenant: string): string {
  return TENANT_ID_PATTERN.test(tenant) ? tenant : 'other';
}
