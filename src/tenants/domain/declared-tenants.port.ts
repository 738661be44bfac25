import type { DeclaredTenant } from './tenant-store.port';

export const DECLARED_TENANTS_SOURCE = Symbol('DECLARED_TENANTS_SOURCE');

/** Where declared tenants come from (TENANTS_FILE): read and validated whole, or refused whole. */
export interface DeclaredTenantsSource {
  /** Every declared tenant; throws, naming the source and the bad field, when any is bad. */
  read(source: string): Promise<DeclaredTenant[]>;
}
