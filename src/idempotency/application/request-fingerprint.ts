import { createHash } from 'node:crypto';
import { canonicalJson } from '../../common/domain/canonical-json';

/**
 * SHA-256 over the method, the URL path (no query) and the canonical JSON of the parsed body: the
 * same request however its fields are ordered, another one as soon as any of the three differs.
 */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  const path = url.split('?', 1)[0];
  return createHash('sha256')
    .update(`${method.toUpperCase()}\n${path}\n${canonicalJson(body ?? null)}`)
    .digest('hex');
}
