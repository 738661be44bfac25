import { createHash, randomBytes } from 'node:crypto';

/**
 * A tenant API key: `ftk_<keyId>_<secret>`. The key id (12 hex characters) is public: it names the
 * key in answers and logs and finds its stored hash in one lookup. The secret is 32 random bytes
 * (base64url). Only the SHA-256 of the whole key is stored: a high-entropy key needs no slow hash.
 */
const PREFIX = 'ftk_';
const SHAPE = /^ftk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewTenantApiKey {
  keyId: string;
  /** Shown once, in the answer that creates it. */
  key: string;
  sha256: Buffer;
}

export function newTenantApiKey(): NewTenantApiKey {
  const keyId = randomBytes(6).toString('hex');
  const key = `${PREFIX}${keyId}_${randomBytes(32).toString('base64url')}`;
  return { keyId, key, sha256: sha256Of(key) };
}

/** Whether `presented` has the shape of a tenant key (not whether it is valid). */
export function looksLikeTenantApiKey(presented: string): boolean {
  return presented.startsWith(PREFIX);
}

/** The key id of a well-formed tenant key, or undefined. */
export function tenantApiKeyId(presented: string): string | undefined {
  return SHAPE.exec(presented)?.[1];
}

export function sha256Of(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}
