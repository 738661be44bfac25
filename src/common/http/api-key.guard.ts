import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import {
  TENANT_API_KEYS,
  type ManagedAccount,
  type TenantApiKeys,
} from '../../auth/domain/managed-account';
import type { ApiKey } from '../../config/app-config';
import {
  API_KEYS_CONFIG,
  ApiKeysConfig,
  TENANTS_CONFIG,
  TenantsConfig,
} from '../../config/config-tokens';
import {
  AdminApiDisabledError,
  AdminKeyRequiredError,
  ApiKeyInvalidError,
  ApiKeyRequiredError,
  TenantKeyRequiredError,
} from '../errors/api-key.errors';
import { ADMIN_ROUTE } from './admin-route.decorator';
import { SKIP_API_KEY } from './skip-api-key.decorator';

export type RequestWithApiKey = FastifyRequest & {
  /** Short public id of the key the request came with (for logs, metrics, idempotency scopes). */
  apiKeyId?: string;
  /** The tenant account a tenant key acts for; absent: the implicit tenant (FACTUS_*). */
  account?: ManagedAccount;
};

const NO_TENANTS: TenantsConfig = {
  adminKeys: [],
  secretKeys: [],
  tenantsOnly: false,
  keyCacheMs: 0,
};

/**
 * Who may call what, from X-API-Key:
 * - admin routes (@AdminRoute) take a key from ADMIN_API_KEYS; any other key there is a 403;
 * - every other route (but those marked @SkipApiKey) takes a tenant key (the request then acts
 *   for that tenant) or, when API_KEYS is set, one of those (the implicit tenant); an admin key
 *   there is a 403. With neither API_KEYS nor tenants-only mode, keyless requests pass as before.
 * Configured keys are compared hash to hash in constant time over every key, with no early exit,
 * so timing says nothing about which key or how much of it matched.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(API_KEYS_CONFIG) private readonly config: ApiKeysConfig,
    @Optional() @Inject(TENANTS_CONFIG) private readonly tenants: TenantsConfig = NO_TENANTS,
    @Optional() @Inject(TENANT_API_KEYS) private readonly tenantKeys?: TenantApiKeys,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<RequestWithApiKey>();
    const header = request.headers['x-api-key'];
    const presented = Array.isArray(header) ? header[0] : header;

    if (this.reflector.getAllAndOverride<boolean>(ADMIN_ROUTE, targets)) {
      this.admit(request, presented);
      return true;
    }
    if (this.reflector.getAllAndOverride<boolean>(SKIP_API_KEY, targets)) return true;
    await this.identify(request, presented);
    return true;
  }

  private admit(request: RequestWithApiKey, presented: string | undefined): void {
    if (this.tenants.adminKeys.length === 0) throw new AdminApiDisabledError();
    if (!presented) throw new ApiKeyRequiredError();
    const admin = matchingKey(presented, this.tenants.adminKeys);
    if (admin) {
      request.apiKeyId = `admin:${admin}`;
      return;
    }
    if (matchingKey(presented, this.config.keys) || this.tenantKeys?.isTenantKey(presented))
      throw new AdminKeyRequiredError();
    throw new ApiKeyInvalidError();
  }

  private async identify(request: RequestWithApiKey, presented: string | undefined): Promise<void> {
    const keyless = this.config.keys.length === 0 && !this.tenants.tenantsOnly;
    if (!presented) {
      if (keyless) return;
      throw new ApiKeyRequiredError();
    }
    if (matchingKey(presented, this.tenants.adminKeys)) throw new TenantKeyRequiredError();
    if (this.tenantKeys?.isTenantKey(presented)) {
      const found = await this.tenantKeys.accountOfApiKey(presented);
      if (!found) throw new ApiKeyInvalidError();
      request.apiKeyId = found.keyId;
      request.account = found.account;
      return;
    }
    if (keyless) return;
    // In tenants-only mode there is no implicit tenant for API_KEYS keys to act for.
    const key = this.tenants.tenantsOnly ? undefined : matchingKey(presented, this.config.keys);
    if (!key) throw new ApiKeyInvalidError();
    request.apiKeyId = key;
  }
}

/** The id of the configured key `presented` is, compared in constant time over all of them. */
function matchingKey(presented: string, keys: readonly ApiKey[]): string | undefined {
  if (keys.length === 0) return undefined;
  const digest = createHash('sha256').update(presented).digest();
  let matchedId: string | undefined;
  for (const key of keys) {
    if (timingSafeEqual(digest, key.sha256) && matchedId === undefined) matchedId = key.id;
  }
  return matchedId;
}
