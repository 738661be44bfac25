import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../common/domain/canonical-json';

/** SHA-256 of the canonical request: what "the same body" means for a reference. */
export function fingerprintOf(request: object): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}
