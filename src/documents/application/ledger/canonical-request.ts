import { createHash } from 'node:crypto';

/** JSON with every object's keys sorted, so that equal requests have equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : item,
  );
}

/** SHA-256 of the canonical request: what "the same body" means for a reference. */
export function fingerprintOf(request: object): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}
