import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The TENANT_SECRETS_KEY entries: the first encrypts, every one decrypts. */
export type SecretKeys = readonly { id: string; key: Buffer }[];

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed secret names a key id TENANT_SECRETS_KEY no longer holds (a key removed too early). */
export class UnknownSecretKeyError extends Error {
  constructor(readonly keyId: string) {
    super(
      `A tenant secret is sealed with TENANT_SECRETS_KEY entry "${keyId}", which is not configured: put it back (after the current key) until the secrets are re-encrypted`,
    );
    this.name = 'UnknownSecretKeyError';
  }
}

/** A sealed secret is malformed, altered, or belongs to another tenant or field. */
export class UnreadableSecretError extends Error {
  constructor(
    readonly tenantId: string,
    readonly field: string,
  ) {
    super(`The stored ${field} of tenant ${tenantId} cannot be decrypted (altered or misplaced)`);
    this.name = 'UnreadableSecretError';
  }
}

/** No TENANT_SECRETS_KEY: tenant secrets cannot be stored. */
export class NoSecretKeyError extends Error {
  constructor() {
    super('TENANT_SECRETS_KEY is not configured: tenant secrets cannot be encrypted');
    this.name = 'NoSecretKeyError';
  }
}

/**
 * Tenant secrets at rest: AES-256-GCM, a random 12-byte IV each, sealed as
 * `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url). The tenant id and the field name are the
 * additional data, so a ciphertext copied onto another tenant or field does not open.
 */
export class TenantSecretBox {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(private readonly secretKeys: SecretKeys) {
    this.keys = new Map(secretKeys.map((entry) => [entry.id, entry.key]));
  }

  seal(tenantId: string, field: string, plain: string): string {
    const current = this.secretKeys[0];
    if (!current) throw new NoSecretKeyError();
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', current.key, iv);
    cipher.setAAD(additionalData(tenantId, field));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
    return [VERSION, current.id, ...parts].join('.');
  }

  open(tenantId: string, field: string, sealed: string): string {
    const parts = sealed.split('.');
    if (parts.length !== 5 || parts[0] !== VERSION)
      throw new UnreadableSecretError(tenantId, field);
    const [, keyId, iv, tag, body] = parts;
    const key = this.keys.get(keyId);
    if (!key) throw new UnknownSecretKeyError(keyId);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(additionalData(tenantId, field));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plain = Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]);
      return plain.toString('utf8');
    } catch {
      // The cause (OpenSSL's message) is dropped: it says nothing useful and nothing secret, but
      // nothing is kept that could one day carry content.
      throw new UnreadableSecretError(tenantId, field);
    }
  }

  /** Whether `sealed` is sealed with the current (first) key: false means it should be re-sealed. */
  isCurrent(sealed: string): boolean {
    const current = this.secretKeys[0];
    return current !== undefined && sealed.startsWith(`${VERSION}.${current.id}.`);
  }
}

/** Length-prefixed, so that ("ab", "c") and ("a", "bc") differ. */
function additionalData(tenantId: string, field: string): Buffer {
  return Buffer.from(`${tenantId.length}:${tenantId}|${field}`, 'utf8');
}
