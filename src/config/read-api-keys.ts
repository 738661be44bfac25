import { createHash } from 'node:crypto';
import type { ApiKey, NodeEnv } from './app-config';
import { ConfigError } from './config.error';
import { Env, readString } from './env-readers';
import { API_KEY_HINT, estimatedKeyBits, MIN_API_KEY_BITS } from './safe-defaults';

/**
 * A comma-separated list of keys (API_KEYS, ADMIN_API_KEYS). Only their SHA-256 is kept, so a
 * heap dump or a log of the config never shows a key; requests are compared hash to hash in
 * constant time.
 */
export function readApiKeys(env: Env, nodeEnv: NodeEnv, name = 'API_KEYS'): ApiKey[] {
  const raw = readString(env, name);
  if (!raw) return [];
  const keys = raw.split(',').map((k) => k.trim());
  if (keys.some((k) => k.length < 16)) {
    throw new ConfigError(
      name,
      `must be comma-separated keys of at least 16 characters each (${API_KEY_HINT})`,
    );
  }
  // Production wants keys nobody can guess; the position says which key, never the key itself.
  const weak = keys.findIndex((k) => estimatedKeyBits(k) < MIN_API_KEY_BITS);
  if (nodeEnv === 'production' && weak >= 0) {
    throw new ConfigError(
      name,
      `key #${weak + 1} looks guessable (under ~${MIN_API_KEY_BITS} bits of entropy) and NODE_ENV=production: ${API_KEY_HINT}`,
    );
  }
  return [...new Set(keys)].map((key) => {
    const sha256 = createHash('sha256').update(key).digest();
    return { id: sha256.toString('hex').slice(0, 8), sha256 };
  });
}
