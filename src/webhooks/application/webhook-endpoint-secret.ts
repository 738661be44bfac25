import { randomBytes } from 'node:crypto';

/** Standard Webhooks' prefix of a symmetric signing secret. */
export const SECRET_PREFIX = 'whsec_';

/** Random bytes of a signing secret: Standard Webhooks asks for 24 to 64; HMAC-SHA256 uses 32. */
const SECRET_BYTES = 32;

/**
 * A new signing secret in the Standard Webhooks format, `whsec_` + base64 of the key, which is
 * what `new Webhook(secret)` of the `standardwebhooks` package takes as it is.
 */
export function newSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}
