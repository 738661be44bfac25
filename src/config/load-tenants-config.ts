import { accessSync, constants, statSync } from 'node:fs';
import type { ApiKey, NodeEnv } from './app-config';
import { ConfigError } from './config.error';
import type { TenantsConfig } from './config-tokens';
import { Env, readInt, readString } from './env-readers';
import { readApiKeys } from './read-api-keys';

const SECRETS_KEY_HINT = 'generate each key with `openssl rand -base64 32`';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

export interface TenantsContext {
  nodeEnv: NodeEnv;
  /** Whether FACTUS_BASE_URL is set (an implicit tenant on the service's own Factus account). */
  factusConfigured: boolean;
  /** API_KEYS, already read: an admin key must not also be a tenant-less API key. */
  apiKeys: readonly ApiKey[];
}

/**
 * ADMIN_API_KEYS, TENANT_SECRETS_KEY, TENANTS_FILE and TENANT_KEY_CACHE_MS. Without any of them
 * the service is what it was: no admin API, no stored tenants, `tenantsOnly` false.
 */
export function loadTenantsConfig(env: Env, context: TenantsContext): TenantsConfig {
  const adminKeys = readApiKeys(env, context.nodeEnv, 'ADMIN_API_KEYS');
  const shared = adminKeys.findIndex((admin) =>
    context.apiKeys.some((key) => key.sha256.equals(admin.sha256)),
  );
  if (shared >= 0) {
    throw new ConfigError(
      'ADMIN_API_KEYS',
      `key #${shared + 1} is also in API_KEYS: an admin key must be a key of its own`,
    );
  }
  const file = readTenantsFile(env);
  const secretKeys = readSecretKeys(env);
  if (secretKeys.length === 0 && (adminKeys.length > 0 || file !== undefined)) {
    const by = adminKeys.length > 0 ? 'ADMIN_API_KEYS' : 'TENANTS_FILE';
    throw new ConfigError(
      'TENANT_SECRETS_KEY',
      `is required when ${by} is set: tenants' Factus secrets are stored encrypted with it (\`id:base64\` entries, ${SECRETS_KEY_HINT})`,
    );
  }
  const tenantsOnly =
    !context.factusConfigured &&
    secretKeys.length > 0 &&
    readString(env, 'DATABASE_URL') !== undefined &&
    (adminKeys.length > 0 || file !== undefined);
  return {
    adminKeys,
    secretKeys,
    file,
    tenantsOnly,
    keyCacheMs: readInt(env, 'TENANT_KEY_CACHE_MS', 5000, { min: 0, max: 600_000 }),
  };
}

/**
 * TENANT_SECRETS_KEY: `id:base64` entries, comma-separated, each 32 bytes (AES-256). The first
 * encrypts, every one decrypts. Messages name an entry by position or id, never its key.
 */
function readSecretKeys(env: Env): TenantsConfig['secretKeys'] {
  const raw = readString(env, 'TENANT_SECRETS_KEY');
  if (raw === undefined) return [];
  const seen = new Set<string>();
  return raw.split(',').map((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon < 0 ? '' : entry.slice(0, colon).trim();
    const material = colon < 0 ? '' : entry.slice(colon + 1).trim();
    if (!KEY_ID.test(id)) {
      throw new ConfigError(
        'TENANT_SECRETS_KEY',
        `entry #${index + 1} must be \`id:base64\` with an id of 1 to 32 letters, digits, _ or - (${SECRETS_KEY_HINT})`,
      );
    }
    if (seen.has(id)) {
      throw new ConfigError('TENANT_SECRETS_KEY', `names the key id "${id}" twice`);
    }
    seen.add(id);
    const key = BASE64.test(material) ? Buffer.from(material, 'base64') : Buffer.alloc(0);
    if (key.length !== 32) {
      throw new ConfigError(
        'TENANT_SECRETS_KEY',
        `key "${id}" must be base64 of exactly 32 bytes (${SECRETS_KEY_HINT})`,
      );
    }
    return { id, key };
  });
}

/** TENANTS_FILE: only its presence is checked here; tenants-file.ts parses it. */
function readTenantsFile(env: Env): string | undefined {
  const file = readString(env, 'TENANTS_FILE');
  if (file === undefined) return undefined;
  try {
    accessSync(file, constants.R_OK);
    if (!statSync(file).isFile()) throw new Error('not a file');
  } catch {
    throw new ConfigError(
      'TENANTS_FILE',
      `must name a readable file (got "${file}"): mount it, or unset TENANTS_FILE`,
    );
  }
  return file;
}
